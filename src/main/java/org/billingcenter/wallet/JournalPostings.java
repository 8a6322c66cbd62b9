package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.billingcenter.shared.persistence.Utc;
import org.billingcenter.shared.persistence.LikePattern;
import org.billingcenter.audit.Change;
import org.billingcenter.audit.ChangeFeed;
import org.billingcenter.audit.EntityState;
import org.billingcenter.audit.FeedFilter;
import org.billingcenter.audit.FieldChange;
import org.billingcenter.audit.HistoryQuery;
import org.billingcenter.audit.Provenance;
import org.billingcenter.audit.Revision.ChangeKind;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Journal postings in the change history. The journal is append-only and written in plain SQL,
 * so it has no Envers revisions; each transaction keeps who posted it, from where and why, and
 * shows as one "created" change whose fields are its entries. Read for one account, each posting
 * also shows the cash balance before and after it: the running sum of the account's cash entries
 * in posting order (journal ids follow the order postings were applied under the wallet's lock).
 * Every query names the tenant, and the account when the reader is bound to one.
 */
@Component
class JournalPostings implements ChangeFeed {

    static final String TYPE = "JournalPosting";
    static final String CASH_BALANCE = "cash balance";

    private static final String COLUMNS = """
            SELECT t.id, t.account_id, t.kind, t.description, t.occurred_at, t.value_date, t.item_code,
                   COALESCE(t.actor, '%s') AS actor, t.client_address, t.reason, e.ledger, e.lot_id, e.amount, e.currency
            FROM (SELECT id FROM journal_transaction WHERE tenant_id = :tenant %s ORDER BY id DESC LIMIT :limit) picked
            JOIN journal_transaction t ON t.id = picked.id
            JOIN journal_entry e ON e.transaction_id = t.id AND e.tenant_id = t.tenant_id
            ORDER BY t.id DESC, e.id""";
    private static final String RUNNING_CASH = """
            SELECT transaction_id, SUM(amount) OVER (ORDER BY transaction_id, id) AS after_entry
            FROM journal_entry WHERE tenant_id = :tenant AND account_id = :account AND ledger = 'CUSTOMER_CASH'
            ORDER BY transaction_id, id""";

    private final NamedParameterJdbcTemplate jdbc;
    private final TenantRegistry tenants;

    JournalPostings(NamedParameterJdbcTemplate jdbc, TenantRegistry tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    @Override
    public String entityType() {
        return TYPE;
    }

    @Override
    public List<Change> changes(String tenant, Long account, HistoryQuery query, int limit) {
        MapSqlParameterSource args = new MapSqlParameterSource("tenant", tenant).addValue("limit", limit);
        StringBuilder where = new StringBuilder(FeedFilter.where(query, account, "account_id", "id", "occurred_at", args));
        if (query.actor() != null && !query.actor().isBlank()) {
            where.append(" AND LOWER(COALESCE(actor, '").append(Provenance.SYSTEM_ACTOR).append("')) LIKE :actor ESCAPE '!'");
            args.addValue("actor", LikePattern.containing(query.actor().strip().toLowerCase()));
        }
        // Descriptions kept as messages are said in the tenant's language: the feed does not know its reader's.
        Locale language = tenants.get(tenant).defaultLocale();
        List<Posting> postings = read(where.toString(), args, language);
        Map<Long, BigDecimal> cashAfter = account == null ? Map.of()
                : runningCash(tenant, account, postings.stream().map(Posting::id).collect(Collectors.toSet()));
        return postings.stream().map(posting -> posting.toChange(cashAfter.get(posting.id()))).toList();
    }

    @Override
    public Optional<EntityState> asOf(String tenant, Long account, long id, Instant at) {
        return changes(tenant, account, new HistoryQuery(TYPE, id, null, null, null, null), 1).stream()
                .filter(change -> !change.at().isAfter(at)).findFirst()
                .map(change -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    change.fields().forEach(field -> fields.put(field.field(), field.after()));
                    return new EntityState(TYPE, id, 0, change.at(), fields);
                });
    }

    private List<Posting> read(String where, MapSqlParameterSource args, Locale language) {
        Map<Long, Posting> byId = new LinkedHashMap<>();
        jdbc.query(COLUMNS.formatted(Provenance.SYSTEM_ACTOR, where), args, (ResultSet row) -> {
            long id = row.getLong("id");
            byId.computeIfAbsent(id, key -> Posting.of(row, language)).entries().add(Line.of(row));
        });
        return new ArrayList<>(byId.values());
    }

    /** Cash balance after each of {@code wanted}, from the account's cash entries in posting order. */
    private Map<Long, BigDecimal> runningCash(String tenant, long account, Set<Long> wanted) {
        Map<Long, BigDecimal> after = new HashMap<>();
        if (wanted.isEmpty()) {
            return after;
        }
        jdbc.query(RUNNING_CASH, new MapSqlParameterSource("tenant", tenant).addValue("account", account), (ResultSet row) -> {
            long transaction = row.getLong("transaction_id");
            if (wanted.contains(transaction)) {
                after.put(transaction, row.getBigDecimal("after_entry"));
            }
        });
        return after;
    }

    private record Line(String ledger, Long lotId, BigDecimal amount, String currency) {

        static Line of(ResultSet row) throws SQLException {
            Number lot = (Number) row.getObject("lot_id");
            return new Line(row.getString("ledger"), lot == null ? null : lot.longValue(), row.getBigDecimal("amount"),
                    row.getString("currency"));
        }

        String field() {
            return lotId == null ? ledger : ledger + " #" + lotId;
        }

        String shown() {
            return Posting.amount(currency, amount);
        }
    }

    private record Posting(long id, long accountId, String kind, String description, Instant at, String valueDate,
            String itemCode, String actor, String clientAddress, String reason, List<Line> entries) {

        static Posting of(ResultSet row, Locale language) {
            try {
                Timestamp occurred = row.getTimestamp("occurred_at");
                return new Posting(row.getLong("id"), row.getLong("account_id"), row.getString("kind"),
                        Message.render(row.getString("description"), language),
                        Utc.instant(occurred), row.getString("value_date"), row.getString("item_code"),
                        row.getString("actor"), row.getString("client_address"), row.getString("reason"), new ArrayList<>());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        Change toChange(BigDecimal cashAfter) {
            List<FieldChange> fields = new ArrayList<>();
            fields.add(new FieldChange("account", null, String.valueOf(accountId)));
            fields.add(new FieldChange("kind", null, kind));
            fields.add(new FieldChange("description", null, description));
            fields.add(new FieldChange("value date", null, valueDate));
            if (itemCode != null) {
                fields.add(new FieldChange("item", null, itemCode));
            }
            entries.forEach(line -> fields.add(new FieldChange(line.field(), null, line.shown())));
            if (cashAfter != null) {
                BigDecimal moved = entries.stream().filter(line -> LedgerAccount.CUSTOMER_CASH.name().equals(line.ledger()))
                        .map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                String currency = entries.getFirst().currency();
                fields.add(new FieldChange(CASH_BALANCE, amount(currency, cashAfter.subtract(moved)), amount(currency, cashAfter)));
            }
            return new Change(0, at, actor, clientAddress, reason != null ? reason : description, TYPE, id, ChangeKind.CREATED,
                    fields);
        }

        static String amount(String currency, BigDecimal value) {
            return Money.of(value.stripTrailingZeros(), Currency.getInstance(currency)).toString();
        }
    }
}
