package org.billingcenter.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.billingcenter.account.AccountService;
import org.billingcenter.account.Recipients;
import org.billingcenter.audit.AuditTrail;
import org.billingcenter.notification.Notifications;
import org.billingcenter.notification.Outbox;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.springframework.stereotype.Component;

/**
 * A payment received against a contract invoice, however it came (recorded by staff, or settled
 * by a payment provider): kept with its reason for the change history, added to the invoice (Paid
 * once it reaches the total), and told to the account and each of its Administrators. The caller
 * holds the invoice's row lock and has checked who may pay.
 */
@Component
class InvoiceSettlement {

    private final EntityManager entityManager;
    private final AuditTrail auditTrail;
    private final AccountService accounts;
    private final Notifications notifications;
    private final Outbox outbox;
    private final Recipients recipients;

    InvoiceSettlement(EntityManager entityManager, AuditTrail auditTrail, AccountService accounts, Notifications notifications, Outbox outbox,
            Recipients recipients) {
        this.entityManager = entityManager;
        this.auditTrail = auditTrail;
        this.accounts = accounts;
        this.notifications = notifications;
        this.outbox = outbox;
        this.recipients = recipients;
    }

    void receive(ContractInvoice invoice, BigDecimal amount, LocalDate paidOn, String reference, String reason) {
        auditTrail.because(reason);
        invoice.pay(amount);
        entityManager.persist(new InvoicePayment(invoice.getId(), amount, invoice.getCurrency(), paidOn, reference));
        Currency currency = Currency.getInstance(invoice.getCurrency());
        Message text = Message.of("notice.invoicePaymentReceived.text", Money.of(amount, currency), invoice.getNumber(), reference,
                Money.of(invoice.outstanding(), currency));
        notifications.notify(invoice.getAccountId(), "INVOICE", text);
        for (String administrator : accounts.memberEmails(invoice.getAccountId(), Role.ADMINISTRATOR)) {
            Locale language = recipients.languageOf(administrator);
            outbox.send(administrator, Message.of("mail.invoicePaymentReceived.subject", invoice.getNumber()).in(language),
                    Message.of("mail.invoicePaymentReceived.body", text.in(language)).in(language));
        }
    }
}
