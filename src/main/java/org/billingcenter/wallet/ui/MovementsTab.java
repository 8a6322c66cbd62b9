package org.billingcenter.wallet.ui;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.billingcenter.shared.csv.CsvExport;
import org.billingcenter.shared.ui.ResponsiveColumns;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.wallet.Movement;
import org.billingcenter.wallet.MovementKind;
import org.billingcenter.wallet.MovementFilter;
import org.billingcenter.wallet.WalletService;

/** Income and expenditure: every movement of the account, filtered by day range and kind, with CSV export. */
class MovementsTab extends VerticalLayout {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final MultiSelectComboBox<MovementKind> kinds = new MultiSelectComboBox<>();
    final Grid<Movement> grid = new Grid<>();
    final Anchor csv;

    /** Read by the download, which runs on a request of its own. */
    private volatile MovementFilter filter = MovementFilter.all();

    MovementsTab(WalletService wallet, WalletFormat format) {
        setPadding(false);
        Map<String, String> kindLabels = Arrays.stream(MovementKind.values())
                .collect(Collectors.toMap(Enum::name, kind -> getTranslation("movement.kind." + kind.name())));

        from.setLabel(getTranslation("wallet.filter.from"));
        from.setId("movements-from");
        to.setLabel(getTranslation("wallet.filter.to"));
        to.setId("movements-to");
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        kinds.setLabel(getTranslation("wallet.filter.kinds"));
        kinds.setId("movements-kinds");
        kinds.setItems(MovementKind.values());
        kinds.setItemLabelGenerator(kind -> kindLabels.get(kind.name()));
        from.addValueChangeListener(change -> applyFilter());
        to.addValueChangeListener(change -> applyFilter());
        kinds.addValueChangeListener(change -> applyFilter());

        grid.setId("movements-grid");
        // On a phone the time, description, cash and total stay.
        ResponsiveColumns.hideBelow(grid, ResponsiveColumns.PHONE, 1, 4, 5);
        grid.addColumn(m -> format.dateTime(m.occurredAt())).setHeader(getTranslation("wallet.column.time")).setKey("time")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> kindLabels.get(m.kind().name())).setHeader(getTranslation("wallet.column.kind")).setKey("kind");
        grid.addColumn(m -> Message.render(m.description(), getLocale())).setHeader(getTranslation("wallet.column.description")).setKey("description")
                .setFlexGrow(2);
        grid.addColumn(m -> format.money(m.cash(), m.currency())).setHeader(getTranslation("wallet.column.cash")).setKey("cash");
        grid.addColumn(m -> format.money(m.vouchers(), m.currency())).setHeader(getTranslation("wallet.column.vouchers"))
                .setKey("vouchers");
        grid.addColumn(m -> format.money(m.cards(), m.currency())).setHeader(getTranslation("wallet.column.cards")).setKey("cards");
        grid.addColumn(m -> format.money(m.total(), m.currency())).setHeader(getTranslation("wallet.column.total")).setKey("total");
        grid.setEmptyStateText(getTranslation("wallet.movements.empty"));
        // Scrolls on as long as there are movements, without counting the whole history first.
        grid.setItems(query -> wallet.movements(filter, Pages.of(query)).stream());

        csv = new Anchor(download(wallet, format, kindLabels), AttachmentType.DOWNLOAD, getTranslation("wallet.csv"));
        csv.setId("movements-csv");
        HorizontalLayout filters = new HorizontalLayout(from, to, kinds, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
    }

    private void applyFilter() {
        filter = new MovementFilter(from.getValue(), to.getValue(), Set.copyOf(kinds.getValue()));
        grid.getDataProvider().refreshAll();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Headers and labels are translated now, on the UI thread; the download request has no UI locale. */
    private DownloadHandler download(WalletService wallet, WalletFormat format, Map<String, String> kindLabels) {
        List<String> header = List.of(getTranslation("wallet.column.time"), getTranslation("wallet.column.kind"),
                getTranslation("wallet.column.description"), getTranslation("wallet.column.cash"),
                getTranslation("wallet.column.vouchers"), getTranslation("wallet.column.cards"),
                getTranslation("wallet.column.total"), getTranslation("wallet.column.currency"));
        Locale locale = getLocale();
        return event -> {
            MovementFilter current = filter;
            event.setFileName("income-and-expenditure.csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                CsvExport.write(out, header, row -> Pages.forEach(page -> wallet.movements(current, page),
                        m -> row.print(List.of(format.csvTime(m.occurredAt()), kindLabels.get(m.kind().name()), Message.render(m.description(), locale),
                                WalletFormat.plain(m.cash(), m.currency()), WalletFormat.plain(m.vouchers(), m.currency()),
                                WalletFormat.plain(m.cards(), m.currency()), WalletFormat.plain(m.total(), m.currency()),
                                m.currency()))));
            }
        };
    }
}
