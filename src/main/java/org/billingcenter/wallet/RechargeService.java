package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.persistence.LikePattern;
import org.billingcenter.account.EmailConfirmationService;
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

    private final MoneyCommands commands;
    private final RechargeOrderRepository orders;
    private final PaymentProviders providers;
    private final ObjectProvider<SimulatedPaymentGateway> simulated;
    private final PortalAddress portalAddress;
    private final TenantRegistry tenants;
    private final PaymentSettlement settlement;
    private final RemittanceDecisions remittances;
    private final EmailConfirmationService confirmations;
    private final Clock clock;

    RechargeService(MoneyCommands commands, RechargeOrderRepository orders, PaymentProviders providers,
            ObjectProvider<SimulatedPaymentGateway> simulated, PortalAddress portalAddress, TenantRegistry tenants,
            PaymentSettlement settlement, RemittanceDecisions remittances, EmailConfirmationService confirmations, Clock clock) {
        this.commands = commands;
        this.orders = orders;
        this.providers = providers;
        this.simulated = simulated;
        this.portalAddress = portalAddress;
        this.tenants = tenants;
        this.settlement = settlement;
        this.remittances = remittances;
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
        long orderId = commands.runHere(MoneyCommand.of(CurrentUser.requireAccountId(), idempotencyKey, "ONLINE_RECHARGE",
                new Object[] {money, provider}, (books, by) -> {
                    RechargeOrder order = orders.save(RechargeOrder.online(books.accountId(), provider, money, clock.instant()));
                    String reference = OrderReference.next(order.getId());
                    order.awaitGateway(reference, gateway.open(new PaymentGateway.PaymentRequest(tenant, order.getId(), reference, money,
                            portalAddress.of(tenant, "wallet"), portalAddress.of(tenant, "api/payments/" + provider + "/webhook"))).link());
                    return new NewOrder(order.getId());
                }, NewOrder::read)).orderId();
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
     * Callbacks that arrive together share one database transaction ({@link PaymentSettlement}). Not
     * transactional itself: a transaction proxy around each call of a batch costs more than its statements.
     */
    public void onPaymentCallback(PaymentCallback callback) {
        SimulatedPaymentGateway signer = simulated.getIfAvailable();
        if (signer == null || !signer.isAuthentic(callback) || !callback.tenantId().equals(TenantContext.require())) {
            log.warn("Refused a payment callback that is not authentic: {}", callback.reference());
            throw new BusinessRuleException("recharge.callbackNotAuthentic");
        }
        settlement.settle(callback);
    }

    /**
     * A provider's word whose webhook signature the provider's adapter has already checked: settled
     * like any callback. True if it finished its order.
     */
    boolean onVerifiedPayment(PaymentCallback callback) {
        if (!callback.tenantId().equals(TenantContext.require())) {
            throw new IllegalStateException("A payment notification of tenant " + callback.tenantId() + " at another tenant");
        }
        return settlement.settle(callback);
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
        return commands.runHere(MoneyCommand.of(CurrentUser.requireAccountId(), idempotencyKey, "REMITTANCE",
                new Object[] {money, payerName, bankSays == null ? "" : bankSays},
                (books, by) -> new NewOrder(orders.save(RechargeOrder.remittance(books.accountId(), money, payerName.strip(), bankSays,
                        clock.instant())).getId()), NewOrder::read)).orderId();
    }

    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional
    public void confirmRemittance(long orderId, String note) {
        remittances.decide(orderId, true, note);
    }

    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional
    public void rejectRemittance(long orderId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("wallet.reasonRequired");
        }
        remittances.decide(orderId, false, reason);
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
