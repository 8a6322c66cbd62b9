package org.billingcenter.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs {@link AccessRefresh} for every request of a signed-in session, right after the session's
 * security context is loaded, and stores a changed context back in the session. Not a bean of
 * its own: it lives only in the security filter chain.
 */
class AccessRefreshFilter extends OncePerRequestFilter {

    private final AccessRefresh refresh;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccessRefreshFilter(AccessRefresh refresh) {
        this.refresh = refresh;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        if (request.getSession(false) != null && refresh.refresh()) {
            sessions.saveContext(context, request, response);
        }
        chain.doFilter(request, response);
    }
}
