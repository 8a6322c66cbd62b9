package org.billingcenter.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
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
        HttpSession session = request.getSession(false);
        if (session != null && refresh.refresh()) {
            if (context.getAuthentication() == null) {
                // Disabled or no longer a user here: the whole session ends, not only its sign-in, so
                // nothing the open UI holds stays reachable. The browser is sent to the sign-in page.
                session.invalidate();
            } else {
                sessions.saveContext(context, request, response);
            }
        }
        Authentication before = context.getAuthentication();
        chain.doFilter(request, response);
        // A request may itself move the sign-in on (signing out the other sessions keeps this one
        // in the new generation): the session keeps what the request ended with.
        Authentication after = SecurityContextHolder.getContext().getAuthentication();
        HttpSession current = request.getSession(false);
        if (after != null && after != before && current != null && current == session) {
            sessions.saveContext(SecurityContextHolder.getContext(), request, response);
        }
    }
}
