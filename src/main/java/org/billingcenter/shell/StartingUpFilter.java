package org.billingcenter.shell;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.billingcenter.tenant.TenantRegistry;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Until the application is ready (start-up work done, demo data written: Spring reports readiness
 * only after the start-up listeners return), every page answers "starting" with 503 and refreshes
 * itself, so nobody signs in against an empty user table and is told their password is wrong. The
 * health endpoints stay open: they are how an orchestrator learns that the wait is over.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class StartingUpFilter extends OncePerRequestFilter {

    private static final int RETRY_SECONDS = 3;

    private final ApplicationAvailability availability;
    private final TenantRegistry tenants;

    StartingUpFilter(ApplicationAvailability availability, TenantRegistry tenants) {
        this.availability = availability;
        this.tenants = tenants;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")
                || availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = tenants.forHost(request.getServerName()).map(t -> t.defaultLocale()).orElse(Locale.ENGLISH);
        ResourceBundle messages = ResourceBundle.getBundle("vaadin-i18n/translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page(locale, messages.getString("starting.title"), messages.getString("starting.text")));
    }

    private static String page(Locale locale, String title, String text) {
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta http-equiv="refresh" content="%d">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>
                <body style="font-family: system-ui, sans-serif; margin: 4rem auto; max-width: 36rem; padding: 0 1rem">
                <main><h1 id="starting-title">%s</h1><p id="starting-text">%s</p></main></body></html>
                """.formatted(locale.toLanguageTag(), RETRY_SECONDS, HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title),
                HtmlUtils.htmlEscape(text));
    }
}
