package org.billingcenter.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.billingcenter.account.AccountNotices;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.wallet.WalletService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells an account, in the portal and by e-mail, when a day's charges bring its cash below the
 * level its low-balance alert names (three days of that spend unless it chose otherwise) or use it
 * up (the charges went into arrears) — once, on the day it happens, not every day after.
 */
@Component
class BalanceWarnings {

    static final String LOW = "BALANCE_LOW";
    static final String ARREARS = "ARREARS";

    private final WalletService wallets;
    private final BalanceAlertService alerts;
    private final AccountNotices notices;
    private final TransactionTemplate transaction;

    BalanceWarnings(WalletService wallets, BalanceAlertService alerts, AccountNotices notices, PlatformTransactionManager transactions) {
        this.wallets = wallets;
        this.alerts = alerts;
        this.notices = notices;
        this.transaction = new TransactionTemplate(transactions);
    }

    void afterCharges(TenantDefinition tenant, LocalDate day, Map<Long, List<ChargeRecord>> charges, Set<Long> alreadyOwing) {
        if (charges.isEmpty()) {
            return;
        }
        Map<Long, Money> cash = wallets.cashBalances(charges.keySet());
        transaction.executeWithoutResult(status -> {
            Map<Long, BalanceAlert> chosen = alerts.alertsOf(charges.keySet());
            charges.forEach((account, records) -> {
                Money after = cash.get(account);
                if (after != null) {
                    warn(tenant, day, account, records, after, chosen.getOrDefault(account, BalanceAlert.DEFAULT), alreadyOwing);
                }
            });
        });
    }

    private void warn(TenantDefinition tenant, LocalDate day, long account, List<ChargeRecord> records, Money after,
            BalanceAlert alert, Set<Long> alreadyOwing) {
        BigDecimal spent = records.stream().map(ChargeRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal owed = records.stream().map(ChargeRecord::arrears).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cashPaid = records.stream().map(ChargeRecord::cashPaid).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (owed.signum() > 0) {
            if (!alreadyOwing.contains(account)) {
                notices.tell(account, ARREARS, Message.of("notice.balanceUsedUp.subject", tenant.brandName()),
                        Message.of("notice.balanceUsedUp.text", day, after.negate()));
            }
            return;
        }
        BigDecimal level = alert.level(spent);
        BigDecimal before = after.amount().add(cashPaid);
        if (after.amount().compareTo(level) < 0 && before.compareTo(level) >= 0) {
            String days = spent.signum() == 0 ? "0" : after.amount().divide(spent, 0, RoundingMode.DOWN).toPlainString();
            notices.tell(account, LOW, Message.of("notice.balanceLow.subject", tenant.brandName()),
                    Message.of("notice.balanceLow.text", after, days, day));
        }
    }
}
