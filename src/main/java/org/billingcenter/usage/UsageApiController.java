package org.billingcenter.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/usage}: a batch of hourly usage for the tenant of the request's host, with
 * the tenant's key in {@code X-Api-Key}. 200 when the batch is kept, 422 with every bad row when
 * it is refused (nothing kept), 400 when the body cannot be read at all, 401 for a wrong key
 * (before the body is read), 413 for a body larger than {@code billing.usage.max-bytes}.
 * The OpenAPI description is at {@code /api/usage/openapi.yaml}.
 */
@RestController
class UsageApiController {

    static final String PATH = "/api/usage";

    private final UsageIngestionService ingestion;
    private final UsageApiKeys keys;
    private final UsageProperties settings;

    UsageApiController(UsageIngestionService ingestion, UsageApiKeys keys, UsageProperties settings) {
        this.ingestion = ingestion;
        this.keys = keys;
        this.settings = settings;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> json(@RequestHeader(name = "X-Api-Key", required = false) String key, HttpServletRequest request)
            throws IOException {
        return handle(key, request, body -> ingestion.ingestJson(body));
    }

    @PostMapping(path = PATH, consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> csv(@RequestHeader(name = "X-Api-Key", required = false) String key, HttpServletRequest request)
            throws IOException {
        return handle(key, request, body -> ingestion.ingestCsv(body));
    }

    @GetMapping(path = PATH + "/openapi.yaml", produces = "application/yaml")
    ResponseEntity<byte[]> openApi() throws IOException {
        try (InputStream in = new ClassPathResource("api/usage-openapi.yaml").getInputStream()) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml")).body(in.readAllBytes());
        }
    }

    /**
     * The key is checked before a byte of the body is read, and a body past the limit is refused
     * from its declared length or, without one, as soon as it grows past it: nobody can make the
     * server hold more than {@code billing.usage.max-bytes} of a request.
     */
    private ResponseEntity<?> handle(String key, HttpServletRequest request, Function<Reader, IngestionResult> work)
            throws IOException {
        String tenant = TenantContext.require();
        if (!keys.accepts(tenant, key)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "missing or wrong X-Api-Key"));
        }
        long limit = settings.maxBytes().toBytes();
        if (request.getContentLengthLong() > limit) {
            return tooLarge(limit);
        }
        BoundedInputStream bounded = new BoundedInputStream(request.getInputStream(), limit);
        try (Reader body = new InputStreamReader(bounded, StandardCharsets.UTF_8)) {
            // The key is the tenant's own: the batch is taken in as the tenant's system operator.
            IngestionResult result = SystemIdentity.callAsOperator(tenant, () -> work.apply(body));
            return ResponseEntity.status(result.refused() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK).body(result);
        } catch (BusinessRuleException e) {
            // The parsers report any failed read as "unreadable"; one that stopped at the limit is "too large".
            if (bounded.passedLimit()) {
                return tooLarge(limit);
            }
            return ResponseEntity.badRequest().body(Map.of("error", e.messageKey(), "details", List.of(e.arguments()).toString()));
        }
    }

    private static ResponseEntity<?> tooLarge(long limit) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(Map.of("error", "the body is larger than " + limit + " bytes; send smaller batches"));
    }
}
