package org.billingcenter.billing;

/** An issued bill as the staff list it: the bill and the name of the account it is for. */
public record DeskBill(BillSummary bill, String accountName) {
}
