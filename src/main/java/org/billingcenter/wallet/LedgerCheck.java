package org.billingcenter.wallet;

import java.util.List;

/** What a consistency check of one account's books found; empty problems means the books agree. */
public record LedgerCheck(long accountId, int transactionsChecked, int lotsChecked, List<String> problems) {

    public boolean consistent() {
        return problems.isEmpty();
    }
}
