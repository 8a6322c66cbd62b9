package org.billingcenter.usage;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.money.DecimalLimits;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a batch from CSV ({@code source_id,workspace_id,item_code,hour,quantity}, a header line
 * first) or JSON ({@code {"records": [{"sourceId", "workspaceId", "itemCode", "hour", "quantity"}]}}
 * or a bare array). A row that cannot be read becomes a row error, not a failed request.
 */
final class UsageParser {

    static final List<String> CSV_HEADER = List.of("source_id", "workspace_id", "item_code", "hour", "quantity");
    // Records are read one at a time from an open stream: what follows a record is the next one.
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

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

    /**
     * Reads the records one at a time from the stream: only one record's fields are held at once, and
     * a batch past {@code maxRows} is refused as soon as its first extra record starts.
     */
    static List<Parsed> json(Reader body, int maxRows) {
        List<Parsed> rows = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                if (!seekRecords(parser)) {
                    throw new BusinessRuleException("usage.unreadable", "expected {\"records\": [...]} or an array");
                }
            } else if (first != JsonToken.START_ARRAY) {
                throw new BusinessRuleException("usage.unreadable", "expected {\"records\": [...]} or an array");
            }
            int row = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (++row > maxRows) {
                    throw new BusinessRuleException("usage.batchTooLarge", maxRows);
                }
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    rows.add(new Parsed(row, null, null, "not an object"));
                    continue;
                }
                Map<String, String> fields = scalarFields(parser);
                rows.add(read(row, fields::get, "sourceId", "workspaceId", "itemCode", "hour", "quantity"));
            }
        } catch (JacksonException e) {
            throw new BusinessRuleException("usage.unreadable", e.getOriginalMessage());
        }
        return rows;
    }

    /**
     * The fields of the record the parser is at, each as the text the sender wrote (a number keeps
     * its digits); a null, an object or an array counts as missing. Read token by token rather
     * than as a tree: a batch of 10,000 records read as trees spent about twice the CPU of the same
     * batch as CSV (docs/benchmarks.md, usage API).
     */
    private static Map<String, String> scalarFields(JsonParser parser) {
        Map<String, String> fields = new HashMap<>(8);
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                fields.put(name, parser.getString());
            } else {
                parser.skipChildren();
                fields.remove(name);
            }
        }
        return fields;
    }

    /** Moves the parser into the root object's "records" array; false when the object has none. */
    private static boolean seekRecords(JsonParser parser) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("records".equals(name)) {
                return value == JsonToken.START_ARRAY;
            }
            parser.skipChildren();
        }
        return false;
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
            return new Parsed(row, sourceId, null, names[1] + " '" + shown(workspace) + "' is not a workspace id");
        }
        Instant at;
        try {
            at = Instant.parse(hour);
        } catch (DateTimeParseException e) {
            return new Parsed(row, sourceId, null, names[3] + " '" + shown(hour) + "' is not an ISO-8601 instant such as 2026-11-14T03:00:00Z");
        }
        BigDecimal amount;
        try {
            // Reading a number of thousands of digits costs time; no quantity needs more than 64 characters.
            amount = DecimalLimits.shortEnough(quantity) ? new BigDecimal(quantity) : null;
        } catch (NumberFormatException e) {
            amount = null;
        }
        if (amount == null) {
            return new Parsed(row, sourceId, null, names[4] + " '" + shown(quantity) + "' is not a number");
        }
        return new Parsed(row, sourceId, new UsageRecord(sourceId, workspaceId, item, at, amount), null);
    }

    /** A bad value as echoed in the answer: the start of it, not megabytes of it. */
    private static String shown(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
