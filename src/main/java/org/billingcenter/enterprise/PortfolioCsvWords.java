package org.billingcenter.enterprise;

import java.util.List;
import java.util.Map;

/**
 * The words of the whole-report CSV in the reader's language: the column headings, each table's
 * name (the first cell of its rows) and what an unknown owner reads as.
 */
public record PortfolioCsvWords(List<String> header, Map<PortfolioTable, String> tables, String undetermined) {

    public PortfolioCsvWords {
        header = List.copyOf(header);
        tables = Map.copyOf(tables);
    }

    /** For e-mail attachments, which go out in the portal's language of record. */
    static PortfolioCsvWords english() {
        return new PortfolioCsvWords(List.of("Table", "Site", "Owner", "Previous plan", "Current plan", "Previous invoice date",
                "Invoice date"), Map.of(PortfolioTable.UPGRADED, "Upgraded sites", PortfolioTable.NEW_OVER_CONTRACT,
                        "New sites over contract", PortfolioTable.ACTIVE, "All active sites", PortfolioTable.DEACTIVATED,
                        "Deactivated sites"), "Not determined");
    }
}
