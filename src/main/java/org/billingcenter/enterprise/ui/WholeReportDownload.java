package org.billingcenter.enterprise.ui;

import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.billingcenter.enterprise.PortfolioCsvWords;
import org.billingcenter.enterprise.PortfolioTable;
import org.billingcenter.enterprise.SitePortfolioReportService;

/** The whole Site Portfolio Report of an invoice (its four tables) as one CSV download, in the reader's language. */
final class WholeReportDownload {

    private WholeReportDownload() {
    }

    static DownloadHandler of(Component view, SitePortfolioReportService report, long invoiceId, String invoiceNumber) {
        Map<PortfolioTable, String> names = new EnumMap<>(PortfolioTable.class);
        for (PortfolioTable table : PortfolioTable.values()) {
            names.put(table, view.getTranslation("enterprise.portfolio.tableName." + table.name()));
        }
        PortfolioCsvWords words = new PortfolioCsvWords(List.of(view.getTranslation("enterprise.portfolio.table"),
                view.getTranslation("enterprise.portfolio.siteName"), view.getTranslation("enterprise.portfolio.owner"),
                view.getTranslation("enterprise.portfolio.previousPlan"), view.getTranslation("enterprise.portfolio.currentPlan"),
                view.getTranslation("enterprise.portfolio.previousDate"), view.getTranslation("enterprise.portfolio.currentDate")), names,
                view.getTranslation("enterprise.owner.notDetermined"));
        return event -> {
            event.setFileName("site-portfolio-" + invoiceNumber + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                report.exportCsv(invoiceId, words, out);
            }
        };
    }
}
