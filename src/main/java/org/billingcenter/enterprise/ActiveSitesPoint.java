package org.billingcenter.enterprise;

import java.time.LocalDate;

/** Active sites of a contract at one invoice date. */
public record ActiveSitesPoint(LocalDate invoiceDate, long activeSites) {
}
