package org.billingcenter.enterprise;

import java.util.Objects;

/**
 * A hosting plan, by the code its tenant file gives it ({@code plans:} in {@code tenants/<id>.yml}).
 * The plans a tenant sells, their names, traffic limits and upgrade order live in that file, read
 * through {@link HostingPlans}; a plan code alone says nothing about its size.
 */
public record SitePlan(String code) {

    public SitePlan {
        Objects.requireNonNull(code, "code");
    }

    public static SitePlan of(String code) {
        return new SitePlan(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
