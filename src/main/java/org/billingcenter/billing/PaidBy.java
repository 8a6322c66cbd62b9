package org.billingcenter.billing;

/** What paid a line of consumption, in the order the tenant's deduction usually takes them. */
public enum PaidBy { VOUCHERS, CARDS, CASH, ARREARS, CLOUD_ACCOUNT }
