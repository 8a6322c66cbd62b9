package org.billingcenter.wallet;

/** The outcome of a command that opens a recharge order (an online payment, a declared remittance): the order. */
record NewOrder(long orderId) implements MoneyCommand.Result {

    static NewOrder read(String stored) {
        return new NewOrder(Long.parseLong(stored));
    }

    @Override
    public String stored() {
        return String.valueOf(orderId);
    }
}
