package org.billingcenter.invoice.ui;

import java.io.OutputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.ui.ResponsiveColumns;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.invoice.InvoiceDeskService;
import org.billingcenter.invoice.InvoicePdfFile;
import org.billingcenter.invoice.InvoiceStatus;
import org.billingcenter.invoice.InvoiceSummary;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Confirm;
import org.billingcenter.shared.ui.Display;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.shared.ui.Paging;
import org.billingcenter.shared.ui.TextPrompt;
import org.billingcenter.tenant.TenantRegistry;

/** The staff's invoice desk: requests by status, oldest first; issue (makes the PDF), mail with tracking, or reject. */
@Route("operator/invoices")
@Menu(order = 82, title = "menu.operatorInvoices")
@RolesAllowed(Role.Names.OPERATOR)
@RequiresFeature(Feature.TAX_INVOICES)
public class InvoiceDeskView extends VerticalLayout implements HasDynamicTitle {

    private final InvoiceDeskService desk;

    final Select<InvoiceStatus> status = new Select<>();
    final Grid<InvoiceSummary> grid = new Grid<>();
    final Button issue = new Button();
    final Button mail = new Button();
    final Button reject = new Button();
    final Anchor pdf = new Anchor();

    public InvoiceDeskView(InvoiceDeskService desk, TenantRegistry tenants) {
        this.desk = desk;
        Display display = new Display(tenants.current().timeZone(), getLocale());
        status.setId("desk-status");
        status.setLabel(getTranslation("invoice.column.status"));
        status.setItems(InvoiceStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("invoice.status." + value));
        status.setValue(InvoiceStatus.REQUESTED);
        status.addValueChangeListener(change -> refresh());
        grid.setId("invoice-desk");
        // Short values take the width they need; the title, taxpayer id and documents share the rest.
        grid.addColumn(r -> display.dateTime(r.requestedAt())).setHeader(getTranslation("invoice.column.requested")).setKey("requested")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(InvoiceSummary::accountId).setHeader(getTranslation("verification.column.account")).setKey("account")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("invoice.type." + r.type())).setHeader(getTranslation("invoice.column.type")).setKey("type")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(InvoiceSummary::title).setHeader(getTranslation("invoice.column.title")).setKey("title");
        grid.addColumn(r -> r.taxNumber() == null ? "" : r.taxNumber()).setHeader(getTranslation("invoice.taxNumber")).setKey("tax-number");
        grid.addColumn(r -> display.money(r.amount())).setHeader(getTranslation("invoice.column.amount")).setKey("amount")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> String.join(", ", r.documents())).setHeader(getTranslation("invoice.column.documents")).setKey("documents");
        grid.addColumn(r -> r.invoiceNumber() == null ? "" : r.invoiceNumber()).setHeader(getTranslation("invoice.column.number"))
                .setKey("number").setAutoWidth(true).setFlexGrow(0);
        // On a phone the date, title and amount stay.
        ResponsiveColumns.hideBelow(grid, ResponsiveColumns.PHONE, grid.getColumnByKey("account"), grid.getColumnByKey("type"),
                grid.getColumnByKey("tax-number"), grid.getColumnByKey("documents"), grid.getColumnByKey("number"));
        grid.setEmptyStateText(getTranslation("invoice.deskEmpty"));
        grid.setItems(query -> desk.queue(status.getValue(), Paging.of(query)).stream(),
                query -> Paging.count(page -> desk.queue(status.getValue(), page)));
        grid.asSingleSelect().addValueChangeListener(change -> selected(change.getValue()));
        button(issue, "invoice.issue", "desk-issue").addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(mail, "invoice.mail", "desk-mail");
        button(reject, "invoice.reject", "desk-reject").addThemeVariants(ButtonVariant.LUMO_ERROR);
        issue.addClickListener(click -> {
            InvoiceSummary chosen = grid.asSingleSelect().getValue();
            Confirm.ask("issue", getTranslation("invoice.issue"),
                    getTranslation("invoice.confirmIssue", chosen.title(), display.money(chosen.amount())),
                    getTranslation("action.confirm"), getTranslation("action.cancel"),
                    () -> decide(() -> desk.issue(chosen.id()), "invoice.issued"));
        });
        mail.addClickListener(click -> askText(grid.asSingleSelect().getValue(), "invoice.mail", "invoice.trackingNumber",
                "desk-tracking", new TextField(), (id, text) -> desk.mail(id, text), "invoice.mailed"));
        reject.addClickListener(click -> askText(grid.asSingleSelect().getValue(), "invoice.reject", "invoice.reason",
                "desk-reason", new TextArea(), (id, text) -> desk.reject(id, text), "invoice.rejected"));
        pdf.setId("desk-pdf");
        pdf.setText(getTranslation("invoice.downloadPdf"));
        selected(null);
        add(new H2(getTranslation("invoice.deskTitle")), status, grid, new HorizontalLayout(issue, mail, reject, pdf));
    }

    private void selected(InvoiceSummary chosen) {
        issue.setEnabled(chosen != null && chosen.status() == InvoiceStatus.REQUESTED);
        reject.setEnabled(chosen != null && chosen.status() == InvoiceStatus.REQUESTED);
        mail.setEnabled(chosen != null && chosen.status() == InvoiceStatus.ISSUED && chosen.type().isPaper());
        pdf.setVisible(chosen != null && chosen.invoiceNumber() != null);
        if (chosen != null && chosen.invoiceNumber() != null) {
            long id = chosen.id();
            pdf.setHref((DownloadHandler) event -> {
                InvoicePdfFile file = desk.pdf(id);
                event.setFileName(file.fileName());
                event.setContentType(InvoicePdfFile.MEDIA_TYPE);
                try (OutputStream out = event.getOutputStream()) {
                    out.write(file.content());
                }
            });
        }
    }

    private <F extends com.vaadin.flow.component.AbstractField<?, String> & com.vaadin.flow.component.HasValidation> void askText(
            InvoiceSummary chosen, String titleKey, String labelKey, String id, F field,
            java.util.function.BiConsumer<Long, String> action, String doneKey) {
        field.getElement().setProperty("label", getTranslation(labelKey));
        field.setId(id);
        TextPrompt.ask(getTranslation(titleKey), field, id + "-confirm", ButtonVariant.LUMO_PRIMARY,
                getTranslation("validation.required"), getTranslation("action.cancel"),
                text -> decide(() -> action.accept(chosen.id(), text), doneKey));
    }

    private void decide(Runnable decision, String doneKey) {
        try {
            decision.run();
            Forms.notifySuccess(getTranslation(doneKey));
        } catch (BusinessRuleException refused) {
            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
        }
        refresh();
    }

    private void refresh() {
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    private Button button(Button button, String key, String id) {
        button.setText(getTranslation(key));
        button.setId(id);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invoice.deskTitle");
    }
}
