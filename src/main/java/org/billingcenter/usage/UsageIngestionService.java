package org.billingcenter.usage;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.BillingItem;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.workspace.WorkspaceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in batches of hourly usage. Every row is checked before anything is stored; a batch with
 * any bad row is refused whole (nothing of it is kept) and the answer lists every bad row, so the
 * sender fixes them and sends the same batch again. Records already stored (same source id) are
 * counted as duplicates and change nothing.
 */
@Service
@Transactional
@RequiresFeature(Feature.PAY_AS_YOU_GO)
public class UsageIngestionService {

    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000000000");

    private final UsageStore store;
    private final WorkspaceService workspaces;
    private final TenantRegistry tenants;
    private final UsageProperties settings;
    private final Clock clock;

    UsageIngestionService(UsageStore store, WorkspaceService workspaces, TenantRegistry tenants, UsageProperties settings,
            Clock clock) {
        this.store = store;
        this.workspaces = workspaces;
        this.tenants = tenants;
        this.settings = settings;
        this.clock = clock;
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public IngestionResult ingest(List<UsageRecord> records) {
        List<UsageParser.Parsed> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            rows.add(new UsageParser.Parsed(i + 1, records.get(i).sourceId(), records.get(i), null));
        }
        return keep(rows);
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public IngestionResult ingestCsv(Reader csv) {
        return keep(UsageParser.csv(csv, settings.maxBatch()));
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public IngestionResult ingestJson(Reader json) {
        return keep(UsageParser.json(json, settings.maxBatch()));
    }

    /** The day's totals per workspace and item, for rating. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public List<DailyUsage> dailyUsage(LocalDate day) {
        return store.daily(TenantContext.require(), day);
    }

    /** From now on usage for the day is refused: rating is about to read it, and its bill must not miss a late record. */
    @RolesAllowed(Role.Names.OPERATOR)
    public void closeDay(LocalDate day) {
        store.close(TenantContext.require(), day, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private IngestionResult keep(List<UsageParser.Parsed> rows) {
        if (rows.size() > settings.maxBatch()) {
            return IngestionResult.refused(rows.size(), List.of(new RowError(settings.maxBatch() + 1, null,
                    "a batch holds at most " + settings.maxBatch() + " records")));
        }
        TenantDefinition tenant = tenants.current();
        Map<String, BillingItem> items = tenant.priceList().stream().collect(Collectors.toMap(BillingItem::code, item -> item));
        Set<Long> ids = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        for (UsageParser.Parsed row : rows) {
            if (row.record() != null) {
                ids.add(row.record().workspaceId());
                if (row.record().hour() != null) {
                    days.add(LocalDate.ofInstant(row.record().hour(), tenant.timeZone()));
                }
            }
        }
        Map<Long, WorkspaceSummary> known = workspaces.find(ids);
        Set<LocalDate> closed = store.holdAndFindClosed(tenant.id(), days);
        Instant latest = clock.instant().plus(Duration.ofHours(1));
        List<RowError> errors = new ArrayList<>();
        List<UsageRecord> good = new ArrayList<>(rows.size());
        for (UsageParser.Parsed row : rows) {
            String problem = row.problem() != null ? row.problem() : problem(row.record(), known, items, closed, latest, tenant);
            if (problem != null) {
                errors.add(new RowError(row.row(), row.sourceId(), problem));
            } else {
                good.add(row.record());
            }
        }
        if (!errors.isEmpty()) {
            return IngestionResult.refused(rows.size(), errors);
        }
        return IngestionResult.kept(rows.size(), good.isEmpty() ? 0 : store.insert(tenant.id(), tenant.timeZone(), good));
    }

    private static String problem(UsageRecord record, Map<Long, WorkspaceSummary> known, Map<String, BillingItem> items,
            Set<LocalDate> closed, Instant latest, TenantDefinition tenant) {
        if (record.sourceId() == null || record.sourceId().isBlank() || record.sourceId().length() > 100) {
            return "sourceId must be 1-100 characters";
        }
        WorkspaceSummary workspace = known.get(record.workspaceId());
        if (workspace == null) {
            return "workspace " + record.workspaceId() + " is not a workspace of this tenant";
        }
        if (workspace.locked()) {
            return "workspace " + record.workspaceId() + " is locked: its account's arrears are overdue (usage is accepted again"
                    + " once the account recharges) or the cloud subscription it settles on has ended (usage is accepted again"
                    + " once it moves to another settlement method)";
        }
        if (!workspace.acceptsUsage()) {
            return "workspace " + record.workspaceId() + " is unbound and takes no more usage";
        }
        BillingItem item = record.itemCode() == null ? null : items.get(record.itemCode());
        if (item == null) {
            return "itemCode '" + record.itemCode() + "' is not in the price list (" + String.join(", ", items.keySet()) + ")";
        }
        if (item.prices().stream().noneMatch(price -> price.site().equals(workspace.siteId()))) {
            return "itemCode '" + record.itemCode() + "' has no price in site " + workspace.siteId();
        }
        if (record.hour() == null || !record.hour().truncatedTo(ChronoUnit.HOURS).equals(record.hour())) {
            return "hour must be the start of an hour, such as 2026-11-14T03:00:00Z";
        }
        if (record.hour().isAfter(latest)) {
            return "hour " + record.hour() + " is in the future";
        }
        LocalDate day = LocalDate.ofInstant(record.hour(), tenant.timeZone());
        if (closed.contains(day)) {
            return "usage for " + day + " has already been rated and billed";
        }
        BigDecimal quantity = record.quantity();
        if (quantity == null || quantity.signum() < 0 || quantity.compareTo(MAX_QUANTITY) >= 0
                || quantity.stripTrailingZeros().scale() > 4) {
            return "quantity must be a number from 0 below 10^15 with at most 4 decimals";
        }
        return null;
    }
}
