package org.billingcenter.enterprise.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.vaadin.flow.server.streams.AbstractDownloadHandler;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.TransferContext;

import org.billingcenter.enterprise.PortfolioFilter;
import org.billingcenter.enterprise.PortfolioTable;
import org.billingcenter.enterprise.SitePortfolioReportService;

/**
 * Streams one table of the report as CSV straight from the database, page after page, and tells
 * its progress listeners how many of the table's rows are written (a large portfolio takes seconds).
 */
class PortfolioCsvDownload extends AbstractDownloadHandler<PortfolioCsvDownload> {

    private final SitePortfolioReportService report;
    private final long invoiceId;
    private final PortfolioTable table;
    private final List<String> header;
    private final String fileName;
    /** Read on the download's own request; the view replaces it when a filter changes. */
    private volatile PortfolioFilter filter = PortfolioFilter.none();

    PortfolioCsvDownload(SitePortfolioReportService report, long invoiceId, PortfolioTable table, List<String> header, String fileName) {
        this.report = report;
        this.invoiceId = invoiceId;
        this.table = table;
        this.header = List.copyOf(header);
        this.fileName = fileName;
    }

    void filter(PortfolioFilter filter) {
        this.filter = filter;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        setTransferUI(event.getUI());
        PortfolioFilter current = filter;
        event.setFileName(fileName);
        event.setContentType("text/csv;charset=UTF-8");
        TransferContext context = getTransferContext(event);
        long total = report.count(invoiceId, table, current);
        getListeners().forEach(listener -> listener.onStart(context));
        long written;
        try (OutputStream out = event.getOutputStream()) {
            written = report.exportCsv(invoiceId, table, current, header, out,
                    rows -> getListeners().forEach(listener -> listener.onProgress(context, rows, total)));
        } catch (IOException | RuntimeException failed) {
            getListeners().forEach(listener -> listener.onError(context, failed instanceof IOException io ? io : new IOException(failed)));
            throw failed;
        }
        long done = written;
        getListeners().forEach(listener -> listener.onComplete(context, done));
    }
}
