package org.billingcenter.audit.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the history shows times: in the tenant's zone, to the second, so changes close together stay apart. */
record HistoryFormat(ZoneId zone) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
