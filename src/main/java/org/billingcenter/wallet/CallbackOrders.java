package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.billingcenter.audit.AuditTrail;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.persistence.ParameterMarks;
import org.billingcenter.shared.persistence.RoundTrip;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recharge orders a batch of payment callbacks settles: found by gateway reference and
 * locked in one statement, and completed together. Plain SQL, a few statements per batch whatever its
 * size, where loading, dirty-checking and auditing each order as an entity costs more than the
 * money movement itself. Completion is audited all the same: one row per order in the order's
 * Envers table, under a revision of the batch's own (who, when, why), so the change history shows it
 * like any other change of an order.
 */
@Component
class CallbackOrders {

    /** An online order still awaiting the gateway, as locked for its batch. */
    record Pending(long orderId, long accountId, Money amount) {
    }

    /** How one order ends. */
    record Completion(long orderId, RechargeStatus status, String note) {
    }

    private static final String AUDITED_COLUMNS = "id, tenant_id, account_id, method, amount, currency, status, gateway_reference,"
            + " payer_name, bank_reference, decision_note, created_at, completed_at";

    private final JdbcTemplate jdbc;
    private final AuditTrail auditTrail;

    CallbackOrders(JdbcTemplate jdbc, AuditTrail auditTrail) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
    }

    /** The orders a batch of callbacks names: every one found, by reference, and those still pending, by id. */
    record Named(Map<String, PaymentReference> byReference, Map<Long, Pending> pending) {
    }

    /**
     * Finds the orders the references name and locks them until the batch commits, in the order of
     * the unique index on references (an ORDER BY made the server sort them for every batch);
     * those still pending are the ones the batch may complete. Orders are locked before their
     * wallets: only payment callbacks lock online orders, so no one holds a wallet while waiting for
     * one, and finding and locking them takes one statement instead of a read and then a lock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Named lock(Collection<String> references) {
        Named named = new Named(new LinkedHashMap<>(), new LinkedHashMap<>());
        if (references.isEmpty()) {
            return named;
        }
        List<String> padded = Bookkeeper.padded(List.copyOf(references));
        List<Object> args = new ArrayList<>(padded.size() + 1);
        args.add(TenantContext.require());
        args.addAll(padded);
        jdbc.query("SELECT id, account_id, amount, currency, status, gateway_reference FROM recharge_order WHERE tenant_id = ?"
                + " AND gateway_reference IN (" + ParameterMarks.of(padded.size()) + ") FOR UPDATE",
                row -> {
                    long orderId = row.getLong(1);
                    long accountId = row.getLong(2);
                    named.byReference().put(row.getString(6), new PaymentReference(row.getString(6), orderId, accountId));
                    if (RechargeStatus.PENDING.name().equals(row.getString(5))) {
                        named.pending().put(orderId, new Pending(orderId, accountId,
                                Money.of(row.getBigDecimal(3).stripTrailingZeros(), Currency.getInstance(row.getString(4).strip()))));
                    }
                }, args.toArray());
        return named;
    }

    /**
     * Completes the orders (each still pending and locked by {@link #lock}) at {@code at}, in
     * {@code writes}: one update per outcome, then their audit rows, copied from the updated rows in
     * one insert under a revision written just before them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void complete(List<Completion> completions, Instant at, RoundTrip writes) {
        if (completions.isEmpty()) {
            return;
        }
        String tenant = TenantContext.require();
        LocalDateTime completedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        Map<List<Object>, List<Long>> byOutcome = completions.stream().collect(Collectors.groupingBy(
                completion -> java.util.Arrays.asList(completion.status(), completion.note()), LinkedHashMap::new,
                Collectors.mapping(Completion::orderId, Collectors.toList())));
        byOutcome.forEach((outcome, ids) -> {
            List<Long> padded = Bookkeeper.padded(ids.stream().sorted().toList());
            List<Object> args = new ArrayList<>(padded.size() + 4);
            args.add(((RechargeStatus) outcome.get(0)).name());
            args.add(new SqlParameterValue(java.sql.Types.VARCHAR, outcome.get(1)));
            args.add(completedAt);
            args.add(tenant);
            args.addAll(padded);
            writes.update("UPDATE recharge_order SET status = ?, decision_note = ?, completed_at = ?, version = version + 1"
                    + " WHERE tenant_id = ? AND id IN (" + ParameterMarks.of(padded.size()) + ") AND status = 'PENDING'", args, updated -> {
                        if (updated != ids.size()) {
                            throw new IllegalStateException("Recharge orders " + ids + " were not all pending: " + updated + " completed");
                        }
                    });
        });
        List<Long> all = Bookkeeper.padded(completions.stream().map(Completion::orderId).sorted().toList());
        List<Object> args = new ArrayList<>(all.size() + 1);
        args.add(tenant);
        args.addAll(all);
        auditTrail.auditRows(writes, "INSERT INTO recharge_order_aud (rev, revtype, " + AUDITED_COLUMNS + ") SELECT " + AuditTrail.NEW_REVISION
                + ", 1, " + AUDITED_COLUMNS + " FROM recharge_order WHERE tenant_id = ? AND id IN (" + ParameterMarks.of(all.size()) + ")", args);
    }
}
