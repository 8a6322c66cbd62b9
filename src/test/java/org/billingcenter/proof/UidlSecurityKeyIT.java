package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Vaadin's own CSRF protection, on the wire of the production jar: a UIDL request must carry the
 * security key its UI was given at bootstrap. With a wrong key, or another session's, the server
 * runs nothing and tells the client to reload; with the right one the same request is served.
 */
class UidlSecurityKeyIT {

    static final String NAVIGATE_TO_SIGN_UP = "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"signup\","
            + "\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":1},\"trigger\":\"\"}}]";

    @Test
    void aUidlRequestWithAWrongSecurityKeyIsRefusedAndRunsNothing() throws Exception {
        ProductionApp app = ProductionApp.get();
        VaadinHttpSession visitor = new VaadinHttpSession(null, "lumen-intl", app.port());
        assertThat(visitor.open("login")).isEqualTo(200);
        assertThat(visitor.securityKey()).isNotBlank();

        visitor.uidl(NAVIGATE_TO_SIGN_UP, "00000000-0000-0000-0000-000000000000");
        assertRefused(visitor.lastBody());

        VaadinHttpSession other = new VaadinHttpSession(null, "lumen-intl", app.port());
        other.open("login");
        visitor.uidl(NAVIGATE_TO_SIGN_UP, other.securityKey());
        assertRefused(visitor.lastBody());

        visitor.uidl(NAVIGATE_TO_SIGN_UP, visitor.securityKey());
        assertThat(visitor.lastBody()).as("the right key is served").contains("create-account").doesNotContain("appError");
    }

    private static void assertRefused(String body) {
        assertThat(body).contains("\"appError\"").contains("\"syncId\":-1").doesNotContain("create-account");
    }
}
