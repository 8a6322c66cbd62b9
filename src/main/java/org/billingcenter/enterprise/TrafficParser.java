package org.billingcenter.enterprise;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.billingcenter.shared.error.BusinessRuleException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads traffic figures from CSV ({@code site_id,monthly_traffic}, a header first) or JSON
 * ({@code {"readings": [{"siteId", "monthlyTraffic"}]}} or a bare array). A row that cannot be
 * read becomes a row error with its reason, not a failed request.
 */
final class TrafficParser {

    static final int MAX_ROWS = 50_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A row read: its reading, or why it could not be read. */
    record Parsed(int row, Long siteId, TrafficReading reading, String problem) {
    }

    private TrafficParser() {
    }

    static List<Parsed> csv(Reader body) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        List<Parsed> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(body)) {
            List<String> header = parser.getHeaderNames().stream().map(n -> n.replace("\uFEFF", "").strip()).toList();
            if (!header.contains("site_id") || !header.contains("monthly_traffic")) {
                throw new BusinessRuleException("enterprise.traffic.csvHeader");
            }
            int row = 0;
            for (CSVRecord line : parser) {
                limit(++row);
                rows.add(read(row, line.isSet("site_id") ? line.get("site_id") : null,
                        line.isSet("monthly_traffic") ? line.get("monthly_traffic") : null));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new BusinessRuleException("enterprise.traffic.unreadable", e.getMessage());
        }
        return rows;
    }

    static List<Parsed> json(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new BusinessRuleException("enterprise.traffic.unreadable", e.getOriginalMessage());
        }
        JsonNode list = root != null && root.isObject() ? root.get("readings") : root;
        if (list == null || !list.isArray()) {
            throw new BusinessRuleException("enterprise.traffic.unreadable", "expected an array of readings");
        }
        List<Parsed> rows = new ArrayList<>();
        int row = 0;
        for (JsonNode item : list) {
            limit(++row);
            rows.add(read(row, text(item, "siteId"), text(item, "monthlyTraffic")));
        }
        return rows;
    }

    private static void limit(int row) {
        if (row > MAX_ROWS) {
            throw new BusinessRuleException("enterprise.traffic.tooLarge", MAX_ROWS);
        }
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item == null ? null : item.get(field);
        return value == null || value.isNull() || value.isContainer() ? null : value.asString();
    }

    private static Parsed read(int row, String siteText, String trafficText) {
        Long siteId = number(siteText);
        if (siteId == null) {
            return new Parsed(row, null, null, "site_id is missing or not a number");
        }
        Long traffic = number(trafficText);
        if (traffic == null || traffic < 0) {
            return new Parsed(row, siteId, null, "monthly_traffic must be a whole number, 0 or more");
        }
        return new Parsed(row, siteId, new TrafficReading(siteId, traffic), null);
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
