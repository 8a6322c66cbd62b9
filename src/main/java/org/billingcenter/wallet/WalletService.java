package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.account.AccountOpened;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account holder's wallet: balance and spend for the signed-in account, and the operator's
 * postings. Every posting goes through the {@link Ledger}.
 */
@Service
@Transactional
public class WalletService {

    private final WalletRepository wallets;
    private final JournalTransactionRepository journal;
    private final Ledger ledger;
    private final TenantRegistry tenants;
    private final Clock clock;

    WalletService(WalletRepository wallets, JournalTransactionRepository journal, Ledger ledger, TenantRegistry tenants,
            Clock clock) {
        this.wallets = wallets;
        this.journal = journal;
        this.ledger = ledger;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Every account gets its wallet in the transaction that opens it. */
    @EventListener
    void onAccountOpened(AccountOpened opened) {
        wallets.save(new Wallet(opened.accountId(), opened.currency(), clock.instant()));
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public WalletOverview overview() {
        Wallet wallet = walletOf(CurrentUser.requireAccountId());
        Money spent = monthToDate(wallet).stream().map(DailySpend::amount).reduce(Money.zero(wallet.getCurrency()), Money::plus);
        return new WalletOverview(wallet.cash(), spent);
    }

    /** Each day of the current month (in the tenant's time zone) up to today, with what it cost. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public List<DailySpend> monthToDateSpend() {
        return monthToDate(walletOf(CurrentUser.requireAccountId()));
    }

    private List<DailySpend> monthToDate(Wallet wallet) {
        LocalDate today = LocalDate.now(clock.withZone(tenants.current().timeZone()));
        LocalDate first = YearMonth.from(today).atDay(1);
        Map<LocalDate, BigDecimal> charged = journal
                .dailyTotals(wallet.getAccountId(), LedgerAccount.REVENUE, JournalTransaction.Kind.CHARGE, first, today)
                .stream().collect(Collectors.toMap(DailyTotal::day, DailyTotal::total));
        Currency currency = wallet.getCurrency();
        return first.datesUntil(today.plusDays(1))
                .map(day -> new DailySpend(day, money(charged.getOrDefault(day, BigDecimal.ZERO), currency)))
                .toList();
    }

    /** A goodwill credit or correction by the tenant's staff, with the reason on the audit trail. */
    @RolesAllowed(Role.Names.OPERATOR)
    public void grantCredit(long accountId, Money amount, String reason) {
        requirePositive(amount);
        Wallet wallet = walletOf(accountId);
        requireCurrency(wallet, amount);
        ledger.post(wallet, new JournalTransaction(accountId, JournalTransaction.Kind.ADJUSTMENT, reason, clock.instant(), today())
                .entry(LedgerAccount.ADJUSTMENTS, amount.negate())
                .entry(LedgerAccount.CUSTOMER_CASH, amount));
    }

    /**
     * Charges one day's consumption to the account's cash, going negative (arrears) when it runs
     * out. Funding lots and the tenant's deduction order come with the full deduction service.
     */
    @RolesAllowed(Role.Names.OPERATOR)
    public void chargeConsumption(long accountId, Money amount, String description, LocalDate usageDay) {
        requirePositive(amount);
        Wallet wallet = walletOf(accountId);
        requireCurrency(wallet, amount);
        ledger.post(wallet, new JournalTransaction(accountId, JournalTransaction.Kind.CHARGE, description, clock.instant(), usageDay)
                .entry(LedgerAccount.CUSTOMER_CASH, amount.negate())
                .entry(LedgerAccount.REVENUE, amount));
    }

    private Wallet walletOf(long accountId) {
        return wallets.findByAccountId(accountId).orElseThrow(() -> new BusinessRuleException("wallet.notFound"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(tenants.current().timeZone()));
    }

    private static void requirePositive(Money amount) {
        if (!amount.isPositive()) {
            throw new BusinessRuleException("money.mustBePositive");
        }
    }

    private static void requireCurrency(Wallet wallet, Money amount) {
        if (!wallet.getCurrency().equals(amount.currency())) {
            throw new BusinessRuleException("money.wrongCurrency", amount.currency().getCurrencyCode(),
                    wallet.getCurrency().getCurrencyCode());
        }
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return Money.of(amount.stripTrailingZeros(), currency);
    }

    /** Exposed for consistency checks: the cash balance as the journal alone says it is. */
    Money journalCash(long accountId) {
        Wallet wallet = walletOf(accountId);
        return money(journal.sumOf(accountId, LedgerAccount.CUSTOMER_CASH), wallet.getCurrency());
    }

}
