package org.billingcenter.wallet;

import java.util.List;

import org.billingcenter.shared.persistence.RoundTrip;

/**
 * Published, synchronously and before {@code writes} is sent, when payments have put money in
 * accounts: a batch of payment callbacks settled together, or one bank remittance confirmed. A
 * listener that needs the database adds its statements to {@code writes}, the recharge's own
 * request: for a batch they then cost no statement and no wait for the database of their own before
 * it commits. What a listener adds runs, and its rows reach it, when the request is sent.
 */
public record WalletsRecharged(List<WalletRecharged> recharges, RoundTrip writes) {

    public WalletsRecharged {
        recharges = List.copyOf(recharges);
    }
}
