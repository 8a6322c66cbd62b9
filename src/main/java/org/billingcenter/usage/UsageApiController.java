package org.billingcenter.usage;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/usage}: a batch of hourly usage for the tenant of the request's host, with
 * the tenant's key in {@code X-Api-Key}. 200 when the batch is kept, 422 with every bad row when
 * it is refused (nothing kept), 400 when the body cannot be read at all, 401 for a wrong key.
 * The OpenAPI description is at {@code /api/usage/openapi.yaml}.
 */
@RestController
class UsageApiController {

    static final String PATH = "/api/usage";

    private final UsageIngestionService ingestion;
    private final UsageApiKeys keys;

    UsageApiController(UsageIngestionService ingestion, UsageApiKeys keys) {
        this.ingestion = ingestion;
        this.keys = keys;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> json(@RequestHeader(name = "X-Api-Key", required = false) String key, @RequestBody byte[] body) {
        return handle(key, () -> ingestion.ingestJson(new String(body, StandardCharsets.UTF_8)));
    }

    @PostMapping(path = PATH, consumes = "text/csv", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> csv(@RequestHeader(name = "X-Api-Key", required = false) String key, @RequestBody byte[] body) {
        return handle(key, () -> ingestion.ingestCsv(new StringReader(new String(body, StandardCharsets.UTF_8))));
    }

    @GetMapping(path = PATH + "/openapi.yaml", produces = "application/yaml")
    ResponseEntity<byte[]> openApi() throws IOException {
        try (InputStream in = new ClassPathResource("api/usage-openapi.yaml").getInputStream()) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml")).body(in.readAllBytes());
        }
    }

    private ResponseEntity<?> handle(String key, java.util.function.Supplier<IngestionResult> work) {
        String tenant = TenantContext.require();
        if (!keys.accepts(tenant, key)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "missing or wrong X-Api-Key"));
        }
        try {
            // The key is the tenant's own: the batch is taken in as the tenant's system operator.
            IngestionResult result = SystemIdentity.callAsOperator(tenant, work);
            return ResponseEntity.status(result.refused() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK).body(result);
        } catch (BusinessRuleException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.messageKey(), "details", List.of(e.arguments()).toString()));
        }
    }
}
