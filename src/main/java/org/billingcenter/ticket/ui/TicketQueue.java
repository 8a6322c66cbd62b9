package org.billingcenter.ticket.ui;

import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.ticket.QueueFilter;
import org.billingcenter.ticket.QueueFilter.Assignment;
import org.billingcenter.ticket.TicketDeskService;
import org.billingcenter.ticket.TicketFilter;
import org.billingcenter.ticket.TicketStatus;
import org.billingcenter.ticket.TicketSummary;
import org.springframework.data.domain.PageRequest;

/**
 * The staff's ticket queue, the longest-waiting first: by default what waits for staff. Filtered by
 * status, whose, type, day range and keyword; a row opens the ticket. The operator console embeds it.
 */
public class TicketQueue extends VerticalLayout {

    final MultiSelectComboBox<TicketStatus> statuses = new MultiSelectComboBox<>();
    final Select<Assignment> assignment = new Select<>();
    final Select<String> type = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField keyword = new TextField();
    final TextField account = new TextField();
    final Grid<TicketSummary> grid = new Grid<>();

    private volatile QueueFilter filter = QueueFilter.awaitingStaff();

    public TicketQueue(TicketDeskService desk, TenantRegistry tenants) {
        setPadding(false);
        TicketFormat format = new TicketFormat(tenants.current().timeZone(), this);
        statuses.setLabel(getTranslation("ticket.column.status"));
        statuses.setId("queue-statuses");
        statuses.setItems(TicketStatus.values());
        statuses.setItemLabelGenerator(format::status);
        statuses.setValue(TicketStatus.AWAITING_STAFF);
        assignment.setLabel(getTranslation("queue.assignment"));
        assignment.setId("queue-assignment");
        assignment.setItems(Assignment.values());
        assignment.setItemLabelGenerator(a -> getTranslation("queue.assignment." + a.name()));
        assignment.setValue(Assignment.ANYONE);
        type.setLabel(getTranslation("ticket.column.type"));
        type.setId("queue-type");
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("queue.anyType"));
        type.setItems(tenants.current().ticketTypes());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("queue.anyType") : format.type(t));
        from.setLabel(getTranslation("ticket.filter.from"));
        from.setId("queue-from");
        to.setLabel(getTranslation("ticket.filter.to"));
        to.setId("queue-to");
        keyword.setLabel(getTranslation("ticket.filter.keyword"));
        keyword.setId("queue-keyword");
        keyword.setValueChangeMode(ValueChangeMode.LAZY);
        keyword.setClearButtonVisible(true);
        account.setLabel(getTranslation("queue.column.account"));
        account.setId("queue-account");
        account.setAllowedCharPattern("[0-9]");
        account.setMaxLength(18);
        account.setValueChangeMode(ValueChangeMode.LAZY);
        account.setClearButtonVisible(true);
        account.addValueChangeListener(change -> applyFilter());
        statuses.addValueChangeListener(change -> applyFilter());
        assignment.addValueChangeListener(change -> applyFilter());
        type.addValueChangeListener(change -> applyFilter());
        from.addValueChangeListener(change -> applyFilter());
        to.addValueChangeListener(change -> applyFilter());
        keyword.addValueChangeListener(change -> applyFilter());

        grid.setId("queue-grid");
        grid.addColumn(t -> "#" + t.id()).setHeader(getTranslation("ticket.column.number")).setKey("number").setAutoWidth(true);
        grid.addColumn(TicketSummary::accountId).setHeader(getTranslation("queue.column.account")).setKey("account");
        grid.addColumn(t -> format.type(t.type())).setHeader(getTranslation("ticket.column.type")).setKey("type");
        grid.addColumn(TicketSummary::subject).setHeader(getTranslation("ticket.column.subject")).setKey("subject").setFlexGrow(3);
        grid.addColumn(t -> format.status(t.status())).setHeader(getTranslation("ticket.column.status")).setKey("status");
        grid.addColumn(TicketSummary::assignee).setHeader(getTranslation("queue.column.assignee")).setKey("assignee");
        grid.addColumn(t -> format.time(t.updatedAt())).setHeader(getTranslation("ticket.column.updated")).setKey("updated");
        grid.setEmptyStateText(getTranslation("queue.empty"));
        grid.setItems(query -> desk.queue(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(desk.queue(filter, PageRequest.of(0, 1)).getTotalElements()));
        grid.addItemClickListener(click -> UI.getCurrent().navigate(DeskTicketView.class, click.getItem().id()));

        HorizontalLayout filters = new HorizontalLayout(statuses, assignment, type, from, to, keyword, account);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
    }

    private void applyFilter() {
        Set<TicketStatus> chosen = statuses.getValue();
        filter = new QueueFilter(new TicketFilter(from.getValue(), to.getValue(), keyword.getValue(), chosen, type.getValue()),
                assignment.getValue(), account.getValue().isBlank() ? null : Long.valueOf(account.getValue()));
        grid.getDataProvider().refreshAll();
    }
}
