package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.LongFunction;

import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition.FundingSource;
import org.billingcenter.wallet.ChargeResult.Payment;

/**
 * What a charge did: its journal transaction (0: a cloud-settled charge the lots had nothing for)
 * and the part that went into arrears; kept with its key as {@code "<transaction id>:<arrears>"}.
 * {@code result} is known for a charge just decided; for a repeat it is read back from the journal.
 */
record Charged(long transactionId, BigDecimal arrears, ChargeResult result) implements MoneyCommand.Result {

    static Charged read(String stored) {
        String[] parts = stored.split(":");
        return new Charged(Long.parseLong(parts[0]), new BigDecimal(parts[1]), null);
    }

    /** Nothing posted: the result says so in the charge's currency. */
    static Charged nothing(Currency currency) {
        return new Charged(0, BigDecimal.ZERO, new ChargeResult(0, currency, List.of()));
    }

    /** A charge posted as {@code transaction}, {@code arrears} of it into arrears; {@code kindOf} names each lot's kind. */
    static Charged of(JournalTransaction transaction, BigDecimal arrears, LongFunction<LotKind> kindOf) {
        return new Charged(transaction.getId(), arrears, resultOf(transaction, arrears, kindOf));
    }

    @Override
    public String stored() {
        return transactionId + ":" + arrears.toPlainString();
    }

    /** Which sources paid, from the transaction's entries: lots by kind, cash, and the part in arrears. */
    static ChargeResult resultOf(JournalTransaction transaction, BigDecimal arrears, LongFunction<LotKind> kindOf) {
        Currency currency = transaction.getEntries().getFirst().getAmount().currency();
        List<Payment> payments = new ArrayList<>();
        Money cash = Money.zero(currency);
        for (JournalEntry entry : transaction.getEntries()) {
            if (entry.getLedger() == LedgerAccount.CUSTOMER_LOT) {
                payments.add(new Payment(kindOf.apply(entry.getLotId()).source(), entry.getLotId(), entry.getAmount().negate()));
            } else if (entry.getLedger() == LedgerAccount.CUSTOMER_CASH) {
                cash = cash.plus(entry.getAmount().negate());
            }
        }
        Money inArrears = Money.of(arrears, currency);
        if (cash.minus(inArrears).isPositive()) {
            payments.add(new Payment(FundingSource.CASH, null, cash.minus(inArrears)));
        }
        if (inArrears.isPositive()) {
            payments.add(new Payment(FundingSource.ARREARS, null, inArrears));
        }
        return new ChargeResult(transaction.getId(), currency, payments);
    }
}
