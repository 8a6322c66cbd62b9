package org.billingcenter.enterprise;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.billingcenter.shared.error.BusinessRuleException;

/**
 * Reads sites for a contract from CSV: {@code name,owner,department,plan,status,created_on}, a
 * header first. Only name and plan are required; status defaults to ACTIVE and created_on to
 * today. Every row is checked, so the staff see all that is wrong at once.
 */
final class SiteCsv {

    static final List<String> HEADER = List.of("name", "owner", "department", "plan", "status", "created_on");
    static final int MAX_ROWS = 10_000;
    private static final Set<SiteStatus> IMPORTABLE = Set.of(SiteStatus.ACTIVE, SiteStatus.FROZEN, SiteStatus.SANDBOX);

    private final HostingPlans plans;
    private final Set<String> existingNames;
    private final LocalDate today;

    SiteCsv(HostingPlans plans, Set<String> existingNames, LocalDate today) {
        this.plans = plans;
        this.existingNames = existingNames;
        this.today = today;
    }

    SiteImport read(long contractId, Reader body) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        List<NewSite> sites = new ArrayList<>();
        List<SiteImport.Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = format.parse(body)) {
            List<String> header = parser.getHeaderNames().stream().map(n -> n.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                    .toList();
            if (!header.contains("name") || !header.contains("plan")) {
                throw new BusinessRuleException("enterprise.import.header", String.join(",", HEADER));
            }
            int row = 0;
            for (CSVRecord line : parser) {
                if (++row > MAX_ROWS) {
                    throw new BusinessRuleException("enterprise.import.tooLarge", MAX_ROWS);
                }
                Function<String, String> field = name -> {
                    int at = header.indexOf(name);
                    return at >= 0 && at < line.size() && !line.get(at).isBlank() ? line.get(at).strip() : null;
                };
                int number = row;
                String name = field.apply("name");
                try {
                    NewSite site = site(contractId, field);
                    if (!seen.add(site.name().toLowerCase(Locale.ROOT))) {
                        throw new BusinessRuleException("enterprise.import.repeated");
                    }
                    if (existingNames.contains(site.name().toLowerCase(Locale.ROOT))) {
                        throw new BusinessRuleException("enterprise.import.exists");
                    }
                    sites.add(site);
                } catch (BusinessRuleException e) {
                    Object[] args = e.arguments();
                    problems.add(new SiteImport.Problem(number, name, e.messageKey(), args.length == 0 ? null : String.valueOf(args[0])));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new BusinessRuleException("enterprise.import.unreadable", e.getMessage());
        }
        return new SiteImport(sites, problems, 0);
    }

    private NewSite site(long contractId, Function<String, String> field) {
        String name = field.apply("name");
        if (name == null) {
            throw new BusinessRuleException("enterprise.import.nameMissing");
        }
        if (name.length() > 200 || length(field.apply("owner")) > 200 || length(field.apply("department")) > 100) {
            throw new BusinessRuleException("enterprise.import.tooLong");
        }
        if (field.apply("plan") == null) {
            throw new BusinessRuleException("enterprise.import.planMissing");
        }
        SitePlan plan = plans.parse(field.apply("plan"));
        SiteStatus status = status(field.apply("status"));
        LocalDate createdOn = date(field.apply("created_on"));
        return new NewSite(contractId, name, field.apply("owner"), field.apply("department"), plan, status, createdOn);
    }

    private static SiteStatus status(String text) {
        if (text == null) {
            return SiteStatus.ACTIVE;
        }
        try {
            SiteStatus status = SiteStatus.valueOf(text.toUpperCase(Locale.ROOT));
            if (IMPORTABLE.contains(status)) {
                return status;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the text as written
        }
        throw new BusinessRuleException("enterprise.import.status", text);
    }

    private LocalDate date(String text) {
        if (text == null) {
            return today;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isAfter(today)) {
                throw new BusinessRuleException("enterprise.site.future");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("enterprise.import.date", text);
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
