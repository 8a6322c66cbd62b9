package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Set;
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
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account holder's wallet: balance and spend for the signed-in account, and the operator's
 * postings. Every posting goes through the {@link Ledger}.
 */
@Service
public class WalletService {

    private final WalletRepository wallets;
    private final JournalTransactionRepository journal;
    private static final Set<LotKind> VOUCHERS = EnumSet.of(LotKind.ORDINARY_VOUCHER, LotKind.FULL_REDUCTION_VOUCHER);
    private static final Set<LotKind> CARDS = EnumSet.of(LotKind.STORED_VALUE_CARD);

    private final FundingLotRepository lots;
    private final MoneyCommands commands;
    private final TenantRegistry tenants;
    private final Clock clock;
    private final JournalReader reader;

    WalletService(WalletRepository wallets, JournalTransactionRepository journal, FundingLotRepository lots,
            MoneyCommands commands, TenantRegistry tenants, Clock clock, JournalReader reader) {
        this.wallets = wallets;
        this.journal = journal;
        this.reader = reader;
        this.lots = lots;
        this.commands = commands;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Every account gets its wallet in the transaction that opens it. */
    @EventListener
    @Transactional
    void onAccountOpened(AccountOpened opened) {
        wallets.save(new Wallet(opened.accountId(), opened.currency(), clock.instant()));
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public WalletOverview overview() {
        long accountId = CurrentUser.requireAccountId();
        JournalReader.WalletState wallet = stateOf(accountId);
        Money spent = monthToDate(accountId, wallet.currency()).stream().map(DailySpend::amount)
                .reduce(Money.zero(wallet.currency()), Money::plus);
        return new WalletOverview(wallet.cash(), wallet.vouchers(), wallet.cards(), spent);
    }

    /** Each day of the current month (in the tenant's time zone) up to today, with what it cost. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public List<DailySpend> monthToDateSpend() {
        long accountId = CurrentUser.requireAccountId();
        return monthToDate(accountId, stateOf(accountId).currency());
    }

    private List<DailySpend> monthToDate(long accountId, Currency currency) {
        LocalDate today = LocalDate.now(clock.withZone(tenants.current().timeZone()));
        LocalDate first = YearMonth.from(today).atDay(1);
        Map<LocalDate, BigDecimal> charged = reader.totalsSince(accountId, first).stream()
                .filter(total -> total.ledger() == LedgerAccount.REVENUE && total.kind() == MovementKind.CHARGE)
                .collect(Collectors.toMap(JournalReader.DayTotal::day, JournalReader.DayTotal::total, BigDecimal::add));
        return first.datesUntil(today.plusDays(1))
                .map(day -> new DailySpend(day, money(charged.getOrDefault(day, BigDecimal.ZERO), currency)))
                .toList();
    }

    /**
     * Income and expenditure: every movement of the account, newest first, filtered, a slice at a
     * time. Not counted: counting would read the whole history, and the list scrolls without it.
     */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public Slice<Movement> movements(MovementFilter filter, Pageable page) {
        long accountId = CurrentUser.requireAccountId();
        int size = page.isPaged() ? page.getPageSize() : Integer.MAX_VALUE - 1;
        List<Movement> rows = reader.movements(accountId, filter, page.isPaged() ? page.getOffset() : 0, size + 1);
        boolean more = rows.size() > size;
        return new SliceImpl<>(more ? rows.subList(0, size) : rows, page, more);
    }

    /** Voucher details or stored-value card details, by status (null for all), soonest expiry first. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public Page<Lot> lots(boolean cards, LotStatus status, Pageable page) {
        Sort soonestFirst = Sort.by("expiresAt", "id");
        Pageable sorted = page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize(), soonestFirst)
                : Pageable.unpaged(soonestFirst);
        return lots.listed(CurrentUser.requireAccountId(), cards ? CARDS : VOUCHERS, status, sorted).map(Lot::of);
    }

    /** End-of-day cash and lot balances for the last {@code days} business days, for the balance chart. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public List<DailyBalance> balanceHistory(int days) {
        long accountId = CurrentUser.requireAccountId();
        JournalReader.WalletState wallet = stateOf(accountId);
        LocalDate to = today();
        LocalDate from = to.minusDays(Math.max(days, 1) - 1L);
        // Today's balances (cached, each equal to its book of the journal) less what moved since the
        // window opened: the balances the window opens with, whatever the length of the history.
        List<JournalReader.DayTotal> moved = reader.totalsSince(accountId, from);
        Map<LocalDate, BigDecimal> cashByDay = byDay(moved, LedgerAccount.CUSTOMER_CASH);
        Map<LocalDate, BigDecimal> lotsByDay = byDay(moved, LedgerAccount.CUSTOMER_LOT);
        BigDecimal cash = cashByDay.values().stream().reduce(wallet.cash().amount(), BigDecimal::subtract);
        BigDecimal held = lotsByDay.values().stream().reduce(wallet.heldInLots().amount(), BigDecimal::subtract);
        List<DailyBalance> history = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            cash = cash.add(cashByDay.getOrDefault(day, BigDecimal.ZERO));
            held = held.add(lotsByDay.getOrDefault(day, BigDecimal.ZERO));
            history.add(new DailyBalance(day, money(cash, wallet.currency()), money(held, wallet.currency())));
        }
        return history;
    }

    private static Map<LocalDate, BigDecimal> byDay(List<JournalReader.DayTotal> totals, LedgerAccount ledger) {
        return totals.stream().filter(total -> total.ledger() == ledger)
                .collect(Collectors.toMap(JournalReader.DayTotal::day, JournalReader.DayTotal::total, BigDecimal::add));
    }

    /** The cash balance of each account (negative: in arrears), for the bill run and the arrears watch. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public Map<Long, Money> cashBalances(java.util.Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return wallets.findByAccountIdIn(accountIds).stream().collect(Collectors.toMap(Wallet::getAccountId, Wallet::cash));
    }

    /** A goodwill credit or correction by the tenant's staff, with the reason on the journal. */
    @RolesAllowed(Role.Names.OPERATOR)
    public void grantCredit(long accountId, Money amount, String reason, String idempotencyKey) {
        grantCredit(accountId, amount, reason, today(), idempotencyKey);
    }

    /**
     * The same, effective on an earlier business day, e.g. a correction for money that really
     * arrived then. Not in the future: the books do not hold promises. Credits that arrive together
     * share one database transaction; see {@link GroupCommit}.
     */
    @RolesAllowed(Role.Names.OPERATOR)
    public void grantCredit(long accountId, Money amount, String reason, LocalDate effectiveDay, String idempotencyKey) {
        if (effectiveDay == null || effectiveDay.isAfter(today())) {
            throw new BusinessRuleException("wallet.effectiveDayInFuture");
        }
        MoneyRules.requirePositive(amount);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("wallet.reasonRequired");
        }
        Idempotency.requireUsableKey(idempotencyKey);
        commands.submit("credit", new Credit(accountId, amount, reason.strip(), effectiveDay, idempotencyKey));
    }

    private JournalReader.WalletState stateOf(long accountId) {
        return reader.state(accountId, clock.instant()).orElseThrow(() -> new BusinessRuleException("wallet.notFound"));
    }

    private Wallet walletOf(long accountId) {
        return wallets.findByAccountId(accountId).orElseThrow(() -> new BusinessRuleException("wallet.notFound"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(tenants.current().timeZone()));
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return Money.of(amount.stripTrailingZeros(), currency);
    }

    /** Exposed for consistency checks: the cash balance as the journal alone says it is. */
    @Transactional(readOnly = true)
    Money journalCash(long accountId) {
        Wallet wallet = walletOf(accountId);
        return money(journal.sumOf(accountId, LedgerAccount.CUSTOMER_CASH), wallet.getCurrency());
    }

}
