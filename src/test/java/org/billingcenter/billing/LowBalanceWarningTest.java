package org.billingcenter.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.billingcenter.billing.BalanceAlert.Kind;
import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/**
 * An account is warned once, in the portal and by e-mail, when a day's charges bring its cash below
 * the level it chose (a fixed amount or days of spend; three days of spend until it chooses). The
 * clock runs in 2032, days of this test's own.
 */
class LowBalanceWarningTest extends BillingFixture {

    @Autowired
    BalanceAlertService alerts;
    @Autowired
    Notifications notifications;

    @Test
    void financeSetsAFixedAmountAndIsWarnedOnceWhenCashFallsBelowIt() {
        clock.set(Instant.parse("2032-03-01T18:00:00Z"));
        SignedInUser owner = newOwner(INTL);
        SignedInUser finance = newMember(owner, Role.FINANCE);
        credit(INTL, accountOf(owner).id(), "100.00");
        as(finance, () -> alerts.setMyAlert(new BalanceAlert(Kind.AMOUNT, new BigDecimal("50"))));
        WorkspaceSummary web = workspace(owner, "us-west-1", null);

        chargeHosts(web, "2032-03-02", "80");   // 40.00 spent, 60.00 left: above the level
        assertThat(warnings(owner)).isZero();
        chargeHosts(web, "2032-03-03", "40");   // 20.00 spent, 40.00 left: below 50
        assertThat(warnings(owner)).isEqualTo(1);
        assertThat(emails(owner)).isEqualTo(1);
        chargeHosts(web, "2032-03-04", "10");   // still below: no second warning
        assertThat(warnings(owner)).isEqualTo(1);
        assertThat(as(owner, () -> alerts.myAlert())).isEqualTo(new BalanceAlert(Kind.AMOUNT, new BigDecimal("50.0000")));
    }

    @Test
    void withoutAChoiceAnAccountIsWarnedBelowThreeDaysOfSpend() {
        clock.set(Instant.parse("2032-04-01T18:00:00Z"));
        SignedInUser owner = newOwner(INTL);
        credit(INTL, accountOf(owner).id(), "10.00");
        WorkspaceSummary web = workspace(owner, "us-west-1", null);

        chargeHosts(web, "2032-04-02", "4");    // 2.00 spent, 8.00 left: four days of that spend
        assertThat(warnings(owner)).isZero();
        chargeHosts(web, "2032-04-03", "4");    // 6.00 left: three days, not below
        assertThat(warnings(owner)).isZero();
        chargeHosts(web, "2032-04-04", "4");    // 4.00 left: two days
        assertThat(warnings(owner)).isEqualTo(1);
        assertThat(emails(owner)).isEqualTo(1);
    }

    @Test
    void nonsenseLevelsAreRefusedAndAnAuditorCannotChangeTheAlert() {
        SignedInUser owner = newOwner(INTL);
        assertThatThrownBy(() -> new BalanceAlert(Kind.DAYS, new BigDecimal("1.5"))).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> new BalanceAlert(Kind.DAYS, new BigDecimal("91"))).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> new BalanceAlert(Kind.AMOUNT, new BigDecimal("-1"))).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> new BalanceAlert(Kind.AMOUNT, new BigDecimal("1E+12"))).isInstanceOf(BusinessRuleException.class);
        SignedInUser auditor = newMember(owner, Role.AUDITOR);
        assertThatThrownBy(() -> as(auditor, () -> alerts.setMyAlert(new BalanceAlert(Kind.DAYS, BigDecimal.TEN))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(auditor, () -> alerts.myAlert())).isEqualTo(BalanceAlert.DEFAULT);
    }

    private void chargeHosts(WorkspaceSummary workspace, String day, String hosts) {
        clock.set(LocalDate.parse(day).plusDays(1).atTime(18, 0).toInstant(ZoneOffset.UTC));
        assertThat(send(INTL, record(workspace.id(), "HOSTS", day + "T20:00:00Z", hosts)).refused()).isFalse();
        SystemIdentity.runAsOperator(INTL, () -> rating.rate(LocalDate.parse(day)));
    }

    private long warnings(SignedInUser owner) {
        return as(owner, () -> notifications.mine(Pageable.unpaged())).getContent().stream()
                .filter(notice -> notice.text(Locale.ENGLISH).startsWith("Your cash balance is low")).count();
    }

    private int emails(SignedInUser owner) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE tenant_id = ? AND recipient = ? AND subject LIKE ?",
                Integer.class, INTL, owner.email(), "%your balance is low%");
    }
}
