package org.billingcenter.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A payment that arrived for a contract invoice: how much, on which day, and the bank's or payer's reference. */
public record NewInvoicePayment(@NotNull @Positive BigDecimal amount, @NotNull LocalDate paidOn,
        @NotBlank @Size(max = 100) String reference) {
}
