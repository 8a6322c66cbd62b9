package org.billingcenter.enterprise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.billingcenter.account.AccountService;
import org.billingcenter.notification.Notifications;
import org.billingcenter.notification.Outbox;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.money.MoneyFormat;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the current tenant's contract invoices that are past their due date and not fully paid
 * into Overdue, and tells the account's Administrators: a notice in the portal and an e-mail each.
 * Each invoice turns once (only Issued ones are looked at), so a re-run sends nothing twice.
 */
@Service
@Transactional
public class OverdueInvoices {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final AccountService accounts;
    private final Notifications notifications;
    private final Outbox outbox;
    private final TenantRegistry tenants;
    private final Clock clock;

    OverdueInvoices(JdbcTemplate jdbc, EntityManager entityManager, AccountService accounts, Notifications notifications, Outbox outbox,
            TenantRegistry tenants, Clock clock) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.accounts = accounts;
        this.notifications = notifications;
        this.outbox = outbox;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Returns how many invoices became overdue. */
    @RolesAllowed(Role.Names.OPERATOR)
    public int markOverdue() {
        LocalDate today = LocalDate.now(clock.withZone(tenants.current().timeZone()));
        List<Long> due = jdbc.queryForList("SELECT id FROM ent_invoice WHERE tenant_id = ? AND status = 'ISSUED' AND due_on < ?",
                Long.class, tenants.current().id(), today);
        int turned = 0;
        for (long id : due) {
            ContractInvoice invoice = entityManager.find(ContractInvoice.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (invoice != null && invoice.markOverdue(today)) {
                tell(invoice);
                turned++;
            }
        }
        return turned;
    }

    private void tell(ContractInvoice invoice) {
        String open = MoneyFormat.format(Money.of(invoice.outstanding(), java.util.Currency.getInstance(invoice.getCurrency())),
                tenants.current().defaultLocale());
        String text = "Invoice " + invoice.getNumber() + " was due on " + invoice.getDueOn() + " and is overdue: " + open + " is unpaid.";
        notifications.notify(invoice.getAccountId(), "INVOICE", text);
        for (String administrator : accounts.memberEmails(invoice.getAccountId(), Role.ADMINISTRATOR)) {
            outbox.send(administrator, "Invoice " + invoice.getNumber() + " is overdue",
                    text + "\n\nPlease pay it, or reply to this message if it has been paid already.");
        }
    }
}
