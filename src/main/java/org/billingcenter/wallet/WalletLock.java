package org.billingcenter.wallet;

import org.billingcenter.shared.error.BusinessRuleException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Serialises the money commands of one account; see {@link WalletRepository#lockByAccountId}. */
@Component
class WalletLock {

    private final WalletRepository wallets;

    WalletLock(WalletRepository wallets) {
        this.wallets = wallets;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Wallet lock(long accountId) {
        return wallets.lockByAccountId(accountId).orElseThrow(() -> new BusinessRuleException("wallet.notFound"));
    }
}
