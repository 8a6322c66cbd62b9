package org.billingcenter.wallet;

import org.billingcenter.wallet.PaymentGateway.PaymentCallback;

/**
 * Money another feature takes through the tenant's payment providers (a contract invoice paid
 * online), rather than into a wallet. Its payments are opened by {@link ProviderCheckout}, and the
 * providers' verified word on them comes back here instead of to the recharge orders.
 */
public interface PaymentPurpose {

    /** The upper-case letter this purpose's references begin with; recharge orders' begin with R. */
    char referencePrefix();

    /**
     * The provider's word on one of this purpose's payments, already verified and inside its tenant.
     * It may come late, repeatedly and at once on several threads: only the first outcome of a
     * payment may change anything. True if it settled the payment.
     */
    boolean settle(PaymentCallback callback);
}
