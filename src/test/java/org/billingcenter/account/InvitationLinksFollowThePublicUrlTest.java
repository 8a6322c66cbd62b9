package org.billingcenter.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.billingcenter.notification.Outbox;
import org.billingcenter.notification.OutboxEntry;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.billingcenter.tenant.TenantRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * An invitation sent during a request whose scheme and host were forged (a spoofed forwarded
 * header, or plain HTTP behind a TLS proxy) still links to the tenant's configured public URL: the
 * token never goes to the attacker's host, nor over plain HTTP when the portal is on HTTPS.
 */
class InvitationLinksFollowThePublicUrlTest extends ApplicationTest {

    @Autowired
    InvitationService invitations;

    @Autowired
    Outbox outbox;

    @Autowired
    TenantRegistry tenants;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theInvitationLinkStartsAtTheTenantsPublicUrlWhateverTheRequestClaimed() {
        SignedInUser owner = newOwner(INTL);
        MockHttpServletRequest forged = new MockHttpServletRequest("POST", "/team");
        forged.setScheme("http");
        forged.setServerName("attacker.example.net");
        forged.setServerPort(80);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(forged));

        String invited = uniqueEmail("invited");
        as(owner, () -> invitations.invite(invited, Role.MEMBER));

        String publicUrl = tenants.find(INTL).orElseThrow().publicUrl();
        List<OutboxEntry> mails = as(newOperator(INTL), () -> outbox.recent(PageRequest.of(0, 200))).stream()
                .filter(mail -> mail.recipient().equalsIgnoreCase(invited)).toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().body()).contains(publicUrl + "/invitation/").doesNotContain("attacker.example.net");
    }
}
