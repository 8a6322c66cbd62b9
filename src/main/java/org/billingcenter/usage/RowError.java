package org.billingcenter.usage;

/** Why a row of a batch was refused; rows count from 1 in the order sent (a CSV's header is not a row). */
public record RowError(int row, String sourceId, String reason) {
}
