package org.billingcenter.wallet;

import org.billingcenter.invoice.AccountCash;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the invoice feature the account's cash balance (negative: in arrears). */
@Component
@Transactional(readOnly = true)
class CashForInvoices implements AccountCash {

    private final WalletRepository wallets;
    private final TenantRegistry tenants;

    CashForInvoices(WalletRepository wallets, TenantRegistry tenants) {
        this.wallets = wallets;
        this.tenants = tenants;
    }

    @Override
    public Money balanceOf(long accountId) {
        return wallets.findByAccountId(accountId).map(Wallet::cash).orElseGet(() -> Money.zero(tenants.current().currency()));
    }
}
