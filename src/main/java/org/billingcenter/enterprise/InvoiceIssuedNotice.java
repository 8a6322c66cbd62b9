package org.billingcenter.enterprise;

import java.io.ByteArrayOutputStream;
import java.util.Currency;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.billingcenter.account.AccountService;
import org.billingcenter.account.PortalLinks;
import org.billingcenter.notification.MailAttachment;
import org.billingcenter.notification.Notifications;
import org.billingcenter.notification.Outbox;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.money.MoneyFormat;
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

    InvoiceIssuedNotice(EntityManager entityManager, PortfolioReportCsv reportCsv, AccountService accounts, Notifications notifications,
            Outbox outbox, PortalLinks links, TenantRegistry tenants, EnterpriseProperties settings) {
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
        String total = MoneyFormat.format(Money.of(invoice.getTotal(), Currency.getInstance(invoice.getCurrency())),
                tenants.current().defaultLocale());
        String link = links.to("enterprise/invoice/" + invoiceId);
        String text = "Invoice " + invoice.getNumber() + " for " + invoice.getPreviousDate() + " to " + invoice.getInvoiceDate()
                + " is issued: " + total + ", due on " + invoice.getDueOn() + ". View it online: " + link;
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
        String body = text + "\n\n" + (attach ? "The Site Portfolio Report of the period is attached as CSV."
                : "The Site Portfolio Report of the period is too large to attach: download it from the invoice page.");
        for (String administrator : administrators) {
            outbox.send(administrator, "Invoice " + invoice.getNumber() + " is issued", body, files);
        }
    }
}
