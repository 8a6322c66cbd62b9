package org.billingcenter.notification.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.notification.Outbox;
import org.billingcenter.notification.OutboxEntry;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.ResponsiveColumns;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.data.domain.PageRequest;

/**
 * The e-mails and text messages the portal sent in this tenant, newest first, with their delivery state; a row shows
 * its text. Only where the deployment allows it (development and test), since mail is private.
 */
@Route("operator/outbox")
@RolesAllowed(Role.Names.OPERATOR)
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    final Grid<OutboxEntry> grid = new Grid<>();
    final Paragraph body = new Paragraph();

    public OutboxView(Outbox outbox, TenantRegistry tenants) {
        add(new H2(getTranslation("outbox.title")));
        if (!outbox.viewable()) {
            Paragraph off = new Paragraph(getTranslation("outbox.notViewable"));
            off.setId("outbox-off");
            add(off);
            return;
        }
        var zone = tenants.current().timeZone();
        grid.setId("outbox-grid");
        // Times, channel, status and attempts take the width they need; recipient and subject share the rest.
        grid.addColumn(m -> time(m.createdAt(), zone)).setHeader(getTranslation("outbox.column.created")).setKey("created")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation("outbox.channel." + m.channel().name())).setHeader(getTranslation("outbox.column.channel"))
                .setKey("channel").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("outbox.column.to")).setKey("to");
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("outbox.column.subject")).setKey("subject").setFlexGrow(3);
        grid.addColumn(m -> getTranslation("outbox.status." + m.status().name())).setHeader(getTranslation("outbox.column.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("outbox.column.attempts")).setKey("attempts")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> time(m.sentAt(), zone)).setHeader(getTranslation("outbox.column.sent")).setKey("sent")
                .setAutoWidth(true).setFlexGrow(0);
        // On a phone the time, recipient and subject stay.
        ResponsiveColumns.hideBelow(grid, ResponsiveColumns.PHONE, grid.getColumnByKey("channel"), grid.getColumnByKey("status"),
                grid.getColumnByKey("attempts"), grid.getColumnByKey("sent"));
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.setItems(query -> outbox.recent(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(outbox.recent(PageRequest.of(0, 1)).getTotalElements()));
        grid.asSingleSelect().addValueChangeListener(change -> body.setText(change.getValue() == null ? "" : change.getValue().body()));
        body.setId("outbox-body");
        body.getStyle().set("white-space", "pre-wrap");
        add(grid, body);
    }

    private static String time(Instant instant, java.time.ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }
}
