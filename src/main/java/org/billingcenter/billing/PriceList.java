package org.billingcenter.billing;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.Aggregation;
import org.billingcenter.tenant.TenantDefinition.BillingItem;
import org.billingcenter.tenant.TenantDefinition.Price;

/**
 * The tenant's prices as rating applies them. A workspace's retention choice picks, per item, the
 * longest retention tier not above the choice; with no choice (or one below every tier) the
 * shortest tier, which is the cheapest. Items offering one tier always use it.
 */
final class PriceList {

    /** The price that applies to one item in one site for one retention choice. */
    record Rate(BillingItem item, int retentionDays, BigDecimal unitPrice) {

        /** The day's billable quantity: the sum of its hours, or its largest hour for gauges. */
        BigDecimal quantity(BigDecimal sum, BigDecimal dailyMax) {
            return item.aggregation() == Aggregation.DAILY_MAX ? dailyMax : sum;
        }
    }

    private PriceList() {
    }

    static Optional<Rate> rate(TenantDefinition tenant, String itemCode, String siteId, Integer retentionChoice) {
        Optional<BillingItem> item = tenant.priceList().stream().filter(i -> i.code().equals(itemCode)).findFirst();
        if (item.isEmpty()) {
            return Optional.empty();
        }
        List<Price> tiers = item.get().prices().stream().filter(p -> p.site().equals(siteId))
                .sorted(Comparator.comparingInt(Price::retentionDays)).toList();
        if (tiers.isEmpty()) {
            return Optional.empty();
        }
        Price chosen = tiers.getFirst();
        if (retentionChoice != null) {
            for (Price tier : tiers) {
                if (tier.retentionDays() <= retentionChoice) {
                    chosen = tier;
                }
            }
        }
        return Optional.of(new Rate(item.get(), chosen.retentionDays(), chosen.unitPrice()));
    }
}
