package org.billingcenter.wallet;

import java.util.List;

/**
 * Published once for the recharges that committed together (payment callbacks settled in one
 * batch), so what follows a recharge is done once per batch rather than once per payment.
 */
public record WalletsRecharged(List<WalletRecharged> recharges) {

    public WalletsRecharged {
        recharges = List.copyOf(recharges);
    }

    /** The accounts whose cash is no longer negative after their last recharge of the batch. */
    public List<Long> accountsOutOfArrears() {
        java.util.Map<Long, WalletRecharged> last = new java.util.LinkedHashMap<>();
        recharges.forEach(recharge -> last.put(recharge.accountId(), recharge));
        return last.values().stream().filter(recharge -> !recharge.cashAfter().isNegative()).map(WalletRecharged::accountId).toList();
    }
}
