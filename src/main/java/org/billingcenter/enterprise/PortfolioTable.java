package org.billingcenter.enterprise;

/**
 * The four tables of the Site Portfolio Report, each a flag column of the invoice's portfolio.
 * Between the previous invoice date P (inclusive) and the invoice date C (exclusive):
 * <ul>
 * <li>UPGRADED: the site existed before P, was upgraded automatically in the period, and ends on a
 *     higher plan than it had at P (an upgrade undone by a downgrade in the same period is not listed);</li>
 * <li>NEW_OVER_CONTRACT: created in the period, active at C, and beyond the contract's allotment of
 *     its plan — the newest sites of a plan are the ones over the allotment;</li>
 * <li>ACTIVE: billable at C (not deactivated, frozen or deleted before C, not a sandbox), and the sites deleted in the
 *     period that were active at P, as the modelled report lists them (the invoice bills only the former);</li>
 * <li>DEACTIVATED: deactivated (or deleted) in the period, including sites created in the same period.</li>
 * </ul>
 */
public enum PortfolioTable {
    UPGRADED("upgraded"), NEW_OVER_CONTRACT("new_over"), ACTIVE("listed_active"), DEACTIVATED("deactivated");

    private final String column;

    PortfolioTable(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
