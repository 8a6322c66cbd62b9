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
import org.billingcenter.enterprise.HostingPlans;
import org.billingcenter.enterprise.PortfolioHeader;
import org.billingcenter.enterprise.PortfolioPageRequest;
import org.billingcenter.enterprise.PortfolioRow;
import org.billingcenter.enterprise.PortfolioTable;
import org.billingcenter.enterprise.SitePortfolioReportService;
import org.billingcenter.shared.ui.ResponsiveColumns;

/**
 * One collapsible table of the report: a page of rows at a time, pager buttons, and a streamed CSV
 * download with progress. The grid's data provider reads the page it shows by keyset — after the
 * last row shown, before the first, or backwards from the end for the last page — so every page
 * costs one indexed read whatever its depth. The table's size comes with the report (counted when
 * the invoice was issued) and is counted again only when a filter changes. A collapsed table reads
 * nothing until it is opened.
 */
class PortfolioTableSection extends Details {

    final Grid<PortfolioRow> grid = new Grid<>();
    final Span pageLabel = new Span();
    final Button first = new Button();
    final Button previous = new Button();
    final Button next = new Button();
    final Button last = new Button();
    final Anchor csv;
    final ProgressBar progress = new ProgressBar();
    private final SitePortfolioReportService report;
    private final HostingPlans plans;
    private final PortfolioHeader header;
    private final PortfolioTable table;
    private final PortfolioCsvDownload download;
    final PortfolioColumnFilters filters;
    private PortfolioFilter filter = PortfolioFilter.none();
    private int pageSize;
    private int page;
    private long total;
    /** How to read the page to show; the rows once read (null until the grid asks for them). */
    private PortfolioPageRequest request;
    private List<PortfolioRow> rows;

    PortfolioTableSection(SitePortfolioReportService report, HostingPlans plans, PortfolioHeader header, PortfolioTable table, int pageSize,
            long total, List<String> owners) {
        this.report = report;
        this.plans = plans;
        this.header = header;
        this.table = table;
        this.pageSize = pageSize;
        this.total = total;
        this.request = PortfolioPageRequest.first(pageSize);
        String key = table.name().toLowerCase().replace('_', '-');
        setId("table-" + key);
        setWidthFull();
        setOpened(true);

        grid.setId("grid-" + key);
        grid.addColumn(PortfolioRow::siteName).setHeader(getTranslation("enterprise.portfolio.siteName")).setKey("site").setFlexGrow(2);
        grid.addColumn(r -> EnterpriseScreens.owner(this, r.owner())).setHeader(getTranslation("enterprise.portfolio.owner")).setKey("owner");
        grid.addColumn(r -> EnterpriseScreens.plan(plans, r.previousPlan())).setHeader(getTranslation("enterprise.portfolio.previousPlan"))
                .setKey("previousPlan");
        grid.addColumn(r -> EnterpriseScreens.plan(plans, r.currentPlan())).setHeader(getTranslation("enterprise.portfolio.currentPlan"))
                .setKey("currentPlan");
        grid.addColumn(r -> header.previousInvoiceDate().toString()).setHeader(getTranslation("enterprise.portfolio.previousDate"));
        grid.addColumn(r -> header.invoiceDate().toString()).setHeader(getTranslation("enterprise.portfolio.currentDate"));
        // Headings and values are short: each column is as wide as its longest text, the site name takes the rest.
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.getColumns().getFirst().setFlexGrow(1);
        grid.getColumns().stream().skip(1).forEach(column -> column.setFlexGrow(0));
        grid.setWidthFull();
        // On a phone the site, its owner and its current plan stay; the rest is in the CSV.
        ResponsiveColumns.hideBelow(grid, ResponsiveColumns.PHONE, grid.getColumns().get(2), grid.getColumns().get(4),
                grid.getColumns().get(5));
        filters = new PortfolioColumnFilters(this, grid, key, plans, header, owners, this::filtersChanged);
        grid.setEmptyStateText(getTranslation("enterprise.portfolio.empty"));
        grid.setAllRowsVisible(true);
        grid.setItems(query -> shownRows().stream().skip(query.getOffset()).limit(query.getLimit()), query -> shownRows().size());
        grid.setPageSize(pageSize);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened() && rows == null) {
                grid.getDataProvider().refreshAll();
            }
        });

        first.setText(getTranslation("enterprise.portfolio.firstPage"));
        first.setId("first-" + key);
        first.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        first.addClickListener(click -> show(0, PortfolioPageRequest.first(this.pageSize)));
        last.setText(getTranslation("enterprise.portfolio.lastPage"));
        last.setId("last-" + key);
        last.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        last.addClickListener(click -> show(pages() - 1, PortfolioPageRequest.last(lastPageSize())));
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
        HorizontalLayout pager = new HorizontalLayout(first, previous, pageLabel, next, last, csv, progress);
        pager.setAlignItems(FlexComponent.Alignment.CENTER);
        pager.setWrap(true);
        VerticalLayout content = new VerticalLayout(grid, pager);
        content.setPadding(false);
        content.setWidthFull();
        add(content);
        showPage();
    }

    void apply(PortfolioFilter newFilter, int newPageSize) {
        this.filter = newFilter;
        this.pageSize = newPageSize;
        download.filter(newFilter);
        grid.setPageSize(newPageSize);
        total = report.count(header.invoiceId(), table, newFilter);
        show(0, PortfolioPageRequest.first(newPageSize));
    }

    private void filtersChanged() {
        apply(filters.filter(), pageSize);
    }

    /** Another number of rows per page, the table's own filters kept. */
    void rowsPerPage(int newPageSize) {
        apply(filter, newPageSize);
    }

    long total() {
        return total;
    }

    /** The next page starts after the last row shown; the previous one ends before the first. */
    private void turn(int by) {
        List<PortfolioRow> shown = shownRows();
        if (by > 0 && page + 1 < pages() && !shown.isEmpty()) {
            show(page + 1, PortfolioPageRequest.after(shown.getLast(), pageSize));
        } else if (by < 0 && page > 0 && !shown.isEmpty()) {
            show(page - 1, PortfolioPageRequest.before(shown.getFirst(), pageSize));
        }
    }

    private void show(int newPage, PortfolioPageRequest newRequest) {
        page = newPage;
        request = newRequest;
        rows = null;
        showPage();
        grid.getDataProvider().refreshAll();
    }

    /** The page shown, read when the grid first asks for it (a collapsed table asks nothing of the database). */
    private List<PortfolioRow> shownRows() {
        if (rows == null) {
            if (!isOpened()) {
                return List.of();
            }
            rows = report.page(header.invoiceId(), table, filter, request);
        }
        return rows;
    }

    /** Pages are counted from the first row, so the last one holds what is left over. */
    private int lastPageSize() {
        long left = total - (long) (pages() - 1) * pageSize;
        return (int) Math.max(1, left);
    }

    private int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    private void showPage() {
        setSummaryText(getTranslation("enterprise.portfolio.table." + table.name(), total));
        pageLabel.setText(getTranslation("enterprise.portfolio.page", page + 1, pages(), total));
        first.setEnabled(page > 0);
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < pages());
        last.setEnabled(page + 1 < pages());
    }

    private List<String> csvHeader() {
        return List.of(getTranslation("enterprise.portfolio.siteName"), getTranslation("enterprise.portfolio.owner"),
                getTranslation("enterprise.portfolio.previousPlan"), getTranslation("enterprise.portfolio.currentPlan"),
                getTranslation("enterprise.portfolio.previousDate"), getTranslation("enterprise.portfolio.currentDate"));
    }
}
