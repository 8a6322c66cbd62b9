package org.billingcenter.wallet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.billingcenter.wallet.PaymentGateway.WebhookRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/payments/{provider}/webhook} on the tenant's host: a payment provider's
 * notification. 200 with the answer the provider expects once verified (whether or not it changed
 * anything), 400 when its signature does not check out, 404 for a provider the tenant does not
 * offer, 413 when the body is larger than any real notification (refused before it is read).
 */
@RestController
class PaymentWebhookController {

    static final String PATH = "/api/payments/{provider}/webhook";

    private final PaymentWebhooks webhooks;
    private final int maxSize;

    PaymentWebhookController(PaymentWebhooks webhooks, PaymentProperties properties) {
        this.webhooks = webhooks;
        this.maxSize = (int) properties.maxWebhookSize().toBytes();
    }

    @PostMapping(PATH)
    ResponseEntity<String> receive(@PathVariable String provider, HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxSize) {
            return tooLarge();
        }
        byte[] body = request.getInputStream().readNBytes(maxSize + 1);
        if (body.length > maxSize) {
            return tooLarge();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        PaymentWebhooks.Answer answer = webhooks.receive(provider.toLowerCase(Locale.ROOT),
                new WebhookRequest(headers, new String(body, StandardCharsets.UTF_8)));
        return ResponseEntity.status(answer.status()).contentType(MediaType.TEXT_PLAIN).body(answer.body());
    }

    private static ResponseEntity<String> tooLarge() {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.TEXT_PLAIN).body("notification too large");
    }
}
