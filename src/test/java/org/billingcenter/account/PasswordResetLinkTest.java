package org.billingcenter.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.billingcenter.notification.Outbox;
import org.billingcenter.notification.OutboxChannel;
import org.billingcenter.notification.OutboxEntry;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the clock decides about reset links, which a browser journey cannot wait for. */
class PasswordResetLinkTest extends ApplicationTest {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Autowired
    PasswordResetService resets;
    @Autowired
    Outbox outbox;

    @Test
    void aResetLinkExpiresAfterAnHourAndANewerLinkRetiresTheOlder() {
        SignedInUser owner = newOwner(INTL);
        TenantContext.runAs(INTL, () -> resets.requestReset(owner.email()));
        String older = linkSentTo(owner.email());
        TenantContext.runAs(INTL, () -> resets.requestReset(owner.email()));
        String newer = linkSentTo(owner.email());
        assertNotValid(older);

        clock.advance(Duration.ofMinutes(61));
        assertNotValid(newer);
    }

    @Test
    void aWeakNewPasswordLeavesTheLinkUsableAndTheResetEndsEverySession() {
        SignedInUser owner = newOwner(INTL);
        TenantContext.runAs(INTL, () -> resets.requestReset(owner.email()));
        String link = linkSentTo(owner.email());

        assertThatThrownBy(() -> TenantContext.runAs(INTL, () -> resets.reset(link, "short")))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("password.length");
        TenantContext.runAs(INTL, () -> resets.reset(link, NEW_PASSWORD));

        SignedInUser after = TenantContext.callAs(INTL, () -> signedIn(owner.email()));
        assertThat(after.sessionGeneration()).isGreaterThan(owner.sessionGeneration());
        assertNotValid(link);
    }

    @Test
    void aPersonWithAPhoneAlsoGetsTheLinkByText() {
        SignedInUser owner = newOwner(INTL);
        String phone = "+4470" + String.valueOf(System.nanoTime()).substring(5, 13);
        setPhone(owner, phone);
        TenantContext.runAs(INTL, () -> resets.requestReset(owner.email()));
        List<OutboxEntry> texts = sent().stream().filter(e -> e.channel() == OutboxChannel.SMS && e.recipient().equals(phone)).toList();
        assertThat(texts).hasSize(1);
        assertThat(texts.getFirst().body()).contains("reset-password/");
    }

    @Test
    void resetRequestsForOneAddressStopAtItsAllowanceWhetherOrNotItIsRegistered() {
        String registered = newOwner(INTL).email();
        String unknown = uniqueEmail("unknown");
        for (String address : List.of(registered, unknown)) {
            for (int i = 0; i < 5; i++) {
                TenantContext.runAs(INTL, () -> resets.requestReset(address));
            }
            assertThatThrownBy(() -> TenantContext.runAs(INTL, () -> resets.requestReset(address)))
                    .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("limits.tooMany");
        }
        assertThat(sent().stream().filter(e -> e.recipient().equals(registered) && e.body().contains("reset-password/"))).hasSize(5);
    }

    @Autowired
    UserRepository users;
    @Autowired
    PlatformTransactionManager transactions;

    /** The phone a person confirmed by code (PhoneChangeService), set directly here. */
    private void setPhone(SignedInUser owner, String phone) {
        TenantContext.runAs(INTL, () -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> users.findById(owner.userId()).orElseThrow().changePhone(phone, clock.instant())));
    }

    private void assertNotValid(String link) {
        assertThat(TenantContext.callAs(INTL, () -> resets.isUsable(link))).isFalse();
        assertThatThrownBy(() -> TenantContext.runAs(INTL, () -> resets.reset(link, NEW_PASSWORD)))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("reset.notValid");
    }

    private List<OutboxEntry> sent() {
        SignedInUser operator = newOperator(INTL);
        return as(operator, () -> outbox.recent(Pageable.ofSize(50)).getContent());
    }

    private String linkSentTo(String address) {
        OutboxEntry entry = sent().stream().filter(e -> e.recipient().equals(address)).findFirst().orElseThrow();
        Matcher link = Pattern.compile("reset-password/([A-Za-z0-9_-]+)").matcher(entry.body());
        assertThat(link.find()).as(entry.body()).isTrue();
        return link.group(1);
    }
}
