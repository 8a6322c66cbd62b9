package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition.FundingSource;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;

/** The wallet's rules, called as the services' callers would call them, on MariaDB. */
class WalletRulesTest extends WalletServicesTest {


    private static final LocalDate DAY = LocalDate.of(2026, 11, 14);

    private long fundedAccount(SignedInUser owner, SignedInUser operator, String cash) {
        long account = accountOf(owner).id();
        as(operator, () -> wallet.grantCredit(account, Money.of(cash, "CNY"), "test funds", key()));
        return account;
    }

    private ChargeResult charge(SignedInUser operator, long account, String amount, String item) {
        return as(operator, () -> deduction.charge(new Charge(account, Money.of(amount, "CNY"), item, item, DAY, key())));
    }

    @Test
    void chargesFollowTheDeductionOrderAndSplitAcrossLots() {
        SignedInUser owner = newOwner(CN);
        SignedInUser operator = newOperator(CN);
        long account = fundedAccount(owner, operator, "100");
        as(operator, () -> vouchers.issue(account, Money.of("30", "CNY"), 30, "goodwill", key()));
        clock.advance(Duration.ofMinutes(1));
        as(operator, () -> vouchers.issue(account, Money.of("20", "CNY"), 10, "goodwill", key()));

        ChargeResult result = charge(operator, account, "70", "LOGS");

        assertThat(result.paidBy(FundingSource.ORDINARY_VOUCHER)).isEqualTo(Money.of("50", "CNY"));
        assertThat(result.paidBy(FundingSource.CASH)).isEqualTo(Money.of("20", "CNY"));
        assertThat(result.payments().getFirst().amount()).as("the voucher expiring first pays first").isEqualTo(Money.of("20", "CNY"));
        WalletOverview overview = as(owner, () -> wallet.overview());
        assertThat(overview.cash()).isEqualTo(Money.of("80", "CNY"));
        assertThat(overview.vouchers().isZero()).isTrue();
        assertThat(as(owner, () -> wallet.lots(false, LotStatus.USED_UP, Pageable.unpaged())).getTotalElements()).isEqualTo(2);
        assertThat(as(operator, () -> ledgerCheck.check(account)).problems()).isEmpty();
    }

    @Test
    void smsIsPaidByCardsAndCashButNeverByVouchers() {
        SignedInUser owner = newOwner(CN);
        SignedInUser operator = newOperator(CN);
        long account = fundedAccount(owner, operator, "300");
        as(operator, () -> vouchers.issue(account, Money.of("50", "CNY"), 30, "goodwill", key()));
        as(owner, () -> cards.buy(Money.of("200", "CNY"), key()));

        ChargeResult sms = charge(operator, account, "250", "SMS");

        assertThat(sms.paidBy(FundingSource.ORDINARY_VOUCHER).isZero()).isTrue();
        assertThat(sms.paidBy(FundingSource.STORED_VALUE_CARD)).isEqualTo(Money.of("200", "CNY"));
        assertThat(sms.paidBy(FundingSource.CASH)).isEqualTo(Money.of("50", "CNY"));
        assertThat(as(owner, () -> wallet.overview()).vouchers()).isEqualTo(Money.of("50", "CNY"));
    }

    @Test
    void whenFundsRunOutTheRestGoesIntoArrearsAndARechargePaysItFirst() {
        SignedInUser owner = newOwner(CN);
        SignedInUser operator = newOperator(CN);
        long account = fundedAccount(owner, operator, "10");

        ChargeResult result = charge(operator, account, "25.50", "LOGS");

        assertThat(result.paidBy(FundingSource.CASH)).isEqualTo(Money.of("10", "CNY"));
        assertThat(result.paidBy(FundingSource.ARREARS)).isEqualTo(Money.of("15.50", "CNY"));
        assertThat(as(owner, () -> wallet.overview()).arrears()).isEqualTo(Money.of("15.50", "CNY"));

        long order = as(owner, () -> recharges.recordRemittance(new BigDecimal("100"), "Acme Ltd", "TX-1", key()));
        as(operator, () -> recharges.confirmRemittance(order, "seen on statement"));
        WalletOverview after = as(owner, () -> wallet.overview());
        assertThat(after.inArrears()).isFalse();
        assertThat(after.cash()).isEqualTo(Money.of("84.50", "CNY"));
    }

    @Test
    void theSameKeyReplaysAndTheSameKeyWithOtherParametersIsRefused() {
        SignedInUser owner = newOwner(CN);
        SignedInUser operator = newOperator(CN);
        long account = fundedAccount(owner, operator, "100");
        String key = key();
        ChargeResult first = as(operator, () -> deduction.charge(new Charge(account, Money.of("5", "CNY"), "LOGS", "x", DAY, key)));
        ChargeResult again = as(operator, () -> deduction.charge(new Charge(account, Money.of("5", "CNY"), "LOGS", "x", DAY, key)));
        assertThat(again).isEqualTo(first);
        assertThat(as(owner, () -> wallet.overview()).cash()).isEqualTo(Money.of("95", "CNY"));
        assertThatThrownBy(() -> as(operator, () -> deduction.charge(new Charge(account, Money.of("6", "CNY"), "LOGS", "x", DAY, key))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("idempotency.keyReused");
    }

    @Test
    void voucherCodesAreRedeemedOnceBeforeTheirDeadlineAndOnlyInTheirTenant() {
        SignedInUser operator = newOperator(CN);
        List<VoucherService.IssuedCode> codes = as(operator, () -> vouchers.createCodes(3, Money.of("88", "CNY"), 30,
                START.plus(Duration.ofDays(7))));
        SignedInUser owner = newOwner(CN);

        as(owner, () -> vouchers.redeem(codes.get(0).code().toLowerCase(), key()));
        assertThat(as(owner, () -> wallet.overview()).vouchers()).isEqualTo(Money.of("88", "CNY"));
        assertThatThrownBy(() -> as(newOwner(CN), () -> vouchers.redeem(codes.get(0).code(), key())))
                .hasMessageContaining("voucher.codeUsed");
        assertThatThrownBy(() -> as(newOwner(INTL), () -> vouchers.redeem(codes.get(1).code(), key())))
                .hasMessageContaining("voucher.codeUnknown");
        clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> as(owner, () -> vouchers.redeem(codes.get(2).code(), key())))
                .hasMessageContaining("voucher.codeExpired");
    }

    @Test
    void cardsAreBoughtInStepsWithCashAndLargePurchasesEarnAFullReductionVoucher() {
        SignedInUser owner = newOwner(CN);
        SignedInUser operator = newOperator(CN);
        long account = fundedAccount(owner, operator, "12000");

        assertThatThrownBy(() -> as(owner, () -> cards.buy(Money.of("150", "CNY"), key()))).hasMessageContaining("card.faceValue");
        assertThatThrownBy(() -> as(owner, () -> cards.buy(Money.of("50000", "CNY"), key())))
                .hasMessageContaining("card.insufficientCash");
        var purchase = as(owner, () -> cards.buy(Money.of("10000", "CNY"), key()));

        assertThat(purchase.rewardVoucherLotId()).isNotNull();
        WalletOverview overview = as(owner, () -> wallet.overview());
        assertThat(overview.cash()).isEqualTo(Money.of("2000", "CNY"));
        assertThat(overview.cards()).isEqualTo(Money.of("10000", "CNY"));
        assertThat(overview.vouchers()).isEqualTo(Money.of("1000", "CNY"));
        assertThat(as(operator, () -> ledgerCheck.check(account)).consistent()).isTrue();
    }

    @Test
    void expiredLotsStopPayingAndTheirRemainderIsWrittenOff() {
        SignedInUser owner = newOwner(CN);
        SignedInUser operator = newOperator(CN);
        long account = fundedAccount(owner, operator, "10");
        as(operator, () -> vouchers.issue(account, Money.of("40", "CNY"), 5, "goodwill", key()));
        charge(operator, account, "15", "LOGS");

        clock.advance(Duration.ofDays(6));
        ChargeResult afterExpiry = charge(operator, account, "5", "LOGS");
        assertThat(afterExpiry.paidBy(FundingSource.ORDINARY_VOUCHER).isZero()).isTrue();

        assertThat(as(operator, () -> expiry.writeOffLapsedLots())).isEqualTo(1);
        assertThat(as(operator, () -> expiry.writeOffLapsedLots())).isZero();
        Lot voucher = as(owner, () -> wallet.lots(false, null, Pageable.unpaged())).getContent().getFirst();
        assertThat(voucher.status()).isEqualTo(LotStatus.EXPIRED);
        assertThat(voucher.balance().isZero()).isTrue();
        assertThat(as(operator, () -> ledgerCheck.check(account)).consistent()).isTrue();
    }

    @Test
    void onlinePaymentsCreditOnceWhateverOrderTheCallbacksArriveIn() {
        SignedInUser owner = newOwner(INTL);
        var started = as(owner, () -> recharges.startOnlineRecharge(new BigDecimal("42.50"), key()));
        String reference = started.checkoutUrl().substring(SimulatedPaymentGateway.CHECKOUT_PATH.length());
        Money amount = Money.of("42.50", "USD");

        PaymentCallback succeeded = gateway.signed(new PaymentCallback(INTL, reference, PaymentCallback.Outcome.SUCCEEDED, amount, "e1", null));
        PaymentCallback latePending = gateway.signed(new PaymentCallback(INTL, reference, PaymentCallback.Outcome.PENDING, amount, "e0", null));
        PaymentCallback lateFailure = gateway.signed(new PaymentCallback(INTL, reference, PaymentCallback.Outcome.FAILED, amount, "e2", null));
        gateway.deliver(succeeded);
        gateway.deliver(latePending);
        gateway.deliver(succeeded);
        gateway.deliver(lateFailure);

        assertThat(as(owner, () -> wallet.overview()).cash()).isEqualTo(amount);
        assertThat(as(owner, () -> recharges.myRecharges(Pageable.unpaged())).getContent().getFirst().status())
                .isEqualTo(RechargeStatus.SUCCEEDED);
        // The completion, written set-based for the callbacks' batch, is in the order's history like any change.
        var history = as(owner, () -> audit.historyOf(RechargeOrder.class, started.orderId()));
        assertThat(history).extracting(revision -> revision.kind(), revision -> String.valueOf(revision.state().get("status")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(org.billingcenter.audit.Revision.ChangeKind.CREATED, "PENDING"),
                        org.assertj.core.groups.Tuple.tuple(org.billingcenter.audit.Revision.ChangeKind.CHANGED, "SUCCEEDED"));
        assertThat(history.getLast().actor()).isNotBlank();
        assertThat(history.getLast().state().get("completedAt")).isNotNull();
    }

    @Test
    void aForgedCallbackIsRefused() {
        SignedInUser owner = newOwner(INTL);
        var started = as(owner, () -> recharges.startOnlineRecharge(new BigDecimal("10"), key()));
        String reference = started.checkoutUrl().substring(SimulatedPaymentGateway.CHECKOUT_PATH.length());
        PaymentCallback forged = new PaymentCallback(INTL, reference, PaymentCallback.Outcome.SUCCEEDED, Money.of("10", "USD"), "x",
                "0000");
        assertThatThrownBy(() -> org.billingcenter.shared.tenancy.TenantContext.runAs(INTL, () -> recharges.onPaymentCallback(forged)))
                .hasMessageContaining("recharge.callbackNotAuthentic");
        assertThat(as(owner, () -> wallet.overview()).cash().isZero()).isTrue();
    }

    @Test
    void badAmountsAreRefusedAndTheJournalIsUnchanged() {
        SignedInUser owner = newOwner(INTL);
        long before = journal.count();
        for (String amount : List.of("0", "-5", "10.001", "0.50", "200000.01")) {
            assertThatThrownBy(() -> as(owner, () -> recharges.recordRemittance(new BigDecimal(amount), "Payer", "REF", key())))
                    .as(amount).isInstanceOf(BusinessRuleException.class);
        }
        assertThatThrownBy(() -> as(owner, () -> recharges.recordRemittance(new BigDecimal("10"), " ", "REF", key())))
                .hasMessageContaining("recharge.remittanceDetailsRequired");
        assertThatThrownBy(() -> as(owner, () -> recharges.startOnlineRecharge(new BigDecimal("10"), " ")))
                .hasMessageContaining("idempotency.keyRequired");
        assertThat(journal.count()).isEqualTo(before);
    }

    @Test
    void aRemittanceIsDecidedOnceAndRejectionNeedsAReason() {
        SignedInUser owner = newOwner(HOSTING);
        SignedInUser operator = newOperator(HOSTING);
        long order = as(owner, () -> recharges.recordRemittance(new BigDecimal("1000"), "Harbor Client LLC", "WIRE-77", key()));
        assertThat(as(operator, () -> recharges.remittancesAwaitingDecision(Pageable.unpaged())).getContent())
                .extracting(Recharge::id).contains(order);
        assertThatThrownBy(() -> as(operator, () -> recharges.rejectRemittance(order, ""))).hasMessageContaining("wallet.reasonRequired");
        as(operator, () -> recharges.rejectRemittance(order, "No such transfer on our statement"));
        assertThatThrownBy(() -> as(operator, () -> recharges.confirmRemittance(order, null)))
                .hasMessageContaining("recharge.alreadyDecided");
        assertThat(as(owner, () -> wallet.overview()).cash().isZero()).isTrue();
        assertThatThrownBy(() -> as(owner, () -> recharges.startOnlineRecharge(new BigDecimal("10"), key())))
                .hasMessageContaining("recharge.methodNotOffered");
    }

    @Test
    void holdersCannotMoveMoneyTheWayOnlyStaffMay() {
        SignedInUser owner = newOwner(CN);
        long account = accountOf(owner).id();
        assertThatThrownBy(() -> as(owner, () -> deduction.charge(new Charge(account, Money.of("1", "CNY"), "LOGS", "x", DAY, key()))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> as(owner, () -> vouchers.issue(account, Money.of("1", "CNY"), 1, "self", key())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
