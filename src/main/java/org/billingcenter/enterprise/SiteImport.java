package org.billingcenter.enterprise;

import java.util.List;

/**
 * A CSV file of sites, read for a contract: the sites it would add, and every row that is wrong.
 * A file with any bad row adds nothing ({@code added} is 0); a preview never adds anything.
 */
public record SiteImport(List<NewSite> sites, List<Problem> problems, int added) {

    public SiteImport {
        sites = List.copyOf(sites);
        problems = List.copyOf(problems);
    }

    public boolean acceptable() {
        return problems.isEmpty() && !sites.isEmpty();
    }

    /** Why a row cannot be taken: a message key and its argument; rows count from 1 after the header. */
    public record Problem(int row, String site, String messageKey, String argument) {
    }
}
