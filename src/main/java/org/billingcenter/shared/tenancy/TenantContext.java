package org.billingcenter.shared.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant of the work on this thread. Set by the web layer from the request's host before any
 * transaction starts (Hibernate reads it when a session opens), and explicitly by jobs and
 * start-up tasks through {@link #callAs}. Never taken from a form field or a cookie.
 */
public final class TenantContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static String require() {
        return current().orElseThrow(() -> new IllegalStateException("No tenant is bound to this thread"));
    }

    /** Runs work as the given tenant and restores whatever was bound before. */
    public static <T> T callAs(String tenantId, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(tenantId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void runAs(String tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }

    /** For the web layer, which binds the tenant for the length of one request. */
    public static void bind(String tenantId) {
        CURRENT.set(tenantId);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
