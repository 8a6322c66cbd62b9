package org.billingcenter.tenant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A refusal answered with a small fixed page, complete in itself: no redirect, no sign-in, no
 * tenant's branding (there is no tenant to brand it with), and nothing of the request echoed back.
 * With no tenant there is no language setting either: the page says it in English and Chinese.
 */
final class PlainErrorPage {

    private PlainErrorPage() {
    }

    static void write(HttpServletResponse response, int status, String english, String chinese) throws IOException {
        // Headers set before (the referrer policy) stay; anything written to the body goes.
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status
                + "</title></head><body><h1>" + status + "</h1><p>" + english + "</p><p lang=\"zh-CN\">" + chinese
                + "</p></body></html>");
        response.flushBuffer();
    }
}
