package org.billingcenter.tenant;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds each request to the tenant its host names, before security and persistence run. A session
 * remembers the tenant it started in; a request that brings that session to another tenant's host
 * is refused, so nothing signed in at one operator is ever usable at another. Both refusals are a
 * plain page written here: the container's error path would run the security chain again, which
 * for a host without a tenant (or a session of another) can only redirect to a sign-in page that
 * is refused in turn.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TenantRequestFilter extends OncePerRequestFilter {

    static final String SESSION_TENANT = TenantRequestFilter.class.getName() + ".tenant";

    private final TenantRegistry tenants;

    TenantRequestFilter(TenantRegistry tenants) {
        this.tenants = tenants;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var tenant = tenants.forHost(request.getServerName());
        if (tenant.isEmpty()) {
            PlainErrorPage.write(response, HttpServletResponse.SC_NOT_FOUND, "No billing portal is served at this address.",
                    "此地址没有提供计费门户。");
            return;
        }
        String tenantId = tenant.get().id();
        HttpSession session = request.getSession(false);
        if (session != null && !bindOrMatch(session, tenantId)) {
            PlainErrorPage.write(response, HttpServletResponse.SC_FORBIDDEN,
                    "This browser is signed in at another billing portal. Sign out there, or open this portal in another browser.",
                    "此浏览器已登录另一个计费门户。请先在那里退出，或在其他浏览器中打开本门户。");
            return;
        }
        TenantContext.bind(tenantId);
        try {
            chain.doFilter(request, response);
            HttpSession created = request.getSession(false);
            if (created != null) {
                bindOrMatch(created, tenantId);
            }
        } finally {
            TenantContext.clear();
        }
    }

    private static boolean bindOrMatch(HttpSession session, String tenantId) {
        try {
            Object bound = session.getAttribute(SESSION_TENANT);
            if (bound == null) {
                session.setAttribute(SESSION_TENANT, tenantId);
                return true;
            }
            return bound.equals(tenantId);
        } catch (IllegalStateException invalidated) {
            return true;
        }
    }
}
