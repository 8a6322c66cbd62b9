package org.billingcenter.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.billingcenter.tenant.Payments.Provider;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.RechargeMethod;
import org.billingcenter.tenant.TenantFileException;
import org.billingcenter.tenant.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which payment providers each tenant offers here: those its file lists whose secrets are all set,
 * and the simulated one first where it exists (a development tool). Checked once at start-up: where
 * the simulated provider is off (production), a tenant offering online payment without a real
 * provider, or naming a provider whose secrets are not set, stops start-up with the file and the
 * field at fault; with it on, such a provider is only left out, with a warning.
 */
@Component
class PaymentProviders {

    private static final Logger log = LoggerFactory.getLogger(PaymentProviders.class);
    static final String SIMULATED = "simulated";

    private final Map<String, PaymentGateway> byId;
    private final Map<String, List<PaymentGateway>> offered;

    PaymentProviders(List<PaymentGateway> gateways, TenantRegistry tenants) {
        this.byId = gateways.stream().collect(Collectors.toMap(PaymentGateway::provider, Function.identity()));
        this.offered = tenants.all().stream().collect(Collectors.toMap(TenantDefinition::id,
                tenant -> check(tenant, tenants)));
    }

    private List<PaymentGateway> check(TenantDefinition tenant, TenantRegistry tenants) {
        boolean simulated = byId.containsKey(SIMULATED);
        List<PaymentGateway> usable = new ArrayList<>();
        if (simulated) {
            usable.add(byId.get(SIMULATED));
        }
        for (Provider provider : tenant.payments().providers()) {
            PaymentGateway gateway = byId.get(provider.id());
            List<String> missing = gateway == null ? List.of("an adapter for " + provider.id()) : gateway.missingSettings(tenant);
            if (missing.isEmpty()) {
                usable.add(gateway);
            } else if (simulated) {
                log.warn("Tenant {} offers {}, but {} is not set: left out while the simulated provider stands in", tenant.id(),
                        provider.id(), String.join(", ", missing));
            } else {
                throw new TenantFileException(tenants.fileOf(tenant.id()), "payments." + provider.id(),
                        "names settings that are not set in the environment: " + String.join(", ", missing));
            }
        }
        if (usable.isEmpty() && tenant.rechargeMethods().contains(RechargeMethod.ONLINE_PAYMENT)) {
            throw new TenantFileException(tenants.fileOf(tenant.id()), "payments.providers",
                    "names no real payment provider, yet recharge-methods offers ONLINE_PAYMENT"
                            + " (the simulated provider is off here: billing.payments.simulated.enabled)");
        }
        return List.copyOf(usable);
    }

    /** The providers the tenant offers, the default first. */
    List<PaymentGateway> offeredAt(TenantDefinition tenant) {
        return offered.getOrDefault(tenant.id(), List.of());
    }

    Optional<PaymentGateway> offered(TenantDefinition tenant, String provider) {
        return offeredAt(tenant).stream().filter(gateway -> gateway.provider().equals(provider)).findFirst();
    }

    /** The gateway an order was opened with, whether or not the tenant still offers it. */
    Optional<PaymentGateway> byId(String provider) {
        return Optional.ofNullable(byId.get(provider));
    }
}
