package org.billingcenter.invoice.ui;

import java.io.OutputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.billingcenter.invoice.InvoicePdfFile;
import org.billingcenter.invoice.InvoiceService;
import org.billingcenter.invoice.InvoiceStatus;
import org.billingcenter.invoice.InvoiceSummary;
import org.billingcenter.shared.ui.Display;
import org.billingcenter.shared.ui.Paging;
import org.billingcenter.shared.ui.ResponsiveColumns;

/**
 * The account's requests, newest first; each opens to its details, and an issued one's PDF
 * downloads from the link under the list.
 */
class RequestsPanel extends VerticalLayout {

    private final InvoiceService invoices;
    private final Display display;
    InvoiceDetailsDialog details;

    final Grid<InvoiceSummary> grid = new Grid<>();
    final Anchor pdf = new Anchor();

    RequestsPanel(InvoiceService invoices, Display display) {
        this.invoices = invoices;
        this.display = display;
        setPadding(false);
        grid.setId("invoice-requests");
        // When, status, type, amount and number take the width they need; title and note share the rest.
        grid.addColumn(r -> display.dateTime(r.requestedAt())).setHeader(getTranslation("invoice.column.requested")).setKey("requested")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("invoice.status." + r.status())).setHeader(getTranslation("invoice.column.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("invoice.type." + r.type())).setHeader(getTranslation("invoice.column.type")).setKey("type")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(InvoiceSummary::title).setHeader(getTranslation("invoice.column.title"));
        grid.addColumn(r -> display.money(r.amount())).setHeader(getTranslation("invoice.column.amount")).setKey("amount")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.invoiceNumber() == null ? "" : r.invoiceNumber()).setHeader(getTranslation("invoice.column.number"))
                .setKey("number").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.status() == InvoiceStatus.REJECTED ? r.rejectionReason()
                : r.trackingNumber() == null ? "" : getTranslation("invoice.tracking", r.trackingNumber()))
                .setHeader(getTranslation("invoice.column.note")).setKey("note");
        grid.addComponentColumn(r -> {
            Button open = new Button(getTranslation("invoice.details.open"), click -> openDetails(r.id()));
            open.setId("invoice-details-" + r.id());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return open;
        }).setKey("details").setAutoWidth(true).setFlexGrow(0);
        // On a phone the date, status, amount and the way to the details stay.
        ResponsiveColumns.hideBelow(grid, ResponsiveColumns.PHONE, grid.getColumnByKey("type"), grid.getColumnByKey("number"),
                grid.getColumnByKey("note"));
        grid.setEmptyStateText(getTranslation("invoice.noRequests"));
        grid.setItems(query -> invoices.myRequests(Paging.of(query)).stream(), query -> Paging.count(invoices::myRequests));
        grid.setHeight("16rem");
        pdf.setId("invoice-pdf");
        pdf.setText(getTranslation("invoice.downloadPdf"));
        pdf.setVisible(false);
        grid.asSingleSelect().addValueChangeListener(change -> {
            InvoiceSummary chosen = change.getValue();
            boolean issued = chosen != null && chosen.invoiceNumber() != null;
            pdf.setVisible(issued);
            if (issued) {
                pdf.setHref(download(chosen.id()));
            }
        });
        add(grid, pdf);
    }

    private DownloadHandler download(long requestId) {
        return event -> {
            InvoicePdfFile file = invoices.pdf(requestId);
            event.setFileName(file.fileName());
            event.setContentType(InvoicePdfFile.MEDIA_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                out.write(file.content());
            }
        };
    }

    void openDetails(long requestId) {
        details = new InvoiceDetailsDialog(invoices.requestDetails(requestId), display);
        details.open();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
