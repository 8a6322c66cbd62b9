package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.persistence.LikePattern;
import org.billingcenter.shared.persistence.RoundTrip;
import org.billingcenter.shared.persistence.RoundTrips;
import org.billingcenter.account.EmailConfirmationService;
import org.billingcenter.audit.AuditTrail;
import org.billingcenter.audit.Provenance;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.RechargeMethod;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money coming in: online payments through the {@link PaymentGateway}, and bank remittances the
 * holder declares and an operator confirms. Cash credited while the balance is negative pays the
 * arrears first, simply by raising the balance towards zero.
 */
@Service
public class RechargeService {

    private static final Logger log = LoggerFactory.getLogger(RechargeService.class);
    /** The group-commit lane of payment callbacks (its number of batches in flight is set under this name). */
    static final String CALLBACK_LANE = "payment-callback";

    private final WalletLock walletLock;
    private final Idempotency idempotency;
    private final RechargeOrderRepository orders;
    private final Ledger ledger;
    private final PaymentProviders providers;
    private final ObjectProvider<SimulatedPaymentGateway> simulated;
    private final PortalAddress portalAddress;
    private final TenantRegistry tenants;
    private final BusinessDay businessDay;
    private final ApplicationEventPublisher events;
    private final AuditTrail auditTrail;
    private final EntityManager entityManager;
    private final GroupCommit groupCommit;
    private final Bookkeeper bookkeeper;
    private final CallbackOrders callbackOrders;
    private final RoundTrips roundTrips;
    private final EmailConfirmationService confirmations;
    private final Clock clock;

    RechargeService(WalletLock walletLock, Idempotency idempotency, RechargeOrderRepository orders, Ledger ledger,
            PaymentProviders providers, ObjectProvider<SimulatedPaymentGateway> simulated, PortalAddress portalAddress, TenantRegistry tenants, BusinessDay businessDay, ApplicationEventPublisher events,
            AuditTrail auditTrail, EntityManager entityManager, GroupCommit groupCommit, Bookkeeper bookkeeper,
            CallbackOrders callbackOrders, RoundTrips roundTrips, EmailConfirmationService confirmations, Clock clock) {
        this.walletLock = walletLock;
        this.idempotency = idempotency;
        this.orders = orders;
        this.ledger = ledger;
        this.providers = providers;
        this.simulated = simulated;
        this.portalAddress = portalAddress;
        this.tenants = tenants;
        this.businessDay = businessDay;
        this.events = events;
        this.auditTrail = auditTrail;
        this.entityManager = entityManager;
        this.groupCommit = groupCommit;
        this.bookkeeper = bookkeeper;
        this.callbackOrders = callbackOrders;
        this.roundTrips = roundTrips;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    /** Opens an online payment with the tenant's default provider; the holder completes it at the checkout address. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    @Transactional
    public RechargeStarted startOnlineRecharge(BigDecimal amount, String idempotencyKey) {
        List<String> offered = onlineProviders();
        return startOnlineRecharge(offered.isEmpty() ? "" : offered.getFirst(), amount, idempotencyKey);
    }

    /** Opens an online payment with one of the providers the tenant offers ({@link #onlineProviders}). */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    @Transactional
    public RechargeStarted startOnlineRecharge(String provider, BigDecimal amount, String idempotencyKey) {
        confirmations.requireConfirmedAccount();
        TenantDefinition tenant = tenants.current();
        Money money = checkedAmount(tenant, RechargeMethod.ONLINE_PAYMENT, amount);
        PaymentGateway gateway = providers.offered(tenant, provider)
                .orElseThrow(() -> new BusinessRuleException("recharge.providerNotOffered"));
        Wallet wallet = walletLock.lock(CurrentUser.requireAccountId());
        long orderId = Long.parseLong(idempotency.once(wallet, idempotencyKey, "ONLINE_RECHARGE", new Object[] {money, provider}, () -> {
            RechargeOrder order = orders.save(RechargeOrder.online(wallet.getAccountId(), provider, money, clock.instant()));
            String reference = OrderReference.next(order.getId());
            order.awaitGateway(reference, gateway.open(new PaymentGateway.PaymentRequest(tenant, order.getId(), reference, money,
                    portalAddress.of(tenant, "wallet"), portalAddress.of(tenant, "api/payments/" + provider + "/webhook"))).link());
            return String.valueOf(order.getId());
        }));
        RechargeOrder order = orders.findById(orderId).orElseThrow();
        PaymentGateway openedWith = providers.byId(order.getProvider()).orElseThrow();
        return new RechargeStarted(orderId, openedWith.checkoutUrl(order.getGatewayReference(), order.getProviderLink()));
    }

    /** The ids of the online payment providers the current tenant offers, the default first. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    public List<String> onlineProviders() {
        return providers.offeredAt(tenants.current()).stream().map(PaymentGateway::provider).toList();
    }

    /** An online payment of the holder's own account still awaiting the provider, for a checkout page in this portal. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    @Transactional(readOnly = true)
    public java.util.Optional<PaymentToFinish> paymentToFinish(String provider, String reference) {
        long accountId = CurrentUser.requireAccountId();
        return orders.findByGatewayReference(reference)
                .filter(order -> order.getAccountId() == accountId && order.isPending() && order.getProvider().equals(provider))
                .map(order -> new PaymentToFinish(order.amount(), order.getProviderLink()));
    }

    /** What the payer still has to pay, and the provider's link to pay it by. */
    public record PaymentToFinish(Money amount, String link) {
    }

    /**
     * The provider's word on a payment. Not a user's call: it is trusted only if its signature
     * checks out. Repeats, late pending notices and outcomes for finished orders change nothing.
     * Callbacks that arrive together share one database transaction; see {@link GroupCommit}. Not
     * transactional itself (nor are the batch's helpers): a transaction proxy around each of the
     * many calls of a batch cost more of the JVM's time than any statement of it.
     */
    public void onPaymentCallback(PaymentCallback callback) {
        SimulatedPaymentGateway signer = simulated.getIfAvailable();
        if (signer == null || !signer.isAuthentic(callback) || !callback.tenantId().equals(TenantContext.require())) {
            log.warn("Refused a payment callback that is not authentic: {}", callback.reference());
            throw new BusinessRuleException("recharge.callbackNotAuthentic");
        }
        groupCommit.submit(CALLBACK_LANE, this::settleAll, callback);
    }

    /**
     * A provider's word whose webhook signature the provider's adapter has already checked: settled
     * like any callback. True if it finished its order.
     */
    boolean onVerifiedPayment(PaymentCallback callback) {
        if (!callback.tenantId().equals(TenantContext.require())) {
            throw new IllegalStateException("A payment notification of tenant " + callback.tenantId() + " at another tenant");
        }
        return groupCommit.submit(CALLBACK_LANE, this::settleAll, callback);
    }

    private List<Outcome<Boolean>> settleAll(Commands<PaymentCallback> callbacks) {
        // Decided on the orders as committed now, locked until the batch commits; their wallets only take cash in.
        Instant now = clock.instant();
        CallbackOrders.Named orders = callbackOrders.lock(callbacks.stream().map(PaymentCallback::reference).distinct().toList(), now);
        Map<String, PaymentReference> found = orders.byReference();
        Map<Long, CallbackOrders.Pending> pending = orders.pending();
        Map<Long, Books> books = orders.books();
        LocalDate today = businessDay.today();
        List<CallbackOrders.Completion> completed = new ArrayList<>();
        List<WalletRecharged> recharged = new ArrayList<>();
        List<Outcome<Boolean>> outcomes = callbacks.decideEach((callback, by) -> {
            PaymentReference order = found.get(callback.reference());
            if (order == null) {
                log.warn("Payment callback for unknown reference {}", callback.reference());
                return false;
            }
            return settle(callback, by, order.orderId(), pending, books.get(order.accountId()), now, today, completed, recharged);
        });
        RoundTrip writes = roundTrips.start();
        bookkeeper.write(books.values(), writes);
        callbackOrders.complete(completed, now, writes);
        followUp(recharged, writes);
        writes.send();
        return outcomes;
    }

    /**
     * True if the callback finished its order; a finished order leaves {@code pending}, so a repeat in the batch does nothing.
     * The order's end goes to {@code completed}, a successful payment to {@code recharged}: both are written, and followed up,
     * for the whole batch once it is decided.
     */
    private boolean settle(PaymentCallback callback, Provenance by, long orderId, Map<Long, CallbackOrders.Pending> pending, Books books, Instant now,
            LocalDate today, List<CallbackOrders.Completion> completed, List<WalletRecharged> recharged) {
        CallbackOrders.Pending order = pending.get(orderId);
        if (order == null || callback.outcome() == PaymentCallback.Outcome.PENDING) {
            return false;
        }
        pending.remove(orderId);
        if (callback.outcome() == PaymentCallback.Outcome.SUCCEEDED && order.amount().equals(callback.amount())) {
            Money amount = order.amount();
            books.post(new JournalTransaction(order.accountId(), MovementKind.RECHARGE, Message.of("journal.onlinePayment", callback.reference()).stored(),
                    now, today, by)
                    .entry(LedgerAccount.PAYMENT_CLEARING, amount.negate())
                    .cash(amount, false));
            completed.add(new CallbackOrders.Completion(order.orderId(), RechargeStatus.SUCCEEDED, null));
            recharged.add(new WalletRecharged(order.accountId(), amount));
        } else {
            String note = callback.outcome() == PaymentCallback.Outcome.FAILED ? "Payment failed" : "Amount paid differs";
            completed.add(new CallbackOrders.Completion(order.orderId(), RechargeStatus.FAILED, note));
        }
        return true;
    }

    /**
     * The holder declares a bank transfer; it counts once an operator has seen the money arrive. The
     * payer quotes the order's {@link RemittanceReference} on the transfer; the bank's own reference
     * is optional, as the holder may declare before sending.
     */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    @Transactional
    public long recordRemittance(BigDecimal amount, String payerName, String bankReference, String idempotencyKey) {
        confirmations.requireConfirmedAccount();
        TenantDefinition tenant = tenants.current();
        Money money = checkedAmount(tenant, RechargeMethod.BANK_REMITTANCE, amount);
        if (payerName == null || payerName.isBlank()) {
            throw new BusinessRuleException("recharge.remittanceDetailsRequired");
        }
        String bankSays = bankReference == null || bankReference.isBlank() ? null : bankReference.strip();
        Wallet wallet = walletLock.lock(CurrentUser.requireAccountId());
        return Long.parseLong(idempotency.once(wallet, idempotencyKey, "REMITTANCE",
                new Object[] {money, payerName, bankSays == null ? "" : bankSays},
                () -> String.valueOf(orders.save(RechargeOrder.remittance(wallet.getAccountId(), money, payerName.strip(),
                        bankSays, clock.instant())).getId())));
    }

    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional
    public void confirmRemittance(long orderId, String note) {
        decide(orderId, true, note);
    }

    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional
    public void rejectRemittance(long orderId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("wallet.reasonRequired");
        }
        decide(orderId, false, reason);
    }

    private void decide(long orderId, boolean confirm, String note) {
        RechargeOrder order = orders.findById(orderId).orElseThrow(() -> new BusinessRuleException("recharge.notFound"));
        if (order.getMethod() != RechargeMethod.BANK_REMITTANCE) {
            throw new BusinessRuleException("recharge.notFound");
        }
        Wallet wallet = walletLock.lock(order.getAccountId());
        entityManager.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        if (!order.isPending()) {
            throw new BusinessRuleException("recharge.alreadyDecided", order.getStatus());
        }
        String reason = (confirm ? "Remittance confirmed" : "Remittance rejected") + (note == null || note.isBlank() ? "" : ": " + note.strip());
        auditTrail.because(reason);
        if (confirm) {
            credit(wallet, order, Message.of("journal.bankRemittance", order.getBankReference()).stored());
        }
        order.complete(confirm ? RechargeStatus.SUCCEEDED : RechargeStatus.REJECTED, note == null ? null : note.strip(),
                clock.instant());
    }

    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public Page<Recharge> remittancesAwaitingDecision(Pageable page) {
        return remittancesAwaitingDecision(null, page);
    }

    /**
     * The same, narrowed to those whose payer name or bank reference contains {@code search} (any
     * case), or whose remittance reference it is.
     */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public Page<Recharge> remittancesAwaitingDecision(String search, Pageable page) {
        String pattern = search == null || search.isBlank() ? null
                : LikePattern.containing(search.strip().toLowerCase(Locale.ROOT));
        Long referenced = RemittanceReference.orderIdOf(search).orElse(null);
        return orders.awaitingDecision(RechargeMethod.BANK_REMITTANCE, RechargeStatus.PENDING, pattern, referenced, page)
                .map(Recharge::of);
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public Page<Recharge> myRecharges(Pageable page) {
        return orders.findByAccountIdOrderByCreatedAtDesc(CurrentUser.requireAccountId(), page).map(Recharge::of);
    }

    private void credit(Wallet wallet, RechargeOrder order, String description) {
        Money amount = order.amount();
        ledger.post(wallet, new JournalTransaction(order.getAccountId(), MovementKind.RECHARGE, description,
                clock.instant(), businessDay.today(), Provenance.ofCaller())
                .entry(LedgerAccount.PAYMENT_CLEARING, amount.negate())
                .cash(amount, false));
        RoundTrip read = roundTrips.start();
        followUp(List.of(new WalletRecharged(order.getAccountId(), amount)), read);
        read.send();
    }

    /** Tells the listeners of money that arrived; what they add to {@code writes} runs when it is sent. */
    private void followUp(List<WalletRecharged> recharged, RoundTrip writes) {
        if (!recharged.isEmpty()) {
            events.publishEvent(new WalletsRecharged(recharged, writes));
        }
    }

    private static Money checkedAmount(TenantDefinition tenant, RechargeMethod method, BigDecimal amount) {
        if (!tenant.rechargeMethods().contains(method)) {
            throw new BusinessRuleException("recharge.methodNotOffered");
        }
        Money money = MoneyRules.parsePositive(amount, tenant.currency());
        MoneyRules.requireWithin(money, tenant.recharge().minimum(), tenant.recharge().maximum());
        return money;
    }

    /** Where to send the holder to pay. */
    public record RechargeStarted(long orderId, String checkoutUrl) {
    }
}
