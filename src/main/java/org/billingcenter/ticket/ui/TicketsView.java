package org.billingcenter.ticket.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.ticket.TicketFilter;
import org.billingcenter.ticket.TicketProperties;
import org.billingcenter.ticket.TicketService;
import org.billingcenter.ticket.TicketSummary;
import org.springframework.data.domain.PageRequest;

/** The account's tickets, newest first, filtered by day range and keyword; opening a new one starts here. */
@Route("support")
@Menu(order = 60, title = "menu.support")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR})
public class TicketsView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField keyword = new TextField();
    final Grid<TicketSummary> grid = new Grid<>();
    final Button newTicket = new Button();

    private volatile TicketFilter filter = TicketFilter.all();

    public TicketsView(TicketService tickets, TenantRegistry tenants, TicketProperties limits) {
        TicketFormat format = new TicketFormat(tenants.current().timeZone(), this);
        from.setLabel(getTranslation("ticket.filter.from"));
        from.setId("tickets-from");
        to.setLabel(getTranslation("ticket.filter.to"));
        to.setId("tickets-to");
        keyword.setLabel(getTranslation("ticket.filter.keyword"));
        keyword.setId("tickets-keyword");
        keyword.setValueChangeMode(ValueChangeMode.LAZY);
        keyword.setClearButtonVisible(true);
        from.addValueChangeListener(change -> applyFilter());
        to.addValueChangeListener(change -> applyFilter());
        keyword.addValueChangeListener(change -> applyFilter());

        grid.setId("tickets-grid");
        grid.addColumn(t -> "#" + t.id()).setHeader(getTranslation("ticket.column.number")).setKey("number").setAutoWidth(true);
        grid.addColumn(t -> format.type(t.type())).setHeader(getTranslation("ticket.column.type")).setKey("type");
        grid.addColumn(TicketSummary::subject).setHeader(getTranslation("ticket.column.subject")).setKey("subject").setFlexGrow(3);
        grid.addColumn(t -> format.status(t.status())).setHeader(getTranslation("ticket.column.status")).setKey("status");
        grid.addColumn(t -> format.time(t.createdAt())).setHeader(getTranslation("ticket.column.created")).setKey("created");
        grid.addColumn(t -> format.time(t.updatedAt())).setHeader(getTranslation("ticket.column.updated")).setKey("updated");
        grid.setEmptyStateText(getTranslation("ticket.list.empty"));
        grid.setItems(query -> tickets.myTickets(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(tickets.myTickets(filter, PageRequest.of(0, 1)).getTotalElements()));
        grid.addItemClickListener(click -> UI.getCurrent().navigate(TicketView.class, click.getItem().id()));

        newTicket.setText(getTranslation("ticket.new"));
        newTicket.setId("new-ticket");
        newTicket.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newTicket.addClickListener(click -> new NewTicketDialog(tickets, limits, format,
                id -> UI.getCurrent().navigate(TicketView.class, id)).open());
        // Auditors read the account's tickets but do not write; the service refuses them anyway.
        newTicket.setVisible(!CurrentUser.require().has(Role.AUDITOR));

        HorizontalLayout filters = new HorizontalLayout(from, to, keyword, newTicket);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("ticket.title")), filters, grid);
    }

    private void applyFilter() {
        filter = new TicketFilter(from.getValue(), to.getValue(), keyword.getValue(), null, null);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ticket.title");
    }
}
