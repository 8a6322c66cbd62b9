package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

/** The balance chart and the income and expenditure list, over a history longer than what they show. */
class WalletHistoryTest extends WalletServicesTest {

    @Test
    void theBalanceChartOpensWithWhatTheHistoryBeforeItLeftAndFollowsEveryDay() {
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        as(newOperator(INTL), () -> {
            wallet.grantCredit(account, Money.of("100.00", "USD"), "Opening credit", LocalDate.of(2026, 9, 1), key());
            deduction.charge(new Charge(account, Money.of("5.00", "USD"), "LOGS", "Logs", LocalDate.of(2026, 10, 1), key()));
            deduction.charge(new Charge(account, Money.of("30.00", "USD"), "LOGS", "Logs", LocalDate.of(2026, 11, 3), key()));
            wallet.grantCredit(account, Money.of("20.00", "USD"), "Correction", LocalDate.of(2026, 11, 10), key());
            vouchers.issue(account, Money.of("50.00", "USD"), 30, "Welcome voucher", key());
        });

        List<DailyBalance> days = as(owner, () -> wallet.balanceHistory(30));

        assertThat(days).hasSize(30);
        assertThat(days.getFirst().day()).isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(days.getLast().day()).isEqualTo(LocalDate.of(2026, 11, 14));
        assertThat(cashOn(days, LocalDate.of(2026, 10, 16))).isEqualTo(Money.of("95", "USD"));
        assertThat(cashOn(days, LocalDate.of(2026, 11, 2))).isEqualTo(Money.of("95", "USD"));
        assertThat(cashOn(days, LocalDate.of(2026, 11, 3))).isEqualTo(Money.of("65", "USD"));
        assertThat(cashOn(days, LocalDate.of(2026, 11, 9))).isEqualTo(Money.of("65", "USD"));
        assertThat(cashOn(days, LocalDate.of(2026, 11, 10))).isEqualTo(Money.of("85", "USD"));
        assertThat(days.get(28).lots().isZero()).isTrue();
        assertThat(days.getLast().lots()).isEqualTo(Money.of("50", "USD"));
        assertThat(days.getLast().cash()).isEqualTo(as(owner, () -> wallet.overview()).cash());
    }

    @Test
    void movementsComeNewestFirstASliceAtATimeSplitIntoCashAndVouchers() {
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        as(newOperator(INTL), () -> {
            wallet.grantCredit(account, Money.of("40.00", "USD"), "Credit", LocalDate.of(2026, 10, 20), key());
            deduction.charge(new Charge(account, Money.of("10.00", "USD"), "LOGS", "Logs", LocalDate.of(2026, 11, 2), key()));
            vouchers.issue(account, Money.of("25.00", "USD"), 30, "Voucher", key());
            deduction.charge(new Charge(account, Money.of("30.00", "USD"), "LOGS", "Logs", LocalDate.of(2026, 11, 14), key()));
        });

        Slice<Movement> first = as(owner, () -> wallet.movements(MovementFilter.all(), PageRequest.of(0, 3)));
        Slice<Movement> second = as(owner, () -> wallet.movements(MovementFilter.all(), PageRequest.of(1, 3)));

        assertThat(first.getContent()).extracting(Movement::kind)
                .containsExactly(MovementKind.CHARGE, MovementKind.VOUCHER_ISSUED, MovementKind.CHARGE);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.getContent()).extracting(Movement::kind).containsExactly(MovementKind.ADJUSTMENT);
        assertThat(second.hasNext()).isFalse();
        Movement split = first.getContent().getFirst();
        assertThat(split.vouchers()).isEqualByComparingTo("-25.00");
        assertThat(split.cash()).isEqualByComparingTo("-5.00");
        assertThat(split.cards()).isEqualByComparingTo("0");
        assertThat(split.total()).isEqualByComparingTo("-30.00");
        assertThat(first.getContent().get(1).vouchers()).isEqualByComparingTo("25.00");

        List<Movement> charges = as(owner, () -> wallet.movements(new MovementFilter(null, null, Set.of(MovementKind.CHARGE)),
                PageRequest.of(0, 10))).getContent();
        List<Movement> november = as(owner, () -> wallet.movements(new MovementFilter(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 13), Set.of()), PageRequest.of(0, 10))).getContent();
        assertThat(charges).hasSize(2).allMatch(movement -> movement.kind() == MovementKind.CHARGE);
        assertThat(november).extracting(Movement::valueDate).containsExactly(LocalDate.of(2026, 11, 2));
    }

    private static Money cashOn(List<DailyBalance> days, LocalDate day) {
        return days.stream().filter(balance -> balance.day().equals(day)).findFirst().orElseThrow().cash();
    }
}
