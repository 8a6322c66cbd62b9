package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Three days before a voucher expires with money on it, its account hears of it in the portal and
 * by e-mail — once, however often the hourly job runs; a voucher used up is not announced.
 */
class ExpiryNoticesTest extends WalletServicesTest {

    @Autowired
    LotExpiryNotices expiryNotices;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAccountHearsOnceThatItsVoucherExpiresInThreeDays() {
        Instant issued = Instant.parse("2033-01-10T12:00:00Z");
        clock.set(issued);
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        SystemIdentity.runAsOperator(INTL, () -> vouchers.issue(account, Money.of("25.00", "USD"), 10, "welcome", key()));

        clock.set(issued.plus(Duration.ofDays(6)));
        assertThat(tell()).as("four days before: not yet").isZero();
        clock.set(issued.plus(Duration.ofDays(7)).plusSeconds(60));
        assertThat(tell()).isEqualTo(1);
        assertThat(tell()).as("the next hour's run tells nothing more").isZero();

        assertThat(as(owner, () -> notifications.mine(Pageable.unpaged())).getContent())
                .filteredOn(notice -> notice.kind().equals(LotExpiryNotices.KIND)).singleElement()
                .satisfies(notice -> assertThat(Message.render(notice.text(), Locale.ENGLISH)).contains("Ordinary voucher")
                        .contains("expires on Jan 20, 2033").contains("$25.00 left"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE tenant_id = ? AND recipient = ? AND subject LIKE ?",
                Integer.class, INTL, owner.email(), "%Ordinary voucher expires on Jan 20, 2033%")).isEqualTo(1);
    }

    @Test
    void aChineseReaderIsToldInChineseAndAPersonWhoChoseEnglishIsMailedInEnglish() {
        Instant issued = Instant.parse("2033-03-10T12:00:00Z");
        clock.set(issued);
        SignedInUser chinese = newOwner(CN);
        SignedInUser english = newOwner(CN);
        as(english, () -> {
            accounts.preferLocale(Locale.ENGLISH);
            return null;
        });
        for (SignedInUser owner : new SignedInUser[] {chinese, english}) {
            long account = accountOf(owner).id();
            SystemIdentity.runAsOperator(CN, () -> vouchers.issue(account, Money.of("25.00", "CNY"), 10, "welcome", key()));
        }
        clock.set(issued.plus(Duration.ofDays(7)).plusSeconds(60));
        assertThat(SystemIdentity.callAsOperator(CN, expiryNotices::tellExpiringSoon)).isEqualTo(2);

        String notice = as(chinese, () -> notifications.mine(Pageable.unpaged())).getContent().getFirst().text();
        assertThat(Message.render(notice, Locale.SIMPLIFIED_CHINESE)).contains("普通代金券", "将于 2033年3月20日 到期", "剩余 ¥25.00")
                .doesNotContainPattern("[A-Z]{2,}_[A-Z]");
        assertThat(mailTo(chinese)).contains("普通代金券", "到期", "¥25.00").doesNotContain("expires", "ORDINARY_VOUCHER");
        assertThat(mailTo(english)).contains("Ordinary voucher", "expires on Mar 20, 2033").doesNotContain("到期");
    }

    private String mailTo(SignedInUser owner) {
        return jdbc.queryForObject("SELECT CONCAT(subject, ' | ', body) FROM outbox_message WHERE tenant_id = ? AND recipient = ? ORDER BY id DESC LIMIT 1",
                String.class, CN, owner.email());
    }

    @Test
    void aVoucherAlreadyUsedUpIsNotAnnounced() {
        Instant issued = Instant.parse("2033-02-10T12:00:00Z");
        clock.set(issued);
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        SystemIdentity.runAsOperator(INTL, () -> vouchers.issue(account, Money.of("5.00", "USD"), 10, "welcome", key()));
        SystemIdentity.runAsOperator(INTL, () -> deduction.charge(new Charge(account, Money.of("5.00", "USD"), "LOGS", "LOGS",
                clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate(), key())));

        clock.set(issued.plus(Duration.ofDays(8)));
        assertThat(tell()).isZero();
    }

    private int tell() {
        return SystemIdentity.callAsOperator(INTL, expiryNotices::tellExpiringSoon);
    }
}
