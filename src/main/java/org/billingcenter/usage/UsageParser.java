package org.billingcenter.usage;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.billingcenter.shared.error.BusinessRuleException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a batch from CSV ({@code source_id,workspace_id,item_code,hour,quantity}, a header line
 * first) or JSON ({@code {"records": [{"sourceId", "workspaceId", "itemCode", "hour", "quantity"}]}}
 * or a bare array). A row that cannot be read becomes a row error, not a failed request.
 */
final class UsageParser {

    static final List<String> CSV_HEADER = List.of("source_id", "workspace_id", "item_code", "hour", "quantity");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A row read: its record, or why it could not be read. */
    record Parsed(int row, String sourceId, UsageRecord record, String problem) {
    }

    private UsageParser() {
    }

    static List<Parsed> csv(Reader body, int maxRows) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        List<Parsed> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(body)) {
            List<String> header = parser.getHeaderNames().stream().map(name -> name.replace("\uFEFF", "").strip()).toList();
            if (!header.containsAll(CSV_HEADER)) {
                throw new BusinessRuleException("usage.csvHeader", String.join(",", CSV_HEADER));
            }
            int row = 0;
            for (CSVRecord line : parser) {
                if (++row > maxRows) {
                    throw new BusinessRuleException("usage.batchTooLarge", maxRows);
                }
                rows.add(read(row, name -> line.isMapped(name) && line.isSet(name) ? line.get(name) : null,
                        "source_id", "workspace_id", "item_code", "hour", "quantity"));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new BusinessRuleException("usage.unreadable", e.getMessage());
        }
        return rows;
    }

    static List<Parsed> json(String body, int maxRows) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new BusinessRuleException("usage.unreadable", e.getOriginalMessage());
        }
        JsonNode records = root != null && root.isObject() ? root.get("records") : root;
        if (records == null || !records.isArray()) {
            throw new BusinessRuleException("usage.unreadable", "expected {\"records\": [...]} or an array");
        }
        if (records.size() > maxRows) {
            throw new BusinessRuleException("usage.batchTooLarge", maxRows);
        }
        List<Parsed> rows = new ArrayList<>(records.size());
        int row = 0;
        for (JsonNode node : records) {
            row++;
            if (!node.isObject()) {
                rows.add(new Parsed(row, null, null, "not an object"));
                continue;
            }
            rows.add(read(row, name -> node.hasNonNull(name) ? node.get(name).asString() : null,
                    "sourceId", "workspaceId", "itemCode", "hour", "quantity"));
        }
        return rows;
    }

    private static Parsed read(int row, Function<String, String> field, String... names) {
        String sourceId = trimmed(field.apply(names[0]));
        String workspace = trimmed(field.apply(names[1]));
        String item = trimmed(field.apply(names[2]));
        String hour = trimmed(field.apply(names[3]));
        String quantity = trimmed(field.apply(names[4]));
        for (int i = 0; i < names.length; i++) {
            if (trimmed(field.apply(names[i])) == null) {
                return new Parsed(row, sourceId, null, names[i] + " is missing");
            }
        }
        long workspaceId;
        try {
            workspaceId = Long.parseLong(workspace);
        } catch (NumberFormatException e) {
            return new Parsed(row, sourceId, null, names[1] + " '" + workspace + "' is not a workspace id");
        }
        Instant at;
        try {
            at = Instant.parse(hour);
        } catch (DateTimeParseException e) {
            return new Parsed(row, sourceId, null, names[3] + " '" + hour + "' is not an ISO-8601 instant such as 2026-11-14T03:00:00Z");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(quantity);
        } catch (NumberFormatException e) {
            return new Parsed(row, sourceId, null, names[4] + " '" + quantity + "' is not a number");
        }
        return new Parsed(row, sourceId, new UsageRecord(sourceId, workspaceId, item, at, amount), null);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
