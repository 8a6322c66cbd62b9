package org.billingcenter.enterprise;

import java.time.LocalDate;

/** The report's heading: whose portfolio, which invoice, and the period between the two invoice dates. */
public record PortfolioHeader(long invoiceId, String organisation, String invoiceNumber, String contractNumber,
        LocalDate previousInvoiceDate, LocalDate invoiceDate) {
}
