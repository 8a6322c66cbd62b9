package org.billingcenter.enterprise;

import org.billingcenter.shared.money.Money;

/** One department's share: its sites' own plan costs (direct) and its part of the shared costs. */
public record ChargebackRow(String department, long activeSites, Money direct, Money shared, Money total) {

    public boolean untagged() {
        return ChargebackService.UNTAGGED.equals(department);
    }
}
