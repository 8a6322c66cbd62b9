package org.billingcenter.audit.ui;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import com.vaadin.flow.server.streams.DownloadHandler;

import org.billingcenter.audit.AuditService;
import org.billingcenter.audit.ChangeEntry;
import org.billingcenter.audit.HistoryQuery;
import org.billingcenter.shared.csv.CsvExport;

/** The listed changes as CSV, one line per changed field, in the same words and formats as the screen. */
class HistoryCsv {

    private static final int PAGE = 500;

    private final AuditService audit;
    private final HistoryFormat format;
    private final Locale locale;
    private final Supplier<HistoryQuery> shown;
    private final BiFunction<String, Object[], String> words;

    HistoryCsv(AuditService audit, HistoryFormat format, Locale locale, Supplier<HistoryQuery> shown,
            BiFunction<String, Object[], String> words) {
        this.audit = audit;
        this.format = format;
        this.locale = locale;
        this.shown = shown;
        this.words = words;
    }

    DownloadHandler download() {
        List<String> header = List.of(word("history.column.time"), word("history.column.actor"), word("history.column.address"),
                word("history.column.type"), word("history.recordId"), word("history.record"), word("history.column.kind"),
                word("history.column.reason"), word("history.column.field"), word("history.column.before"),
                word("history.column.after"));
        return event -> {
            HistoryQuery query = shown.get();
            event.setFileName("change-history.csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                // One line per changed field, so a spreadsheet can filter on any of them.
                CsvExport.write(out, header, row -> {
                    for (int offset = 0;; offset += PAGE) {
                        List<ChangeEntry> page = audit.entries(query, locale, offset, PAGE);
                        for (ChangeEntry change : page) {
                            List<ChangeEntry.Field> changed = change.fields().isEmpty() ? Collections.singletonList(null) : change.fields();
                            for (ChangeEntry.Field field : changed) {
                                row.print(Arrays.asList(format.time(change.at()), change.actor(), change.clientAddress(),
                                        change.recordType(), change.entityId(), change.recordName(), change.kindLabel(), change.reason(),
                                        field == null ? null : field.label(), field == null ? null : field.before(),
                                        field == null ? null : field.after()));
                            }
                        }
                        if (page.size() < PAGE) {
                            break;
                        }
                    }
                });
            }
        };
    }

    private String word(String key) {
        return words.apply(key, new Object[0]);
    }
}
