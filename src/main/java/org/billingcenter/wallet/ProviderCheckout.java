package org.billingcenter.wallet;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Service;

/**
 * Opens payments of another feature's {@link PaymentPurpose} at the tenant's providers, the way
 * recharges are opened: the payer is sent to the provider, and only the provider's verified word
 * (its signed webhook) settles anything. WeChat Pay is left out: its QR page in this portal shows
 * recharge orders only.
 */
@Service
public class ProviderCheckout {

    private static final String WECHATPAY = "wechatpay";

    private final PaymentProviders providers;
    private final PortalAddress portalAddress;
    private final TenantRegistry tenants;

    ProviderCheckout(PaymentProviders providers, PortalAddress portalAddress, TenantRegistry tenants) {
        this.providers = providers;
        this.portalAddress = portalAddress;
        this.tenants = tenants;
    }

    /** The providers the current tenant takes such payments by, the default first. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    public List<String> providers() {
        return providers.offeredAt(tenants.current()).stream().map(PaymentGateway::provider)
                .filter(provider -> !provider.equals(WECHATPAY)).toList();
    }

    /**
     * Opens a payment of {@code amount} at {@code provider} for the purpose's record {@code id};
     * {@code returnPath} is where the provider sends the payer back to on this tenant's host.
     */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    public Opened open(PaymentPurpose purpose, String provider, long id, Money amount, String returnPath) {
        if (!providers().contains(provider)) {
            throw new BusinessRuleException("recharge.providerNotOffered");
        }
        char prefix = purpose.referencePrefix();
        if (prefix == 'R' || prefix < 'A' || prefix > 'Z') {
            throw new IllegalArgumentException("A payment purpose needs an upper-case letter other than R: " + prefix);
        }
        TenantDefinition tenant = tenants.current();
        PaymentGateway gateway = providers.offered(tenant, provider).orElseThrow();
        String reference = OrderReference.next(prefix, id);
        String link = gateway.open(new PaymentGateway.PaymentRequest(tenant, id, reference, amount, portalAddress.of(tenant, returnPath),
                portalAddress.of(tenant, "api/payments/" + provider + "/webhook"))).link();
        return new Opened(reference, gateway.checkoutUrl(reference, link));
    }

    /** The payment's reference at the provider, and where to send the payer. */
    public record Opened(String reference, String checkoutUrl) {
    }
}
