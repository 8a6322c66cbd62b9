package org.billingcenter.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.persistence.RoundTrip;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets a service say why it changes what it changes. Envers writes one revision per transaction,
 * at commit, so the reason is bound to the current transaction and the revision listener picks
 * it up then; it is released when the transaction ends.
 */
@Component
public class AuditTrail {

    private static final int MAX_REASON = 500;
    private static final Object KEY = AuditTrail.class;

    /** In a statement given to {@link #auditRows}, the number of the revision written just before it. */
    public static final String NEW_REVISION = "LAST_INSERT_ID()";

    /**
     * A reason the server gives: kept as a message, so the history says it in its reader's language.
     * One too long to keep whole (a long text among its arguments) is kept in English, cut.
     */
    public void because(Message reason) {
        String stored = reason.stored();
        because(stored.length() > MAX_REASON ? reason.in(Locale.ENGLISH) : stored);
    }

    /** Must be called inside a transaction; a later reason in the same transaction replaces an earlier one. */
    public void because(String reason) {
        if (reason == null || reason.isBlank()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("An audit reason belongs to a transaction; none is active");
        }
        String text = reason.strip();
        String bounded = text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
        if (TransactionSynchronizationManager.hasResource(KEY)) {
            TransactionSynchronizationManager.unbindResource(KEY);
        } else {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        TransactionSynchronizationManager.bindResource(KEY, bounded);
    }

    /** The reason given in the current transaction, if any. */
    static Optional<String> current() {
        return Optional.ofNullable((String) TransactionSynchronizationManager.getResource(KEY));
    }

    /**
     * Writes, in {@code writes}, a revision of the current transaction (stamped as any revision is),
     * followed at once by {@code insert}, which adds audit rows under it and names the revision's
     * number as {@link #NEW_REVISION}. For rows a service audits itself, set-based, in the table
     * Envers keeps for the entity: the change history reads them like any other. It costs no round
     * trip of its own and none of the entity machinery that a revision written by Envers costs; a
     * transaction that also changes audited entities gets a second revision, from Envers, for those.
     * Give the reason first.
     */
    public void auditRows(RoundTrip writes, String insert, List<Object> arguments) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An audit revision belongs to a transaction; none is active");
        }
        AuditRevisionListener.Stamp stamp = AuditRevisionListener.Stamp.now();
        writes.update("INSERT INTO audit_revision (revision_timestamp, tenant_id, actor, client_address, reason) VALUES (?, ?, ?, ?, ?)",
                Arrays.asList(stamp.epochMilli(), stamp.tenant(), stamp.by().actor(), stamp.by().clientAddress(), stamp.by().reason()));
        writes.update(insert, arguments);
    }
}
