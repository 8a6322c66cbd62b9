package org.billingcenter.enterprise;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.billingcenter.shared.money.Money;

/**
 * Splits an amount by weights in whole cents so that the shares always add up to the amount: each
 * share is rounded down, and the cents left over go one each to the largest remainders; equal
 * remainders go in key order, so the same input always gives the same split.
 */
final class Allocation {

    private Allocation() {
    }

    /** @param weights non-negative, at least one positive; iteration order breaks ties */
    static Map<String, Money> split(Money amount, SortedMap<String, BigDecimal> weights) {
        int digits = amount.currency().getDefaultFractionDigits();
        BigInteger units = amount.amount().movePointRight(digits).toBigIntegerExact();
        BigDecimal totalWeight = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (totalWeight.signum() <= 0) {
            throw new IllegalArgumentException("Nothing to split by");
        }
        Map<String, BigInteger> shares = new LinkedHashMap<>();
        List<Map.Entry<String, BigDecimal>> remainders = new ArrayList<>();
        BigInteger given = BigInteger.ZERO;
        for (Map.Entry<String, BigDecimal> weight : weights.entrySet()) {
            BigDecimal exact = new BigDecimal(units).multiply(weight.getValue()).divide(totalWeight, 12, RoundingMode.HALF_EVEN);
            BigInteger share = exact.setScale(0, RoundingMode.FLOOR).toBigInteger();
            shares.put(weight.getKey(), share);
            remainders.add(Map.entry(weight.getKey(), exact.subtract(new BigDecimal(share))));
            given = given.add(share);
        }
        remainders.sort((a, b) -> b.getValue().compareTo(a.getValue()));
        BigInteger left = units.subtract(given);
        for (int i = 0; left.signum() > 0; i = (i + 1) % remainders.size()) {
            shares.merge(remainders.get(i).getKey(), BigInteger.ONE, BigInteger::add);
            left = left.subtract(BigInteger.ONE);
        }
        Map<String, Money> result = new LinkedHashMap<>();
        shares.forEach((key, share) -> result.put(key, Money.of(new BigDecimal(share).movePointLeft(digits), amount.currency())));
        return result;
    }
}
