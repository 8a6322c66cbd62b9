package org.billingcenter.wallet.ui;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.billingcenter.shared.csv.CsvExport;
import org.billingcenter.wallet.Lot;
import org.billingcenter.wallet.LotKind;
import org.billingcenter.wallet.LotOrigin;
import org.billingcenter.wallet.LotStatus;
import org.billingcenter.wallet.WalletService;

/** Voucher details or stored-value card details: one row per lot, filtered by status, with CSV export. */
class LotsTab extends VerticalLayout {

    final Select<LotStatus> status = new Select<>();
    final Grid<Lot> grid = new Grid<>();
    final Anchor csv;

    private final boolean cards;
    private final WalletFormat format;
    private volatile LotStatus shown;

    LotsTab(WalletService wallet, WalletFormat format, boolean cards) {
        this.cards = cards;
        this.format = format;
        setPadding(false);
        String prefix = cards ? "cards" : "vouchers";

        status.setLabel(getTranslation("wallet.filter.status"));
        status.setId(prefix + "-status");
        status.setItems(LotStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("wallet.filter.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("wallet.filter.allStatuses") : statusLabel(s));
        status.addValueChangeListener(change -> {
            shown = change.getValue();
            grid.getDataProvider().refreshAll();
        });

        grid.setId(prefix + "-grid");
        if (!cards) {
            grid.addColumn(lot -> getTranslation("lot.kind." + lot.kind().name())).setHeader(getTranslation("wallet.column.kind"))
                    .setKey("kind");
        }
        if (cards) {
            grid.addColumn(Lot::cardNumber).setHeader(getTranslation("wallet.column.cardNumber")).setKey("cardNumber").setAutoWidth(true);
        }
        grid.addColumn(lot -> format.money(lot.faceValue())).setHeader(getTranslation("wallet.column.faceValue")).setKey("faceValue");
        grid.addColumn(lot -> format.money(lot.balance())).setHeader(getTranslation("wallet.column.balance")).setKey("balance");
        grid.addColumn(lot -> statusLabel(lot.status())).setHeader(getTranslation("wallet.column.status")).setKey("status");
        grid.addColumn(lot -> format.date(lot.validFrom())).setHeader(getTranslation("wallet.column.validFrom")).setKey("validFrom");
        grid.addColumn(lot -> format.date(lot.expiresAt())).setHeader(getTranslation("wallet.column.validTo")).setKey("validTo");
        grid.addColumn(this::origin).setHeader(getTranslation("wallet.column.origin")).setKey("origin").setFlexGrow(2);
        grid.setEmptyStateText(getTranslation(cards ? "wallet.cards.empty" : "wallet.vouchers.empty"));
        grid.setItems(query -> wallet.lots(cards, shown, Pages.of(query)).stream(),
                query -> Pages.count(page -> wallet.lots(cards, shown, page)));

        csv = new Anchor(download(wallet, format), AttachmentType.DOWNLOAD, getTranslation("wallet.csv"));
        csv.setId(prefix + "-csv");
        HorizontalLayout filters = new HorizontalLayout(status, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters, grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private String statusLabel(LotStatus lotStatus) {
        return getTranslation("lot.status." + lotStatus.name());
    }

    private String origin(Lot lot) {
        String origin = getTranslation("lot.origin." + lot.origin().name());
        if (lot.origin() == LotOrigin.VOUCHER_PURCHASE) {
            // A bought voucher's reference is the cash price it was sold for.
            return getTranslation("lot.boughtFor", format.money(new java.math.BigDecimal(lot.reference()),
                    lot.faceValue().currency().getCurrencyCode()));
        }
        return lot.reference() == null ? origin : origin + " (" + lot.reference() + ")";
    }

    private DownloadHandler download(WalletService wallet, WalletFormat format) {
        List<String> header = new ArrayList<>();
        header.add(getTranslation(cards ? "wallet.column.cardNumber" : "wallet.column.kind"));
        header.addAll(List.of(getTranslation("wallet.column.faceValue"), getTranslation("wallet.column.balance"),
                getTranslation("wallet.column.currency"), getTranslation("wallet.column.status"),
                getTranslation("wallet.column.validFrom"), getTranslation("wallet.column.validTo"),
                getTranslation("wallet.column.origin")));
        // Labels are looked up now: the download request that writes the file has no UI to translate with.
        Map<String, String> labels = new HashMap<>();
        for (LotStatus s : LotStatus.values()) {
            labels.put("status." + s.name(), statusLabel(s));
        }
        for (LotKind kind : LotKind.values()) {
            labels.put("kind." + kind.name(), getTranslation("lot.kind." + kind.name()));
        }
        for (LotOrigin origin : LotOrigin.values()) {
            labels.put("origin." + origin.name(), getTranslation("lot.origin." + origin.name()));
        }
        return event -> {
            LotStatus current = shown;
            event.setFileName(cards ? "stored-value-cards.csv" : "vouchers.csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                CsvExport.write(out, header, row -> Pages.forEach(page -> wallet.lots(cards, current, page), lot -> {
                    List<String> cells = new ArrayList<>();
                    cells.add(cards ? lot.cardNumber() : labels.get("kind." + lot.kind().name()));
                    String origin = labels.get("origin." + lot.origin().name());
                    if (lot.origin() == LotOrigin.VOUCHER_PURCHASE) {
                        origin = origin + " (" + lot.reference() + " " + lot.faceValue().currency().getCurrencyCode() + ")";
                    }
                    cells.addAll(List.of(WalletFormat.plain(lot.faceValue()), WalletFormat.plain(lot.balance()),
                            lot.faceValue().currency().getCurrencyCode(), labels.get("status." + lot.status().name()),
                            format.csvTime(lot.validFrom()), format.csvTime(lot.expiresAt()),
                            lot.reference() == null || lot.origin() == LotOrigin.VOUCHER_PURCHASE ? origin
                                    : origin + " (" + lot.reference() + ")"));
                    row.print(cells);
                }));
            }
        };
    }
}
