package org.billingcenter.wallet;

public enum RechargeStatus { PENDING, SUCCEEDED, FAILED, REJECTED }
