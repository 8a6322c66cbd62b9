package org.billingcenter.wallet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.billingcenter.audit.Provenance;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.persistence.RoundTrip;
import org.billingcenter.shared.persistence.RoundTrips;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Settles payment callbacks in batches ({@link GroupCommit}): the batch's recharge orders are
 * found and locked in one statement, each callback is decided on them, and the cash it brings in,
 * the orders' ends and what listeners of {@link WalletsRecharged} add are written in one request.
 * A callback needs no idempotency key: an order completes once, so a repeat finds it finished.
 * Not transactional itself: a transaction proxy around each call of a batch cost more of the
 * JVM's time than any statement of it.
 */
@Component
class PaymentSettlement {

    private static final Logger log = LoggerFactory.getLogger(PaymentSettlement.class);
    /** The group-commit lane of payment callbacks (its number of batches in flight is set under this name). */
    static final String LANE = "payment-callback";

    private final GroupCommit groupCommit;
    private final Bookkeeper bookkeeper;
    private final CallbackOrders callbackOrders;
    private final RoundTrips roundTrips;
    private final BusinessDay businessDay;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentSettlement(GroupCommit groupCommit, Bookkeeper bookkeeper, CallbackOrders callbackOrders, RoundTrips roundTrips,
            BusinessDay businessDay, ApplicationEventPublisher events, Clock clock) {
        this.groupCommit = groupCommit;
        this.bookkeeper = bookkeeper;
        this.callbackOrders = callbackOrders;
        this.roundTrips = roundTrips;
        this.businessDay = businessDay;
        this.events = events;
        this.clock = clock;
    }

    /** True if the callback finished its order; repeats, late pending notices and outcomes for finished orders change nothing. */
    boolean settle(PaymentCallback callback) {
        return groupCommit.submit(LANE, this::settleAll, callback);
    }

    /** A batch's decisions: the orders still pending, and what becomes of them. */
    private record Decided(Map<Long, CallbackOrders.Pending> pending, List<CallbackOrders.Completion> completed,
            List<WalletRecharged> recharged) {
    }

    private List<Outcome<Boolean>> settleAll(Commands<PaymentCallback> callbacks) {
        // Decided on the orders as committed now, locked until the batch commits; their wallets only take cash in.
        Instant now = clock.instant();
        CallbackOrders.Named orders = callbackOrders.lock(callbacks.stream().map(PaymentCallback::reference).distinct().toList(), now);
        Map<String, PaymentReference> found = orders.byReference();
        Map<Long, Books> books = orders.books();
        LocalDate today = businessDay.today();
        Decided decided = new Decided(orders.pending(), new ArrayList<>(), new ArrayList<>());
        List<Outcome<Boolean>> outcomes = callbacks.decideEach((callback, by) -> {
            PaymentReference order = found.get(callback.reference());
            if (order == null) {
                log.warn("Payment callback for unknown reference {}", callback.reference());
                return false;
            }
            return settle(callback, by, order.orderId(), books.get(order.accountId()), now, today, decided);
        });
        RoundTrip writes = roundTrips.start();
        bookkeeper.write(books.values(), writes);
        callbackOrders.complete(decided.completed(), now, writes);
        if (!decided.recharged().isEmpty()) {
            events.publishEvent(new WalletsRecharged(decided.recharged(), writes));
        }
        writes.send();
        return outcomes;
    }

    /** True if the callback finished its order; a finished order leaves the pending ones, so a repeat in the batch does nothing. */
    private static boolean settle(PaymentCallback callback, Provenance by, long orderId, Books books, Instant now, LocalDate today,
            Decided decided) {
        CallbackOrders.Pending order = decided.pending().get(orderId);
        if (order == null || callback.outcome() == PaymentCallback.Outcome.PENDING) {
            return false;
        }
        decided.pending().remove(orderId);
        if (callback.outcome() == PaymentCallback.Outcome.SUCCEEDED && order.amount().equals(callback.amount())) {
            Money amount = order.amount();
            books.post(new JournalTransaction(order.accountId(), MovementKind.RECHARGE,
                    Message.of("journal.onlinePayment", callback.reference()).stored(), now, today, by)
                    .entry(LedgerAccount.PAYMENT_CLEARING, amount.negate())
                    .cash(amount, false));
            decided.completed().add(new CallbackOrders.Completion(order.orderId(), RechargeStatus.SUCCEEDED, null));
            decided.recharged().add(new WalletRecharged(order.accountId(), amount));
        } else {
            String note = callback.outcome() == PaymentCallback.Outcome.FAILED ? "Payment failed" : "Amount paid differs";
            decided.completed().add(new CallbackOrders.Completion(order.orderId(), RechargeStatus.FAILED, note));
        }
        return true;
    }
}
