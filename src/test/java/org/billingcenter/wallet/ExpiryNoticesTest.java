package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.billingcenter.notification.Notifications;
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
                .satisfies(notice -> assertThat(notice.text()).contains("voucher").contains("expires on 2033-01-20").contains("$25.00 left"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE tenant_id = ? AND recipient = ? AND subject LIKE ?",
                Integer.class, INTL, owner.email(), "%a voucher expires on 2033-01-20%")).isEqualTo(1);
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
