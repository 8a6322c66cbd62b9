package org.billingcenter.enterprise;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.billingcenter.shared.csv.CsvExport;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The whole Site Portfolio Report of an invoice as one CSV file: its four tables one after the
 * other, each row naming its table, plans by their names in the tenant file. Streamed row by row
 * (see {@link RowStream}). Callers have already checked who may read the invoice.
 */
@Component
class PortfolioReportCsv {

    private final RowStream stream;
    private final HostingPlans plans;

    PortfolioReportCsv(RowStream stream, HostingPlans plans) {
        this.stream = stream;
        this.plans = plans;
    }

    /** Writes the report of the invoice {@code scope} names (tenant and invoice); returns the rows written. */
    long write(MapSqlParameterSource scope, LocalDate previousDate, LocalDate invoiceDate, PortfolioCsvWords words, OutputStream out) {
        long[] written = {0};
        CsvExport.write(out, words.header(), printer -> {
            for (PortfolioTable table : PortfolioTable.values()) {
                MapSqlParameterSource params = new MapSqlParameterSource(scope.getValues());
                String sql = "SELECT " + PortfolioQueries.COLUMNS + " FROM ent_invoice_site"
                        + PortfolioQueries.where(table, PortfolioFilter.none(), params) + " ORDER BY site_name, site_id";
                String name = words.tables().get(table);
                stream.each(sql, params, rs -> {
                    String owner = rs.getString(3);
                    String previous = rs.getString(4);
                    printer.print(List.of(name, rs.getString(2), owner == null || owner.isEmpty() ? words.undetermined() : owner,
                            previous == null ? "" : plans.name(SitePlan.of(previous)), plans.name(SitePlan.of(rs.getString(5))),
                            previousDate, invoiceDate));
                    written[0]++;
                });
            }
        });
        return written[0];
    }
}
