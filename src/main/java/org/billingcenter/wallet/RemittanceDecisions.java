package org.billingcenter.wallet;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.billingcenter.audit.AuditTrail;
import org.billingcenter.audit.Provenance;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.persistence.RoundTrip;
import org.billingcenter.shared.persistence.RoundTrips;
import org.billingcenter.tenant.TenantDefinition.RechargeMethod;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator's decision on a declared bank remittance, as a money command of its own (a batch of
 * one, in the operator's transaction): the order is decided once, under its wallet's lock, so it
 * needs no idempotency key; a confirmed one puts the money in the account's cash.
 */
@Component
class RemittanceDecisions {

    private final RechargeOrderRepository orders;
    private final MoneyCommands commands;
    private final EntityManager entityManager;
    private final AuditTrail auditTrail;
    private final BusinessDay businessDay;
    private final ApplicationEventPublisher events;
    private final RoundTrips roundTrips;
    private final Clock clock;

    RemittanceDecisions(RechargeOrderRepository orders, MoneyCommands commands, EntityManager entityManager, AuditTrail auditTrail,
            BusinessDay businessDay, ApplicationEventPublisher events, RoundTrips roundTrips, Clock clock) {
        this.orders = orders;
        this.commands = commands;
        this.entityManager = entityManager;
        this.auditTrail = auditTrail;
        this.businessDay = businessDay;
        this.events = events;
        this.roundTrips = roundTrips;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void decide(long orderId, boolean confirm, String note) {
        RechargeOrder order = orders.findById(orderId).orElseThrow(() -> new BusinessRuleException("recharge.notFound"));
        if (order.getMethod() != RechargeMethod.BANK_REMITTANCE) {
            throw new BusinessRuleException("recharge.notFound");
        }
        String noted = note == null || note.isBlank() ? null : note.strip();
        // Said before the command runs: its journal posting and the order's history both give the reason.
        auditTrail.because(noted == null
                ? Message.of(confirm ? "audit.reason.remittanceConfirmed" : "audit.reason.remittanceRejected")
                : Message.of(confirm ? "audit.reason.remittanceConfirmedNoted" : "audit.reason.remittanceRejectedNoted", noted));
        commands.runHere(new Decision(order, confirm, note == null ? null : note.strip()));
        if (confirm) {
            RoundTrip writes = roundTrips.start();
            events.publishEvent(new WalletsRecharged(List.of(new WalletRecharged(order.getAccountId(), order.amount())), writes));
            writes.send();
        }
    }

    /** How the order ended. */
    record Decided(RechargeStatus status) implements MoneyCommand.Result {

        @Override
        public String stored() {
            return status.name();
        }
    }

    private final class Decision implements MoneyCommand<Decided> {

        private final RechargeOrder order;
        private final boolean confirm;
        private final String note;

        Decision(RechargeOrder order, boolean confirm, String note) {
            this.order = order;
            this.confirm = confirm;
            this.note = note;
        }

        @Override
        public long accountId() {
            return order.getAccountId();
        }

        @Override
        public String idempotencyKey() {
            return null;
        }

        @Override
        public String name() {
            return "REMITTANCE_DECISION";
        }

        @Override
        public Object[] parameters() {
            return new Object[] {order.getId(), confirm, note};
        }

        @Override
        public Decided decide(Books books, Provenance by) {
            entityManager.refresh(order, LockModeType.PESSIMISTIC_WRITE);
            if (!order.isPending()) {
                throw new BusinessRuleException("recharge.alreadyDecided", order.getStatus());
            }
            if (confirm) {
                books.post(new JournalTransaction(order.getAccountId(), MovementKind.RECHARGE,
                        Message.of("journal.bankRemittance", order.getBankReference()).stored(), books.now(), businessDay.today(), by)
                        .entry(LedgerAccount.PAYMENT_CLEARING, order.amount().negate())
                        .cash(order.amount(), false));
            }
            order.complete(confirm ? RechargeStatus.SUCCEEDED : RechargeStatus.REJECTED, note, clock.instant());
            return new Decided(order.getStatus());
        }

        @Override
        public Decided replayed(String stored) {
            return new Decided(RechargeStatus.valueOf(stored));
        }
    }
}
