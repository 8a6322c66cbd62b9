package org.billingcenter.wallet;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.billingcenter.tenant.TenantDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * A payment provider that behaves like a real one, for development and tests: payments open
 * pending, the customer decides on a checkout page, and the outcome comes back later on another
 * thread as signed callbacks — a stale "pending" notice after the outcome, and the outcome twice,
 * as real providers do.
 */
@Component
@ConditionalOnProperty(name = "billing.payments.simulated.enabled", havingValue = "true")
public class SimulatedPaymentGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(SimulatedPaymentGateway.class);
    public static final String CHECKOUT_PATH = "pay/simulated/";

    private record OpenPayment(String tenantId, Money amount) {
    }

    private final Map<String, OpenPayment> open = new ConcurrentHashMap<>();
    private final byte[] secret = new byte[32];
    /** A MAC keyed with the secret, one per thread (a Mac is not thread-safe, and looking one up costs more than signing). */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::keyedMac);
    private final TaskScheduler scheduler;
    private final ObjectProvider<RechargeService> recharges;
    private final ObjectProvider<PaymentPurposes> purposes;

    SimulatedPaymentGateway(TaskScheduler scheduler, ObjectProvider<RechargeService> recharges, ObjectProvider<PaymentPurposes> purposes) {
        new SecureRandom().nextBytes(secret);
        this.scheduler = scheduler;
        this.recharges = recharges;
        this.purposes = purposes;
    }

    @Override
    public String provider() {
        return PaymentProviders.SIMULATED;
    }

    @Override
    public List<String> missingSettings(TenantDefinition tenant) {
        return List.of();
    }

    @Override
    public GatewayPayment open(PaymentRequest request) {
        open.put(request.reference(), new OpenPayment(request.tenant().id(), request.amount()));
        return new GatewayPayment(null);
    }

    @Override
    public String checkoutUrl(String reference, String link) {
        return CHECKOUT_PATH + reference;
    }

    /** Its callbacks come in-process ({@link #deliver}), never by webhook. */
    @Override
    public Notification verify(TenantDefinition tenant, WebhookRequest request) {
        throw new NotAuthentic("The simulated provider sends no webhooks");
    }

    /** The amount due, for a payment opened at the current tenant only: a checkout link opened at another tenant's host shows nothing. */
    public Optional<Money> amountOf(String reference) {
        return Optional.ofNullable(open.get(reference)).filter(SimulatedPaymentGateway::ofCurrentTenant).map(OpenPayment::amount);
    }

    private static boolean ofCurrentTenant(OpenPayment payment) {
        return TenantContext.current().map(payment.tenantId()::equals).orElse(false);
    }

    /** The customer pays (or gives up) on the checkout page; the provider reports it shortly after. */
    public void decide(String reference, boolean paid, Duration delay) {
        OpenPayment payment = open.get(reference);
        if (payment == null || !ofCurrentTenant(payment) || !open.remove(reference, payment)) {
            return;
        }
        Outcome outcome = paid ? Outcome.SUCCEEDED : Outcome.FAILED;
        Instant first = Instant.now().plus(delay);
        for (var delivery : List.of(Map.entry(outcome, first), Map.entry(Outcome.PENDING, first.plusMillis(50)),
                Map.entry(outcome, first.plusMillis(120)))) {
            PaymentCallback callback = signed(new PaymentCallback(payment.tenantId(), reference, delivery.getKey(),
                    payment.amount(), UUID.randomUUID().toString(), null));
            scheduler.schedule(() -> deliver(callback), delivery.getValue());
        }
    }

    /** Delivers one callback now, on the calling thread (tests use it to replay storms of callbacks). */
    void deliver(PaymentCallback callback) {
        try {
            // Signed just now by this provider, so as good as a verified webhook for another purpose's payment.
            TenantContext.runAs(callback.tenantId(), () -> purposes.getObject().claiming(callback.reference())
                    .ifPresentOrElse(purpose -> purpose.settle(callback), () -> recharges.getObject().onPaymentCallback(callback)));
        } catch (RuntimeException e) {
            log.warn("Payment callback {} for {} failed: {}", callback.outcome(), callback.reference(), e.toString());
        }
    }

    PaymentCallback signed(PaymentCallback unsigned) {
        return new PaymentCallback(unsigned.tenantId(), unsigned.reference(), unsigned.outcome(), unsigned.amount(),
                unsigned.eventId(), hmac(unsigned.signedContent()));
    }

    /** Whether a callback really comes from this provider (its signature checks out). */
    public boolean isAuthentic(PaymentCallback callback) {
        return callback.signature() != null && MessageDigest.isEqual(
                hmac(callback.signedContent()).getBytes(StandardCharsets.US_ASCII),
                callback.signature().getBytes(StandardCharsets.US_ASCII));
    }

    private String hmac(String content) {
        return HexFormat.of().formatHex(macs.get().doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac keyedMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
