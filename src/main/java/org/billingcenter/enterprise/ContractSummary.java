package org.billingcenter.enterprise;

import java.time.LocalDate;
import java.util.List;

import org.billingcenter.shared.money.Money;

/** A contract as its administrator reads it. */
public record ContractSummary(long id, String number, LocalDate startsOn, LocalDate endsOn, PaymentMethod paymentMethod,
        int invoicingMonths, Money monthlyPlatformFee, List<NewContract.PlanAllotment> allotments) {
}
