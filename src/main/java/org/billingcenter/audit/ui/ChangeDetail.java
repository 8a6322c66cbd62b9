package org.billingcenter.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.billingcenter.audit.ChangeEntry;

/** The whole of one change: the record (with a link to its screen), who, when, from where, why, and every field. */
class ChangeDetail extends VerticalLayout {

    private final HistoryFormat format;
    private final boolean staff;
    final Paragraph empty = new Paragraph();
    final H3 title = new H3();
    final Div facts = new Div();
    final Anchor open = new Anchor();
    final Grid<ChangeEntry.Field> fields = new Grid<>();

    ChangeDetail(HistoryFormat format, boolean staff) {
        this.format = format;
        this.staff = staff;
        setId("history-detail");
        setPadding(true);
        setWidthFull();
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        empty.setText(getTranslation("history.detail.empty"));
        title.setId("history-detail-record");
        facts.setId("history-detail-facts");
        open.setId("history-detail-open");
        open.setText(getTranslation("history.detail.open"));
        fields.setId("history-fields");
        fields.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        fields.addColumn(ChangeEntry.Field::label).setHeader(getTranslation("history.column.field")).setKey("field").setFlexGrow(1);
        fields.addColumn(f -> ChangeEntry.shown(f.before())).setHeader(getTranslation("history.column.before")).setKey("before")
                .setFlexGrow(1);
        fields.addColumn(f -> ChangeEntry.shown(f.after())).setHeader(getTranslation("history.column.after")).setKey("after")
                .setFlexGrow(1);
        fields.setEmptyStateText(getTranslation("history.detail.noFields"));
        fields.setAllRowsVisible(true);
        add(new H3(getTranslation("history.detail.title")), empty, title, facts, open, fields);
        show(null);
    }

    void show(ChangeEntry change) {
        boolean picked = change != null;
        empty.setVisible(!picked);
        title.setVisible(picked);
        facts.setVisible(picked);
        fields.setVisible(picked);
        open.setVisible(false);
        if (!picked) {
            fields.setItems(java.util.List.of());
            return;
        }
        title.setText(change.recordType() + " · " + change.recordName() + " — " + change.kindLabel());
        facts.removeAll();
        fact("history.column.time", format.time(change.at()));
        fact("history.column.actor", change.actor());
        fact("history.column.address", change.clientAddress() == null ? getTranslation("history.noAddress") : change.clientAddress());
        fact("history.column.reason", change.reason() == null ? getTranslation("history.noReason") : change.reason());
        RecordLinks.of(change, staff).ifPresent(path -> {
            open.setHref(path);
            open.setVisible(true);
        });
        fields.setItems(change.fields());
    }

    private void fact(String label, String value) {
        Span name = new Span(getTranslation(label) + ": ");
        name.getStyle().set("font-weight", "600");
        Div line = new Div(name, new Span(value));
        facts.add(line);
    }
}
