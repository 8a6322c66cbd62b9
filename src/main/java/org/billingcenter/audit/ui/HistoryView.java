package org.billingcenter.audit.ui;

import java.io.OutputStream;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.audit.AuditChainService;
import org.billingcenter.audit.AuditService;
import org.billingcenter.audit.Change;
import org.billingcenter.audit.FieldChange;
import org.billingcenter.audit.HistoryQuery;
import org.billingcenter.shared.csv.CsvExport;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.TenantRegistry;

/**
 * Change history: who changed what, when, from where and why, field by field, filtered by
 * record type, actor and dates; one record's state as of a moment; CSV of what is listed. Read
 * only: nothing here changes anything.
 */
@Route("history")
@Menu(order = 75, title = "menu.history")
@RolesAllowed({Role.Names.AUDITOR, Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.OPERATOR})
public class HistoryView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final HistoryFormat format;

    final Select<String> type = new Select<>();
    final TextField actor = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final IntegerField account = new IntegerField();
    final Button apply = new Button();
    final Grid<Change> changes = new Grid<>();
    final Grid<FieldChange> fields = new Grid<>();
    final AsOfPanel asOf;
    final Anchor csv;
    private volatile HistoryQuery shown = HistoryQuery.all();

    public HistoryView(AuditService audit, AuditChainService chain, TenantRegistry tenants) {
        this.audit = audit;
        this.format = new HistoryFormat(tenants.current().timeZone());
        boolean staff = CurrentUser.require().has(Role.OPERATOR);
        List<String> types = audit.historyTypes();
        add(new H2(getTranslation("history.title")));

        type.setLabel(getTranslation("history.record"));
        type.setId("history-type");
        type.setItems(types);
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("history.allRecords"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("history.allRecords") : getTranslation("history.type." + t));
        actor.setLabel(getTranslation("history.actor"));
        actor.setId("history-actor");
        from.setLabel(getTranslation("history.from"));
        from.setId("history-from");
        to.setLabel(getTranslation("history.to"));
        to.setId("history-to");
        account.setLabel(getTranslation("history.account"));
        account.setId("history-account");
        account.setVisible(staff);
        apply.setText(getTranslation("history.apply"));
        apply.setId("history-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> reload());
        csv = new Anchor(download(), AttachmentType.DOWNLOAD, getTranslation("history.csv"));
        csv.setId("history-csv");
        HorizontalLayout filters = new HorizontalLayout(type, actor, from, to, account, apply, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        changes.setId("history-grid");
        changes.addColumn(c -> format.time(c.at())).setHeader(getTranslation("history.column.time")).setKey("time")
                .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(Change::actor).setHeader(getTranslation("history.column.actor")).setKey("actor");
        changes.addColumn(Change::clientAddress).setHeader(getTranslation("history.column.address")).setKey("address");
        changes.addColumn(c -> getTranslation("history.type." + c.entityType()) + " #" + c.entityId())
                .setHeader(getTranslation("history.record")).setKey("record");
        changes.addColumn(c -> getTranslation("history.kind." + c.kind().name())).setHeader(getTranslation("history.column.kind"))
                .setKey("kind");
        changes.addColumn(Change::reason).setHeader(getTranslation("history.column.reason")).setKey("reason");
        changes.addColumn(HistoryFormat::summary).setHeader(getTranslation("history.column.changes")).setKey("changes").setFlexGrow(3);
        changes.setEmptyStateText(getTranslation("history.empty"));

        fields.setId("history-fields");
        fields.addColumn(FieldChange::field).setHeader(getTranslation("history.column.field")).setKey("field");
        fields.addColumn(f -> HistoryFormat.value(f.before())).setHeader(getTranslation("history.column.before")).setKey("before");
        fields.addColumn(f -> HistoryFormat.value(f.after())).setHeader(getTranslation("history.column.after")).setKey("after");
        fields.setAllRowsVisible(true);
        asOf = new AsOfPanel(audit, format, types);
        changes.asSingleSelect().addValueChangeListener(selected -> {
            fields.setItems(selected.getValue() == null ? List.of() : selected.getValue().fields());
            if (selected.getValue() != null) {
                asOf.pick(selected.getValue(), format);
            }
        });
        add(filters, changes, fields, asOf, new ChainCheck(chain));
        reload();
    }

    private void reload() {
        Long accountId = account.getValue() == null ? null : account.getValue().longValue();
        shown = new HistoryQuery(type.getValue(), null, actor.getValue(), format.startOf(from.getValue()),
                format.endOf(to.getValue()), accountId);
        changes.setItems(audit.changes(shown));
        fields.setItems(List.of());
    }

    private DownloadHandler download() {
        List<String> header = List.of(getTranslation("history.column.time"), getTranslation("history.column.actor"),
                getTranslation("history.column.address"), getTranslation("history.record"), getTranslation("history.recordId"),
                getTranslation("history.column.kind"), getTranslation("history.column.reason"),
                getTranslation("history.column.field"), getTranslation("history.column.before"), getTranslation("history.column.after"));
        return event -> {
            HistoryQuery query = shown;
            event.setFileName("change-history.csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                // One line per changed field, so a spreadsheet can filter on any of them.
                CsvExport.write(out, header, row -> audit.changes(query).forEach(change -> {
                    List<FieldChange> changed = change.fields().isEmpty() ? java.util.Collections.singletonList(null) : change.fields();
                    for (FieldChange field : changed) {
                        row.print(java.util.Arrays.asList(format.time(change.at()), change.actor(), change.clientAddress(),
                                change.entityType(), change.entityId(), change.kind().name(), change.reason(),
                                field == null ? null : field.field(), field == null ? null : field.before(),
                                field == null ? null : field.after()));
                    }
                }));
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title");
    }
}
