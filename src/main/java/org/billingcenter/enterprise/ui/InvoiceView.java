package org.billingcenter.enterprise.ui;

import java.io.OutputStream;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.enterprise.ContractInvoiceService;
import org.billingcenter.enterprise.HostingPlans;
import org.billingcenter.enterprise.InvoiceDetail;
import org.billingcenter.enterprise.InvoiceLine;
import org.billingcenter.enterprise.InvoiceOnlinePayments;
import org.billingcenter.enterprise.InvoiceStatus;
import org.billingcenter.enterprise.InvoiceSummary;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.shared.identity.Role;

/** One contract invoice: lines per plan, overage, platform fee, totals, payment method and status; PDF download. */
@Route("enterprise/invoice")
@RolesAllowed(Role.Names.ADMINISTRATOR)
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class InvoiceView extends VerticalLayout implements HasUrlParameter<Long>, BeforeEnterObserver, HasDynamicTitle {

    private final ContractInvoiceService invoices;
    private final HostingPlans plans;
    private final InvoiceOnlinePayments onlinePayments;
    final Grid<InvoiceLine> lines = new Grid<>();
    private InvoiceDetail invoice;
    private long invoiceId;

    public InvoiceView(ContractInvoiceService invoices, HostingPlans plans, InvoiceOnlinePayments onlinePayments) {
        this.invoices = invoices;
        this.plans = plans;
        this.onlinePayments = onlinePayments;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.invoiceId = id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (EnterpriseScreens.turnAwayNonEnterprise(event, invoices, this)) {
            return;
        }
        try {
            invoice = invoices.invoice(invoiceId);
        } catch (BusinessRuleException notFound) {
            EnterpriseScreens.backToInvoices(event, notFound, this);
            return;
        }
        removeAll();
        InvoiceSummary summary = invoice.summary();
        H2 title = new H2(getTranslation("enterprise.invoice.title", summary.number()));
        title.setId("invoice-title");
        Paragraph facts = new Paragraph(getTranslation("enterprise.invoice.facts", invoice.organisation(), summary.contractNumber(),
                summary.previousDate(), summary.invoiceDate(), EnterpriseScreens.label(this, summary.paymentMethod()),
                EnterpriseScreens.label(this, summary.status())));
        facts.setId("invoice-facts");

        lines.setId("invoice-lines");
        lines.addColumn(l -> EnterpriseScreens.label(this, l.kind())).setHeader(getTranslation("enterprise.line.kind"));
        lines.addColumn(l -> EnterpriseScreens.plan(plans, l.plan())).setHeader(getTranslation("enterprise.line.plan"));
        lines.addColumn(InvoiceLine::quantity).setHeader(getTranslation("enterprise.line.quantity"));
        lines.addColumn(InvoiceLine::months).setHeader(getTranslation("enterprise.line.months"));
        lines.addColumn(l -> EnterpriseScreens.money(l.unitPrice(), getLocale())).setHeader(getTranslation("enterprise.line.unitPrice"));
        lines.addColumn(l -> EnterpriseScreens.money(l.amount(), getLocale())).setHeader(getTranslation("enterprise.line.amount"));
        lines.setItems(invoice.lines());
        lines.setAllRowsVisible(true);

        Paragraph totals = new Paragraph(getTranslation("enterprise.invoice.totals", EnterpriseScreens.money(invoice.overage(), getLocale()),
                EnterpriseScreens.money(summary.total(), getLocale())));
        totals.setId("invoice-totals");
        Anchor pdf = new Anchor(pdf(), AttachmentType.DOWNLOAD, getTranslation("enterprise.invoice.pdf"));
        pdf.setId("invoice-pdf");
        pdf.setTarget(AnchorTarget.BLANK);
        Button report = new Button(getTranslation("enterprise.invoice.portfolio"),
                click -> getUI().ifPresent(ui -> ui.navigate(PortfolioReportView.class, invoiceId)));
        report.setId("open-portfolio");
        Button chargeback = new Button(getTranslation("enterprise.invoice.chargeback"),
                click -> getUI().ifPresent(ui -> ui.navigate(ChargebacksView.class, invoiceId)));
        chargeback.setId("open-chargeback");
        add(title, facts, lines, totals, new HorizontalLayout(pdf, report, chargeback));
        if (summary.status() != InvoiceStatus.PAID) {
            payOnline();
        }
    }

    /** What is still open, and a way to pay it at one of the tenant's providers (the provider's notification settles it). */
    private void payOnline() {
        List<String> providers = onlinePayments.providers();
        if (providers.isEmpty()) {
            return;
        }
        Select<String> provider = new Select<>();
        provider.setId("pay-provider");
        provider.setLabel(getTranslation("enterprise.invoice.payProvider"));
        provider.setItems(providers);
        provider.setItemLabelGenerator(id -> getTranslation("recharge.provider." + id));
        provider.setValue(providers.getFirst());
        provider.setVisible(providers.size() > 1);
        Button pay = new Button(getTranslation("enterprise.invoice.payOnline"), click -> {
            try {
                String checkout = onlinePayments.payOnline(invoiceId, provider.getValue());
                if (checkout.startsWith("https://") || checkout.startsWith("http://")) {
                    UI.getCurrent().getPage().setLocation(checkout); // the provider's own page
                } else {
                    UI.getCurrent().navigate(checkout);
                }
            } catch (BusinessRuleException refused) {
                Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        pay.setId("pay-online");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(provider, pay);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(row);
    }

    private DownloadHandler pdf() {
        long id = invoiceId;
        String number = invoice.summary().number();
        java.util.Locale language = getLocale();
        return event -> {
            event.setFileName("invoice-" + number + ".pdf");
            event.setContentType("application/pdf");
            try (OutputStream out = event.getOutputStream()) {
                invoices.writePdf(id, language, out);
            }
        };
    }

    @Override
    public String getPageTitle() {
        return invoice == null ? getTranslation("enterprise.invoices.title") : getTranslation("enterprise.invoice.title",
                invoice.summary().number());
    }
}
