package org.billingcenter.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** New terms for a contract: its end, how it is paid and invoiced, its platform fee, and every plan's allotment. */
public record ContractAmendment(@NotNull LocalDate endsOn, @NotNull PaymentMethod paymentMethod, @Min(1) @Max(12) int invoicingMonths,
        @NotNull @PositiveOrZero BigDecimal platformFee, @NotEmpty List<NewContract.@Valid PlanAllotment> allotments) {
}
