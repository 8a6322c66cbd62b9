package org.billingcenter.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Internet Explorer cannot run the portal's scripts and would show a blank page. Answer its page
 * requests with a plain page that says so and names the browsers that work.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnsupportedBrowserFilter extends OncePerRequestFilter {

    private static final Pattern INTERNET_EXPLORER = Pattern.compile("MSIE |Trident/");

    private final byte[] page;

    UnsupportedBrowserFilter() throws IOException {
        try (InputStream in = new ClassPathResource("unsupported-browser.html").getInputStream()) {
            this.page = in.readAllBytes();
        }
    }

    static boolean isUnsupported(String userAgent) {
        return userAgent != null && INTERNET_EXPLORER.matcher(userAgent).find();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isUnsupported(request.getHeader("User-Agent"))) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(page);
            return;
        }
        chain.doFilter(request, response);
    }
}
