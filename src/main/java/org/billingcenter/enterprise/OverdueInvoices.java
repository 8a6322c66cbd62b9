package org.billingcenter.enterprise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.billingcenter.account.AccountService;
import org.billingcenter.account.Recipients;
import org.billingcenter.notification.Notifications;
import org.billingcenter.notification.Outbox;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
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
    private final Recipients recipients;

    OverdueInvoices(JdbcTemplate jdbc, EntityManager entityManager, AccountService accounts, Notifications notifications, Outbox outbox,
            TenantRegistry tenants, Clock clock, Recipients recipients) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.accounts = accounts;
        this.notifications = notifications;
        this.outbox = outbox;
        this.tenants = tenants;
        this.clock = clock;
        this.recipients = recipients;
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
        Money open = Money.of(invoice.outstanding(), java.util.Currency.getInstance(invoice.getCurrency()));
        Message text = Message.of("notice.invoiceOverdue.text", invoice.getNumber(), invoice.getDueOn(), open);
        notifications.notify(invoice.getAccountId(), "INVOICE", text);
        for (String administrator : accounts.memberEmails(invoice.getAccountId(), Role.ADMINISTRATOR)) {
            Locale language = recipients.languageOf(administrator);
            outbox.send(administrator, Message.of("mail.invoiceOverdue.subject", invoice.getNumber()).in(language),
                    Message.of("mail.invoiceOverdue.body", text.in(language)).in(language));
        }
    }
}
