package org.billingcenter.wallet;

import java.util.List;

import org.billingcenter.shared.persistence.RoundTrip;

/**
 * What another part of the product does when payments settled together (a batch of payment
 * callbacks) have put money in accounts. It adds its statements to the batch's own writes: they go
 * to the database in the same request and the same transaction, where a listener of its own would
 * cost the batch another statement and another wait for the database before it commits.
 */
public interface RechargeFollowUp {

    /**
     * Called once per batch, before {@code writes} is sent, with the batch's recharges in the order
     * they were posted; what the follow-up adds is run, and its rows handed over, when it is sent.
     */
    void alongWith(List<WalletRecharged> recharges, RoundTrip writes);
}
