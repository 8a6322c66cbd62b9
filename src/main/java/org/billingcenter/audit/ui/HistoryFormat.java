package org.billingcenter.audit.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.billingcenter.audit.Change;
import org.billingcenter.audit.FieldChange;

/** How the history shows times (in the tenant's zone) and changes ("field: old → new"). */
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

    static String record(Change change) {
        return change.entityType() + " #" + change.entityId();
    }

    static String summary(Change change) {
        return change.fields().stream().map(HistoryFormat::field).collect(Collectors.joining("; "));
    }

    static String field(FieldChange field) {
        return field.field() + ": " + value(field.before()) + " → " + value(field.after());
    }

    static String value(String value) {
        return value == null ? "—" : value;
    }
}
