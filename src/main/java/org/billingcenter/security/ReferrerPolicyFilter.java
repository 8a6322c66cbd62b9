package org.billingcenter.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every answer tells the browser to send its address as a referrer only to this portal itself.
 * Invitation and reset links carry their token in the path; a page opened from one must not hand
 * that address to another site (a linked page, an image host) to keep in its logs. Set before
 * anything else runs, so even refusals and error pages carry it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferrerPolicyFilter extends OncePerRequestFilter {

    static final String POLICY = "same-origin";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Referrer-Policy", POLICY);
        chain.doFilter(request, response);
    }
}
