package org.billingcenter.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.money.MoneyFormat;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.wallet.WalletService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells an account when a day's charges bring its cash low (below three days of that spend) or
 * use it up (the charges went into arrears) — once, on the day it happens, not every day after.
 */
@Component
class BalanceWarnings {

    static final String LOW = "BALANCE_LOW";
    static final String ARREARS = "ARREARS";
    private static final BigDecimal DAYS_OF_COVER = BigDecimal.valueOf(3);

    private final WalletService wallets;
    private final Notifications notifications;
    private final TransactionTemplate transaction;

    BalanceWarnings(WalletService wallets, Notifications notifications, PlatformTransactionManager transactions) {
        this.wallets = wallets;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactions);
    }

    void afterCharges(TenantDefinition tenant, LocalDate day, Map<Long, List<ChargeRecord>> charges, Set<Long> alreadyOwing) {
        if (charges.isEmpty()) {
            return;
        }
        Map<Long, Money> cash = wallets.cashBalances(charges.keySet());
        transaction.executeWithoutResult(status -> charges.forEach((account, records) -> {
            BigDecimal spent = records.stream().map(ChargeRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal owed = records.stream().map(ChargeRecord::arrears).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal cashPaid = records.stream().map(ChargeRecord::cashPaid).reduce(BigDecimal.ZERO, BigDecimal::add);
            Money after = cash.get(account);
            if (after == null) {
                return;
            }
            if (owed.signum() > 0) {
                if (!alreadyOwing.contains(account)) {
                    notifications.notify(account, ARREARS, "Your balance is used up: the charges for " + day + " left "
                            + MoneyFormat.format(after.negate(), tenant.defaultLocale()) + " in arrears. Recharge to settle them.");
                }
                return;
            }
            BigDecimal threshold = spent.multiply(DAYS_OF_COVER);
            BigDecimal before = after.amount().add(cashPaid);
            if (after.amount().compareTo(threshold) < 0 && before.compareTo(threshold) >= 0) {
                notifications.notify(account, LOW, "Your cash balance is low: " + MoneyFormat.format(after, tenant.defaultLocale())
                        + " left, about " + (spent.signum() == 0 ? "0" : after.amount().divide(spent, 0, java.math.RoundingMode.DOWN))
                        + " days of spend at the rate of " + day + ". Recharge to keep your workspaces running.");
            }
        }));
    }
}
