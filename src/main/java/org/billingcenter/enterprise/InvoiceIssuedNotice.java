package org.billingcenter.enterprise;

import java.io.ByteArrayOutputStream;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.billingcenter.account.AccountService;
import org.billingcenter.account.PortalLinks;
import org.billingcenter.account.Recipients;
import org.billingcenter.notification.MailAttachment;
import org.billingcenter.notification.Notifications;
import org.billingcenter.notification.Outbox;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a contract account that an invoice is issued: a notice in the portal and an e-mail to
 * each of its Administrators, both with the link to the online invoice, the e-mail with the
 * period's Site Portfolio Report attached as CSV. A report larger than
 * {@code billing.enterprise.attachment-max-bytes} stays online only (mail servers refuse large
 * mail), and the e-mail says where to download it. In the issuing transaction, so a notice goes
 * out only with the invoice it announces.
 */
@Component
class InvoiceIssuedNotice {

    private final EntityManager entityManager;
    private final PortfolioReportCsv reportCsv;
    private final AccountService accounts;
    private final Notifications notifications;
    private final Outbox outbox;
    private final PortalLinks links;
    private final TenantRegistry tenants;
    private final EnterpriseProperties settings;
    private final Recipients recipients;

    InvoiceIssuedNotice(EntityManager entityManager, PortfolioReportCsv reportCsv, AccountService accounts, Notifications notifications,
            Outbox outbox, PortalLinks links, TenantRegistry tenants, EnterpriseProperties settings, Recipients recipients) {
        this.recipients = recipients;
        this.entityManager = entityManager;
        this.reportCsv = reportCsv;
        this.accounts = accounts;
        this.notifications = notifications;
        this.outbox = outbox;
        this.links = links;
        this.tenants = tenants;
        this.settings = settings;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void tell(long invoiceId) {
        ContractInvoice invoice = entityManager.find(ContractInvoice.class, invoiceId);
        Money total = Money.of(invoice.getTotal(), Currency.getInstance(invoice.getCurrency()));
        String link = links.to("enterprise/invoice/" + invoiceId);
        Message text = Message.of("notice.contractInvoiceIssued.text", invoice.getNumber(), invoice.getPreviousDate(), invoice.getInvoiceDate(),
                total, invoice.getDueOn(), link);
        notifications.notify(invoice.getAccountId(), "INVOICE", text);

        List<String> administrators = accounts.memberEmails(invoice.getAccountId(), Role.ADMINISTRATOR);
        if (administrators.isEmpty()) {
            return;
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        reportCsv.write(new MapSqlParameterSource("invoice", invoiceId).addValue("tenant", invoice.getTenantId()),
                invoice.getPreviousDate(), invoice.getInvoiceDate(), PortfolioCsvWords.english(), csv);
        boolean attach = csv.size() <= settings.attachmentMaxBytes();
        List<MailAttachment> files = attach
                ? List.of(new MailAttachment("site-portfolio-" + invoice.getNumber() + ".csv", "text/csv", csv.toByteArray()))
                : List.of();
        Message report = Message.of(attach ? "mail.contractInvoiceIssued.attached" : "mail.contractInvoiceIssued.tooLarge");
        for (String administrator : administrators) {
            Locale language = recipients.languageOf(administrator);
            outbox.send(administrator, Message.of("mail.contractInvoiceIssued.subject", invoice.getNumber()).in(language),
                    text.in(language) + "\n\n" + report.in(language), files);
        }
    }
}
