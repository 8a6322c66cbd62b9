package org.billingcenter.tenant;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.billingcenter.tenant.TenantDefinition.FundingSource;
import org.billingcenter.tenant.TenantDefinition.SettlementMethod;

/**
 * A capability a tenant offers or not. Each one knows how to read itself from what a tenant file
 * already declares (account kinds, settlement methods, price list, deduction order), so a file
 * without a {@code features:} list gets exactly the screens its business implies; a file with one
 * gets that list and nothing else. A new capability is one more constant with its rule.
 */
public enum Feature {

    /** Usage intake, daily charges, monthly bills and consumption details: needs a price list to rate with. */
    PAY_AS_YOU_GO(t -> t.offers(AccountKind.STANDARD) && !t.priceList().isEmpty()),
    /** Workspaces per site, each with its settlement method. */
    WORKSPACES(t -> t.offers(AccountKind.STANDARD)),
    /** Settling workspaces through a cloud marketplace account, and binding those accounts. */
    CLOUD_SETTLEMENT(t -> t.settlementMethods().stream().anyMatch(m -> m != SettlementMethod.BILLING_CENTER)),
    VOUCHERS(t -> t.deductionOrder().contains(FundingSource.ORDINARY_VOUCHER)
            || t.deductionOrder().contains(FundingSource.FULL_REDUCTION_VOUCHER)),
    STORED_VALUE_CARDS(t -> t.deductionOrder().contains(FundingSource.STORED_VALUE_CARD)),
    /** Real-name verification of account holders, reviewed by the tenant's staff. */
    IDENTITY_VERIFICATION(t -> t.offers(AccountKind.STANDARD)),
    /** Tax invoices requested for paid monthly bills. */
    TAX_INVOICES(t -> t.offers(AccountKind.STANDARD)),
    /** The enterprise billing centre: contracts, contract invoices, portfolio, chargebacks, spend. */
    ENTERPRISE_CONTRACTS(t -> t.offers(AccountKind.ENTERPRISE));

    private final Predicate<TenantDefinition> impliedBy;

    Feature(Predicate<TenantDefinition> impliedBy) {
        this.impliedBy = impliedBy;
    }

    /** What a tenant file implies when it names no features of its own. */
    static Set<Feature> impliedBy(TenantDefinition tenant) {
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        for (Feature feature : values()) {
            if (feature.impliedBy.test(tenant)) {
                features.add(feature);
            }
        }
        return features;
    }
}
