package org.billingcenter.audit;

/** One field of one change: its value before and after (null when it had none). */
public record FieldChange(String field, String before, String after) {
}
