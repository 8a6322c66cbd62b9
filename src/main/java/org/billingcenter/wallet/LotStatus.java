package org.billingcenter.wallet;

public enum LotStatus { ACTIVE, USED_UP, EXPIRED }
