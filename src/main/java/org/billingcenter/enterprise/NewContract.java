package org.billingcenter.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** A contract to record for an enterprise account; invoicing every 3 months unless said otherwise (0 months: not said). */
public record NewContract(@NotBlank String number, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
        @NotNull PaymentMethod paymentMethod, @Min(1) @Max(12) int invoicingMonths, @NotNull @PositiveOrZero BigDecimal platformFee,
        @NotEmpty List<@Valid PlanAllotment> allotments) {

    public static final int QUARTERLY = 3;

    public NewContract {
        if (invoicingMonths == 0) {
            invoicingMonths = QUARTERLY;
        }
    }

    /** Sites of a plan the contract includes, their monthly price each, and the monthly price of each site beyond. */
    public record PlanAllotment(@NotNull SitePlan plan, @Min(0) int sites, @NotNull @PositiveOrZero BigDecimal monthlyPrice,
            @NotNull @PositiveOrZero BigDecimal overagePrice) {
    }
}
