package org.billingcenter.wallet;

/** The outcome of a command that posts one journal transaction: the transaction. */
record Posted(long transactionId) implements MoneyCommand.Result {

    static Posted read(String stored) {
        return new Posted(Long.parseLong(stored));
    }

    @Override
    public String stored() {
        return String.valueOf(transactionId);
    }
}
