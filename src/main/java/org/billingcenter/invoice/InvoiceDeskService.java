package org.billingcenter.invoice;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.i18n.Message;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.account.Recipients;
import org.billingcenter.notification.Notifications;
import org.billingcenter.notification.Outbox;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's staff work the invoice queue: issue (the PDF is made then), mail, or reject. */
@Service
@Transactional
@RequiresFeature(Feature.TAX_INVOICES)
public class InvoiceDeskService {

    private final InvoiceRequestRepository requests;
    private final InvoiceRequestLineRepository lines;
    private final InvoicePdfRepository pdfs;
    private final InvoicePdfWriter writer;
    private final TenantRegistry tenants;
    private final Notifications notifications;
    private final Outbox outbox;
    private final Clock clock;
    private final Recipients recipients;

    InvoiceDeskService(InvoiceRequestRepository requests, InvoiceRequestLineRepository lines, InvoicePdfRepository pdfs,
            InvoicePdfWriter writer, TenantRegistry tenants, Notifications notifications, Outbox outbox, Clock clock,
            Recipients recipients) {
        this.requests = requests;
        this.lines = lines;
        this.pdfs = pdfs;
        this.writer = writer;
        this.tenants = tenants;
        this.notifications = notifications;
        this.outbox = outbox;
        this.clock = clock;
        this.recipients = recipients;
    }

    /** Requests in a status (all when null), oldest first. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public Page<InvoiceSummary> queue(InvoiceStatus status, Pageable page) {
        return InvoiceService.summaries(requests.queue(status, page), lines);
    }

    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public long awaitingIssue() {
        return requests.countByStatus(InvoiceStatus.REQUESTED);
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public InvoiceSummary issue(long requestId) {
        InvoiceRequest request = locked(requestId);
        TenantDefinition tenant = tenants.current();
        String number = "INV-" + YearMonth.now(clock.withZone(tenant.timeZone())).toString().replace("-", "") + "-"
                + String.format("%06d", request.getId());
        request.issue(number, CurrentUser.require().email(), clock.instant());
        List<InvoiceRequestLine> covered = lines.findByRequestIdOrderById(requestId);
        Locale language = recipients.languageOf(request.getRecipientEmail());
        pdfs.save(new InvoicePdf(requestId, writer.write(request, covered, tenants.currentLetterhead(),
                tenant.payeeAccount().orElse(null), tenant.issuer().vatRate(), tenant.timeZone(), language), clock.instant()));
        notifications.notify(request.getAccountId(), "INVOICE", Message.of("notice.invoiceIssued.text", number));
        outbox.send(request.getRecipientEmail(), Message.of("mail.invoiceIssued.subject", number).in(language),
                Message.of("mail.invoiceIssued.body", number, request.getAmount(), tenant.brandName()).in(language));
        return request.summary(covered.stream().map(InvoiceRequestLine::getReference).toList());
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public void mail(long requestId, String trackingNumber) {
        if (trackingNumber == null || trackingNumber.isBlank() || trackingNumber.strip().length() > 60) {
            throw new BusinessRuleException("invoice.trackingRequired");
        }
        InvoiceRequest request = locked(requestId);
        request.mail(trackingNumber.strip(), CurrentUser.require().email(), clock.instant());
        notifications.notify(request.getAccountId(), "INVOICE",
                Message.of("notice.invoiceMailed.text", request.getInvoiceNumber(), trackingNumber.strip()));
    }

    /** Refuses the request; its documents may then be requested again. */
    @RolesAllowed(Role.Names.OPERATOR)
    public void reject(long requestId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("invoice.reasonRequired");
        }
        String text = reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
        InvoiceRequest request = locked(requestId);
        request.reject(text, CurrentUser.require().email(), clock.instant());
        lines.findByRequestIdOrderById(requestId).forEach(InvoiceRequestLine::release);
        notifications.notify(request.getAccountId(), "INVOICE",
                Message.of("notice.invoiceRejected.text", String.valueOf(requestId), text));
    }

    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public InvoicePdfFile pdf(long requestId) {
        return pdfOf(requests.findById(requestId).orElseThrow(() -> new BusinessRuleException("invoice.notFound")), pdfs);
    }

    static InvoicePdfFile pdfOf(InvoiceRequest request, InvoicePdfRepository pdfs) {
        return pdfs.findByRequestId(request.getId())
                .map(pdf -> new InvoicePdfFile(request.getInvoiceNumber() + ".pdf", pdf.content()))
                .orElseThrow(() -> new BusinessRuleException("invoice.notIssued"));
    }

    private InvoiceRequest locked(long id) {
        return requests.lockById(id).orElseThrow(() -> new BusinessRuleException("invoice.notFound"));
    }
}
