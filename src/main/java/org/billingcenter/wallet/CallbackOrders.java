package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.billingcenter.shared.persistence.Utc;
import org.billingcenter.shared.persistence.InLists;
import org.billingcenter.audit.AuditTrail;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.persistence.InTransaction;
import org.billingcenter.shared.persistence.ParameterMarks;
import org.billingcenter.shared.persistence.RoundTrip;
import org.billingcenter.shared.persistence.RoundTrips;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

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

    static final String AUDITED_COLUMNS = "id, tenant_id, account_id, method, amount, currency, status, gateway_reference, provider,"
            + " payer_name, bank_reference, decision_note, created_at, completed_at";

    private final RoundTrips roundTrips;
    private final Bookkeeper bookkeeper;
    private final AuditTrail auditTrail;

    CallbackOrders(RoundTrips roundTrips, Bookkeeper bookkeeper, AuditTrail auditTrail) {
        this.roundTrips = roundTrips;
        this.bookkeeper = bookkeeper;
        this.auditTrail = auditTrail;
    }

    /**
     * The orders a batch of callbacks names: every one found, by reference, and those still pending,
     * by id; and the books of their accounts, which the callbacks only put cash into.
     */
    record Named(Map<String, PaymentReference> byReference, Map<Long, Pending> pending, Map<Long, Books> books) {
    }

    /**
     * Finds the orders the references name and locks them until the batch commits, in the order of
     * the unique index on references (an ORDER BY made the server sort them for every batch);
     * those still pending are the ones the batch may complete. Each order's wallet currency comes in
     * the same statement, from a subquery, which a locking read does not lock ({@link Books#cashInOnly}):
     * a wallet is first locked when the batch moves its cash, in account order like every batch, and
     * always after the orders. Only payment callbacks lock online orders, so no one holds a wallet
     * while waiting for one.
     */
    Named lock(Collection<String> references, Instant now) {
        InTransaction.require();
        Map<String, PaymentReference> byReference = new LinkedHashMap<>();
        Map<Long, Pending> pending = new LinkedHashMap<>();
        Map<Long, Books> books = new LinkedHashMap<>();
        if (references.isEmpty()) {
            return new Named(byReference, pending, books);
        }
        List<String> padded = InLists.padded(List.copyOf(references));
        List<Object> args = new ArrayList<>(padded.size() + 1);
        args.add(TenantContext.require());
        args.addAll(padded);
        RoundTrip reads = roundTrips.start();
        reads.query("SELECT o.id, o.account_id, o.amount, o.currency, o.status, o.gateway_reference,"
                + " (SELECT w.currency FROM wallet w WHERE w.tenant_id = o.tenant_id AND w.account_id = o.account_id)"
                + " FROM recharge_order o WHERE o.tenant_id = ? AND o.gateway_reference IN (" + ParameterMarks.of(padded.size()) + ")"
                + " FOR UPDATE", args,
                row -> {
                    long orderId = row.getLong(1);
                    long accountId = row.getLong(2);
                    byReference.put(row.getString(6), new PaymentReference(row.getString(6), orderId, accountId));
                    if (RechargeStatus.PENDING.name().equals(row.getString(5))) {
                        pending.put(orderId, new Pending(orderId, accountId,
                                Money.of(row.getBigDecimal(3).stripTrailingZeros(), Currency.getInstance(row.getString(4).strip()))));
                    }
                    String walletCurrency = row.getString(7); // null: the account has no wallet, so no books
                    if (walletCurrency != null) {
                        Currency currency = Currency.getInstance(walletCurrency.strip());
                        books.computeIfAbsent(accountId, account -> bookkeeper.cashInOnly(account, currency, now));
                    }
                });
        reads.send();
        return new Named(byReference, pending, books);
    }

    /**
     * Completes the orders (each still pending and locked by {@link #lock}) at {@code at}, in
     * {@code writes}: one update per outcome, then their audit rows, copied from the updated rows in
     * one insert under a revision written just before them.
     */
    void complete(List<Completion> completions, Instant at, RoundTrip writes) {
        InTransaction.require();
        if (completions.isEmpty()) {
            return;
        }
        String tenant = TenantContext.require();
        LocalDateTime completedAt = Utc.wallClock(at);
        Map<List<Object>, List<Long>> byOutcome = completions.stream().collect(Collectors.groupingBy(
                completion -> java.util.Arrays.asList(completion.status(), completion.note()), LinkedHashMap::new,
                Collectors.mapping(Completion::orderId, Collectors.toList())));
        byOutcome.forEach((outcome, ids) -> {
            List<Long> padded = InLists.padded(ids.stream().sorted().toList());
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
        List<Long> all = InLists.padded(completions.stream().map(Completion::orderId).sorted().toList());
        List<Object> args = new ArrayList<>(all.size() + 1);
        args.add(tenant);
        args.addAll(all);
        auditTrail.auditRows(writes, "INSERT INTO recharge_order_aud (rev, revtype, " + AUDITED_COLUMNS + ") SELECT " + AuditTrail.NEW_REVISION
                + ", 1, " + AUDITED_COLUMNS + " FROM recharge_order WHERE tenant_id = ? AND id IN (" + ParameterMarks.of(all.size()) + ")", args);
    }
}
