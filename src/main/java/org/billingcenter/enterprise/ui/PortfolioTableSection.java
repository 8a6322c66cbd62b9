package org.billingcenter.enterprise.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import org.billingcenter.enterprise.PortfolioFilter;
import org.billingcenter.enterprise.PortfolioHeader;
import org.billingcenter.enterprise.PortfolioRow;
import org.billingcenter.enterprise.PortfolioTable;
import org.billingcenter.enterprise.SitePortfolioReportService;

/**
 * One collapsible table of the report: a page of rows at a time (the grid asks the database for
 * exactly the rows it shows, and one count), pager buttons, and a streamed CSV download with progress.
 */
class PortfolioTableSection extends Details {

    final Grid<PortfolioRow> grid = new Grid<>();
    final Span pageLabel = new Span();
    final Button previous = new Button();
    final Button next = new Button();
    final Anchor csv;
    final ProgressBar progress = new ProgressBar();
    private final SitePortfolioReportService report;
    private final PortfolioHeader header;
    private final PortfolioTable table;
    private final PortfolioCsvDownload download;
    private PortfolioFilter filter = PortfolioFilter.none();
    private int pageSize;
    private int page;
    private long total;

    PortfolioTableSection(SitePortfolioReportService report, PortfolioHeader header, PortfolioTable table, int pageSize) {
        this.report = report;
        this.header = header;
        this.table = table;
        this.pageSize = pageSize;
        String key = table.name().toLowerCase().replace('_', '-');
        setId("table-" + key);
        setOpened(true);

        grid.setId("grid-" + key);
        grid.addColumn(PortfolioRow::siteName).setHeader(getTranslation("enterprise.portfolio.siteName")).setKey("site").setFlexGrow(2);
        grid.addColumn(PortfolioRow::owner).setHeader(getTranslation("enterprise.portfolio.owner")).setKey("owner");
        grid.addColumn(r -> EnterpriseScreens.plan(this, r.previousPlan())).setHeader(getTranslation("enterprise.portfolio.previousPlan"))
                .setKey("previousPlan");
        grid.addColumn(r -> EnterpriseScreens.plan(this, r.currentPlan())).setHeader(getTranslation("enterprise.portfolio.currentPlan"))
                .setKey("currentPlan");
        grid.addColumn(r -> header.previousInvoiceDate().toString()).setHeader(getTranslation("enterprise.portfolio.previousDate"));
        grid.addColumn(r -> header.invoiceDate().toString()).setHeader(getTranslation("enterprise.portfolio.currentDate"));
        grid.setEmptyStateText(getTranslation("enterprise.portfolio.empty"));
        grid.setAllRowsVisible(true);
        grid.setItems(query -> {
            int offset = page * this.pageSize + query.getOffset();
            return report.rows(header.invoiceId(), table, filter, offset, query.getLimit()).stream();
        }, query -> {
            total = report.count(header.invoiceId(), table, filter);
            showPage();
            return (int) Math.max(0, Math.min(this.pageSize, total - (long) page * this.pageSize));
        });
        grid.setPageSize(pageSize);

        previous.setText(getTranslation("enterprise.portfolio.previousPage"));
        previous.setId("previous-" + key);
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(click -> turn(-1));
        next.setText(getTranslation("enterprise.portfolio.nextPage"));
        next.setId("next-" + key);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addClickListener(click -> turn(1));
        pageLabel.setId("page-" + key);

        download = new PortfolioCsvDownload(report, header.invoiceId(), table, csvHeader(), "site-portfolio-" + header.invoiceNumber() + "-"
                + key + ".csv");
        progress.setVisible(false);
        progress.setWidth("10em");
        download.whenStart(() -> {
            progress.setValue(0);
            progress.setVisible(true);
            getUI().ifPresent(ui -> ui.setPollInterval(500));
        }).onProgress((done, of) -> progress.setValue(of == 0 ? 1 : (double) done / of)).whenComplete(success -> {
            progress.setVisible(false);
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        });
        csv = new Anchor(download, AttachmentType.DOWNLOAD, getTranslation("enterprise.portfolio.csv"));
        csv.setId("csv-" + key);
        HorizontalLayout pager = new HorizontalLayout(previous, pageLabel, next, csv, progress);
        pager.setAlignItems(FlexComponent.Alignment.CENTER);
        VerticalLayout content = new VerticalLayout(grid, pager);
        content.setPadding(false);
        add(content);
        showPage();
    }

    void apply(PortfolioFilter newFilter, int newPageSize) {
        this.filter = newFilter;
        this.pageSize = newPageSize;
        this.page = 0;
        download.filter(newFilter);
        grid.setPageSize(newPageSize);
        grid.getDataProvider().refreshAll();
    }

    long total() {
        return total;
    }

    private void turn(int by) {
        int pages = pages();
        page = Math.max(0, Math.min(pages - 1, page + by));
        grid.getDataProvider().refreshAll();
    }

    private int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    private void showPage() {
        setSummaryText(getTranslation("enterprise.portfolio.table." + table.name(), total));
        pageLabel.setText(getTranslation("enterprise.portfolio.page", page + 1, pages(), total));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < pages());
    }

    private List<String> csvHeader() {
        return List.of(getTranslation("enterprise.portfolio.siteName"), getTranslation("enterprise.portfolio.owner"),
                getTranslation("enterprise.portfolio.previousPlan"), getTranslation("enterprise.portfolio.currentPlan"),
                getTranslation("enterprise.portfolio.previousDate"), getTranslation("enterprise.portfolio.currentDate"));
    }
}
