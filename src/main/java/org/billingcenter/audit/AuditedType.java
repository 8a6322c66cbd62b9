package org.billingcenter.audit;

/**
 * An audited entity as the history shows it. {@code accountProperty} names the property that
 * holds the billing account a row belongs to ({@code "id"} for the account itself); reads by an
 * account's people are restricted to rows whose value is their account. Without one, the
 * entity's history is for the tenant's staff only.
 */
public record AuditedType(String name, Class<?> entity, String accountProperty) {

    public boolean accountScoped() {
        return accountProperty != null;
    }
}
