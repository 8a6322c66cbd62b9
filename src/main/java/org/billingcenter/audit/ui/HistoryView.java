package org.billingcenter.audit.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.audit.AuditChainService;
import org.billingcenter.audit.AuditService;
import org.billingcenter.audit.ChangeEntry;
import org.billingcenter.audit.HistoryQuery;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.TenantRegistry;

/**
 * Change history: who changed what, when, from where and why, in the reader's words: a list read
 * page by page (record by name, address and reason always shown), and below it the whole of the
 * picked change with a link to the record's screen; filtered by record type, actor, dates and,
 * for the tenant's staff, account; one record's state as of a moment; CSV of what is listed.
 * Read only: nothing here changes anything.
 */
@Route("history")
@Menu(order = 75, title = "menu.history")
@RolesAllowed({Role.Names.AUDITOR, Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.OPERATOR})
public class HistoryView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final HistoryFormat format;
    private final Locale locale;

    final Select<String> type = new Select<>();
    final TextField actor = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final IntegerField account = new IntegerField();
    final Button apply = new Button();
    final Grid<ChangeEntry> changes = new Grid<>();
    final ChangeDetail detail;
    final AsOfPanel asOf;
    final Anchor csv;
    private volatile HistoryQuery shown = HistoryQuery.all();

    public HistoryView(AuditService audit, AuditChainService chain, TenantRegistry tenants) {
        this.audit = audit;
        this.format = new HistoryFormat(tenants.current().timeZone());
        this.locale = getLocale();
        boolean staff = CurrentUser.require().has(Role.OPERATOR);
        List<String> types = audit.historyTypes();
        setWidthFull();
        add(new H2(getTranslation("history.title")));

        type.setLabel(getTranslation("history.record"));
        type.setId("history-type");
        type.setItems(types);
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("history.allRecords"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("history.allRecords") : AuditService.typeLabel(locale, t));
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
        csv = new Anchor(new HistoryCsv(audit, format, locale, () -> shown, this::getTranslation).download(),
                AttachmentType.DOWNLOAD, getTranslation("history.csv"));
        csv.setId("history-csv");
        HorizontalLayout filters = new HorizontalLayout(type, actor, from, to, account, apply, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        changes.setId("history-grid");
        changes.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Who, when, where from, why and which record take the width they need; the summary takes the rest
        // (it is whole in its tooltip and in the detail below).
        changes.addColumn(c -> format.time(c.at())).setHeader(getTranslation("history.column.time")).setKey("time").setAutoWidth(true)
                .setFlexGrow(0).setResizable(true);
        changes.addColumn(c -> c.recordType() + " · " + c.recordName()).setHeader(getTranslation("history.record")).setKey("record")
                .setAutoWidth(true).setFlexGrow(0).setResizable(true);
        changes.addColumn(ChangeEntry::kindLabel).setHeader(getTranslation("history.column.kind")).setKey("kind").setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(ChangeEntry::actor).setHeader(getTranslation("history.column.actor")).setKey("actor").setAutoWidth(true)
                .setFlexGrow(0).setResizable(true);
        changes.addColumn(c -> ChangeEntry.shown(c.clientAddress())).setHeader(getTranslation("history.column.address"))
                .setKey("address").setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(c -> ChangeEntry.shown(c.reason())).setHeader(getTranslation("history.column.reason")).setKey("reason")
                .setAutoWidth(true).setFlexGrow(0).setResizable(true).setTooltipGenerator(c -> ChangeEntry.shown(c.reason()));
        changes.addColumn(ChangeEntry::summary).setHeader(getTranslation("history.column.changes")).setKey("changes").setFlexGrow(1)
                .setWidth("16rem").setTooltipGenerator(ChangeEntry::summary);
        changes.setEmptyStateText(getTranslation("history.empty"));
        changes.setWidthFull();
        changes.setHeight("28rem");

        detail = new ChangeDetail(format, staff);
        asOf = new AsOfPanel(audit, format, types, locale);
        changes.asSingleSelect().addValueChangeListener(selected -> {
            detail.show(selected.getValue());
            if (selected.getValue() != null) {
                asOf.pick(selected.getValue(), format);
            }
        });
        add(filters, changes, detail, asOf, new ChainCheck(chain));
        reload();
    }

    private void reload() {
        Long accountId = account.getValue() == null ? null : account.getValue().longValue();
        HistoryQuery query = new HistoryQuery(type.getValue(), null, actor.getValue(), format.startOf(from.getValue()),
                format.endOf(to.getValue()), accountId);
        shown = query;
        // Read page by page: only the rows on screen are labelled and their references named.
        changes.setItems(page -> audit.entries(query, locale, page.getOffset(), page.getLimit()).stream(),
                count -> audit.count(query));
        detail.show(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title");
    }
}
