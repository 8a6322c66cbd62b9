package org.billingcenter.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.billingcenter.usage.UsageRecord;

/**
 * The batches one phase of {@link UsageApiBenchmark} sends, made before the clock starts: records
 * for the service, the same records as JSON and CSV bodies for the API. Every record of a run is
 * new (its source id names the run, the phase and its number), so every phase inserts all it sends.
 */
final class UsageBatches {

    static final String[] ITEMS = {"LOGS", "TRACES", "TIME_SERIES", "HOSTS", "SMS"};

    private UsageBatches() {
    }

    /**
     * {@code records} hourly records in batches of {@code batch}, spread over the workspaces and over
     * the 24 hours of one day of the tenant's calendar (each phase its own day, so phases share no lock).
     */
    static List<List<UsageRecord>> records(String prefix, int records, int batch, long[] workspaces, LocalDate day, ZoneId zone) {
        Instant midnight = day.atStartOfDay(zone).toInstant();
        List<List<UsageRecord>> batches = new ArrayList<>();
        List<UsageRecord> current = new ArrayList<>(batch);
        for (int n = 0; n < records; n++) {
            current.add(new UsageRecord(prefix + "-" + n, workspaces[n % workspaces.length], ITEMS[n % ITEMS.length],
                    midnight.plusSeconds(3600L * ((n / ITEMS.length) % 24)), BigDecimal.valueOf(1 + n % 10_000, n % 3)));
            if (current.size() == batch) {
                batches.add(current);
                current = new ArrayList<>(batch);
            }
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    /** {@code {"records": [...]}} as a sender writes it: ids and quantities as JSON numbers. */
    static byte[] json(List<UsageRecord> batch) {
        StringBuilder body = new StringBuilder(batch.size() * 120).append("{\"records\":[");
        for (int i = 0; i < batch.size(); i++) {
            UsageRecord r = batch.get(i);
            body.append(i == 0 ? "" : ",").append("{\"sourceId\":\"").append(r.sourceId()).append("\",\"workspaceId\":")
                    .append(r.workspaceId()).append(",\"itemCode\":\"").append(r.itemCode()).append("\",\"hour\":\"")
                    .append(r.hour()).append("\",\"quantity\":").append(r.quantity().toPlainString()).append('}');
        }
        return body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The CSV upload's columns, a header line first. */
    static byte[] csv(List<UsageRecord> batch) {
        StringBuilder body = new StringBuilder(batch.size() * 80).append("source_id,workspace_id,item_code,hour,quantity\n");
        for (UsageRecord r : batch) {
            body.append(r.sourceId()).append(',').append(r.workspaceId()).append(',').append(r.itemCode()).append(',')
                    .append(r.hour()).append(',').append(r.quantity().toPlainString()).append('\n');
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
