package org.billingcenter.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.billingcenter.account.AccountService;
import org.billingcenter.audit.AuditChainService;
import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.ticket.TicketDeskService;
import org.billingcenter.wallet.WalletService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What the README's run command does: the application on an embedded H2 database, migrated by the
 * same scripts as MariaDB, with demo data for every tenant. (The suite's other context runs on MariaDB.)
 */
@Tag("own-context")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1",
        "billing.demo-data.enabled=true"})
class DemoDataOnH2Test {

    @Autowired
    TenantRegistry tenants;
    @Autowired
    AccountService accounts;
    @Autowired
    WalletService wallet;
    @Autowired
    TicketDeskService desk;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditChainService auditChain;

    @Test
    void everyTenantHasADemoOwnerWithMoneyAndSpend() {
        assertThat(tenants.all()).hasSizeGreaterThanOrEqualTo(3);
        for (TenantDefinition tenant : tenants.all()) {
            var owner = TenantContext.callAs(tenant.id(), () -> accounts.findSignIn(DemoData.OWNER)).orElseThrow();
            var overview = SystemIdentity.callAs(owner.user(), () -> wallet.overview());
            assertThat(overview.cash().currency()).isEqualTo(tenant.currency());
            // Everything given (credit and voucher) is either still held or was spent this month.
            Money held = overview.cash().plus(overview.vouchers()).plus(overview.cards());
            assertThat(held.plus(overview.monthToDateSpend()).amount()).isEqualByComparingTo(new BigDecimal("5000").add(DemoData.VOUCHER));
            var operator = TenantContext.callAs(tenant.id(), () -> accounts.findSignIn("operator@demo.example")).orElseThrow();
            // One demo ticket waits for staff; the answered one waits for the customer, who was notified.
            var queues = SystemIdentity.callAs(operator.user(), () -> desk.counts());
            assertThat(queues.awaitingStaff()).isEqualTo(1);
            assertThat(queues.waitingForCustomer()).isEqualTo(1);
            // The answered ticket, and the approval of the account's real-name verification.
            assertThat(SystemIdentity.callAs(owner.user(), () -> notifications.unreadCount())).isEqualTo(2);
        }
    }

    @Test
    void theDemoHistorySealsIntoAnIntactChainOnH2Too() {
        var operator = TenantContext.callAs(tenants.all().iterator().next().id(),
                () -> accounts.findSignIn("operator@demo.example")).orElseThrow();
        var verification = SystemIdentity.callAs(operator.user(), () -> auditChain.verify());
        assertThat(verification.intact()).isTrue();
        assertThat(verification.checked()).isPositive();
    }
}
