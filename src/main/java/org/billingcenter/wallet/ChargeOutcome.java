package org.billingcenter.wallet;

/** What became of one charge of a bulk call: its result, or the message key of the rule that refused it. */
public record ChargeOutcome(Charge charge, ChargeResult result, String refusal) {

    public boolean charged() {
        return result != null;
    }
}
