package org.billingcenter.wallet;

/** The outcome of a command that puts value into a new lot (a voucher or a card): the lot. */
record NewLot(long lotId) implements MoneyCommand.Result {

    static NewLot read(String stored) {
        return new NewLot(Long.parseLong(stored));
    }

    @Override
    public String stored() {
        return String.valueOf(lotId);
    }
}
