package org.billingcenter.billing;

import java.time.YearMonth;

/**
 * What the staff look for among the tenant's issued bills: a month (or every month) and an
 * account, by its number or a part of its name (or every account).
 */
public record BillQuery(YearMonth period, String account) {

    public static BillQuery all() {
        return new BillQuery(null, null);
    }

    boolean hasAccount() {
        return account != null && !account.isBlank();
    }
}
