package org.billingcenter.ticket.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;

import org.billingcenter.ticket.TicketStatus;

/** How the support screens write times (in the tenant's time zone), statuses and ticket types. */
final class TicketFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;
    private final Component translator;

    TicketFormat(ZoneId zone, Component translator) {
        this.zone = zone;
        this.translator = translator;
    }

    String time(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    String status(TicketStatus status) {
        return translator.getTranslation("ticket.status." + status.name());
    }

    /** Types come from the tenant's file; those without a translation show as written there. */
    String type(String type) {
        String key = "ticket.type." + type;
        String label = translator.getTranslation(key);
        return label == null || label.isBlank() || label.contains(key) ? type : label;
    }
}
