package org.billingcenter.invoice;

import org.billingcenter.shared.money.Money;

/**
 * The cash balance of an account of the current tenant, as the wallet keeps it (the wallet
 * implements this; the invoice feature must not depend on it, the wallet already depends on this
 * feature for its invoiceable card purchases). An invoice is requested only while it is above zero.
 */
public interface AccountCash {

    Money balanceOf(long accountId);
}
