package org.billingcenter.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.billingcenter.audit.Change;
import org.billingcenter.audit.ChangeFeed;
import org.billingcenter.audit.EntityState;
import org.billingcenter.audit.FeedFilter;
import org.billingcenter.audit.FieldChange;
import org.billingcenter.audit.HistoryQuery;
import org.billingcenter.audit.Provenance;
import org.billingcenter.audit.Revision.ChangeKind;
import org.billingcenter.shared.money.Money;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Monthly bills in the change history. A bill is written once by the bill run and never changes;
 * corrections are adjustments beside it, each with who made it and why. So a bill shows as one
 * "created" change with its figures, and each adjustment as a change of that bill. Every query
 * names the tenant, and the account when the reader is bound to one.
 */
@Component
class BillHistory implements ChangeFeed {

    static final String TYPE = "Bill";
    private static final String BILL_RUN = "Monthly bill run";

    private static final String BILLS = """
            SELECT id, account_id, period, currency, total, voucher_paid, card_paid, cash_paid, cloud_paid, arrears, issued_at
            FROM bill WHERE tenant_id = :tenant AND status = 'ISSUED' %s ORDER BY id DESC LIMIT :limit""";
    private static final String ADJUSTMENTS = """
            SELECT a.id, a.bill_id, a.amount, a.currency, a.reason, a.created_by, a.created_at
            FROM bill_adjustment a JOIN bill b ON b.id = a.bill_id AND b.tenant_id = a.tenant_id
            WHERE a.tenant_id = :tenant %s ORDER BY a.id DESC LIMIT :limit""";

    private final NamedParameterJdbcTemplate jdbc;

    BillHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entityType() {
        return TYPE;
    }

    @Override
    public List<Change> changes(String tenant, Long account, HistoryQuery query, int limit) {
        MapSqlParameterSource args = new MapSqlParameterSource("tenant", tenant).addValue("limit", limit);
        String bills = FeedFilter.where(query, account, "account_id", "id", "issued_at", args);
        String adjustments = FeedFilter.where(query, account, "b.account_id", "a.bill_id", "a.created_at", args);
        List<Change> changes = new ArrayList<>();
        changes.addAll(jdbc.query(BILLS.formatted(bills), args, BillHistory::issued));
        changes.addAll(jdbc.query(ADJUSTMENTS.formatted(adjustments), args, BillHistory::adjusted));
        return changes.stream().sorted(Comparator.comparing(Change::at).reversed()).limit(limit).toList();
    }

    /** A bill's figures at a moment: as issued, with the adjustments made until then. */
    @Override
    public Optional<EntityState> asOf(String tenant, Long account, long id, Instant at) {
        List<Change> upToThen = changes(tenant, account, new HistoryQuery(TYPE, id, null, null, at.plusNanos(1), null), 1000);
        return upToThen.stream().filter(change -> change.kind() == ChangeKind.CREATED).findFirst().map(issued -> {
            Map<String, String> fields = new LinkedHashMap<>();
            issued.fields().forEach(field -> fields.put(field.field(), field.after()));
            fields.put("adjustments", String.valueOf(upToThen.size() - 1));
            return new EntityState(TYPE, id, 0, upToThen.getFirst().at(), fields);
        });
    }

    private static Change issued(ResultSet row, int n) throws SQLException {
        String currency = row.getString("currency");
        List<FieldChange> fields = new ArrayList<>();
        fields.add(new FieldChange("account", null, String.valueOf(row.getLong("account_id"))));
        fields.add(new FieldChange("period", null, row.getString("period")));
        for (String figure : List.of("total", "voucher_paid", "card_paid", "cash_paid", "cloud_paid", "arrears")) {
            fields.add(new FieldChange(figure.replace('_', ' '), null, amount(currency, row.getBigDecimal(figure))));
        }
        return new Change(0, instant(row, "issued_at"), Provenance.SYSTEM_ACTOR, null, BILL_RUN, TYPE, row.getLong("id"),
                ChangeKind.CREATED, fields);
    }

    private static Change adjusted(ResultSet row, int n) throws SQLException {
        return new Change(0, instant(row, "created_at"), row.getString("created_by"), null, row.getString("reason"), TYPE,
                row.getLong("bill_id"), ChangeKind.CHANGED,
                List.of(new FieldChange("adjustment", null, amount(row.getString("currency"), row.getBigDecimal("amount")))));
    }

    private static String amount(String currency, BigDecimal value) {
        return Money.of(value.stripTrailingZeros(), Currency.getInstance(currency)).toString();
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

}
