package org.billingcenter.enterprise;

import org.billingcenter.shared.error.BusinessRuleException;

/**
 * Which page of a report table to read, by keyset in the tables' order (site name, then id): the
 * first {@code size} rows, the rows just after or just before a row already shown, or the last
 * {@code size} rows. Reading a page never skips rows, so the last page costs what the first does.
 */
public record PortfolioPageRequest(Position position, String siteName, long siteId, int size) {

    static final int MAX_SIZE = 1000;

    public enum Position { FIRST, AFTER, BEFORE, LAST }

    public PortfolioPageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new BusinessRuleException("enterprise.portfolio.pageSize");
        }
        if ((position == Position.AFTER || position == Position.BEFORE) && siteName == null) {
            throw new IllegalArgumentException("A page after or before a row needs that row");
        }
    }

    public static PortfolioPageRequest first(int size) {
        return new PortfolioPageRequest(Position.FIRST, null, 0, size);
    }

    public static PortfolioPageRequest after(PortfolioRow row, int size) {
        return new PortfolioPageRequest(Position.AFTER, row.siteName(), row.siteId(), size);
    }

    public static PortfolioPageRequest before(PortfolioRow row, int size) {
        return new PortfolioPageRequest(Position.BEFORE, row.siteName(), row.siteId(), size);
    }

    public static PortfolioPageRequest last(int size) {
        return new PortfolioPageRequest(Position.LAST, null, 0, size);
    }

    /** Pages before a row, and the last page, are read backwards from the end of the index and turned round. */
    boolean backwards() {
        return position == Position.BEFORE || position == Position.LAST;
    }
}
