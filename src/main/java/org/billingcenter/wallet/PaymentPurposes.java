package org.billingcenter.wallet;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which purpose a payment reference belongs to, by its first letter: none for a recharge order.
 * The purposes are looked up when a payment arrives, not at start-up, as they open their payments
 * through the very providers that report to them.
 */
@Component
class PaymentPurposes {

    private final ObjectProvider<PaymentPurpose> purposes;

    PaymentPurposes(ObjectProvider<PaymentPurpose> purposes) {
        this.purposes = purposes;
    }

    Optional<PaymentPurpose> claiming(String reference) {
        if (reference == null || reference.isEmpty() || reference.charAt(0) == 'R') {
            return Optional.empty();
        }
        return purposes.orderedStream().filter(purpose -> purpose.referencePrefix() == reference.charAt(0)).findFirst();
    }
}
