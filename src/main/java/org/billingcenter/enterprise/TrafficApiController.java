package org.billingcenter.enterprise;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/sites/traffic}: monthly traffic per site from the hosting platform, for the
 * tenant of the request's host, with the tenant's key in {@code X-Api-Key}; JSON or CSV. The key
 * is checked before the body is read, and the body is read only up to {@code max-bytes}: 401 for a
 * wrong key, 413 for a larger body, 200 when the batch is recorded, 422 with every bad row when it
 * is refused (nothing recorded), 400 when the body cannot be read at all.
 */
@RestController
class TrafficApiController {

    static final String PATH = "/api/sites/traffic";

    private final TrafficIntake intake;
    private final EnterpriseProperties.Traffic settings;

    TrafficApiController(TrafficIntake intake, EnterpriseProperties settings) {
        this.intake = intake;
        this.settings = settings.traffic();
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> json(@RequestHeader(name = "X-Api-Key", required = false) String key, HttpServletRequest request)
            throws IOException {
        return handle(key, request, intake::recordJson);
    }

    @PostMapping(path = PATH, consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> csv(@RequestHeader(name = "X-Api-Key", required = false) String key, HttpServletRequest request)
            throws IOException {
        return handle(key, request, intake::recordCsv);
    }

    private ResponseEntity<?> handle(String key, HttpServletRequest request, Function<String, TrafficReport> work) throws IOException {
        String tenant = TenantContext.require();
        if (!accepts(tenant, key)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "missing or wrong X-Api-Key"));
        }
        byte[] body = readBounded(request);
        if (body == null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(Map.of("error", "the body is larger than " + settings.maxBytes() + " bytes"));
        }
        try {
            // The key is the tenant's own: the batch is recorded as the tenant's system operator.
            TrafficReport report = SystemIdentity.callAsOperator(tenant, () -> work.apply(new String(body, StandardCharsets.UTF_8)));
            return ResponseEntity.status(report.refused() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK).body(report);
        } catch (BusinessRuleException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.messageKey(), "details", String.valueOf(java.util.List.of(e.arguments()))));
        }
    }

    /** The body, or null when it is larger than allowed; a declared length is trusted only to refuse early. */
    private byte[] readBounded(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > settings.maxBytes()) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] read = in.readNBytes(settings.maxBytes() + 1);
            return read.length > settings.maxBytes() ? null : read;
        }
    }

    private boolean accepts(String tenantId, String presented) {
        String expected = settings.apiKeys().get(tenantId);
        if (expected == null || expected.isBlank() || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
