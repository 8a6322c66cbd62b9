package org.billingcenter.enterprise.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.enterprise.InvoiceQuery;
import org.billingcenter.enterprise.InvoiceSummary;
import org.billingcenter.enterprise.ActiveSitesPoint;
import org.billingcenter.enterprise.ContractInvoiceService;
import org.billingcenter.enterprise.PlanCount;
import org.billingcenter.enterprise.PlanSitesPoint;
import org.billingcenter.enterprise.PortfolioHeader;
import org.billingcenter.enterprise.PortfolioOverview;
import org.billingcenter.enterprise.PortfolioTable;
import org.billingcenter.enterprise.HostingPlans;
import org.billingcenter.enterprise.SitePlan;
import org.billingcenter.enterprise.SitePortfolioReportService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.ResponsiveColumns;
import org.billingcenter.shared.ui.chart.ApexChart;
import org.billingcenter.shared.ui.chart.ChartSeries;
import org.billingcenter.shared.ui.chart.ChartType;

/**
 * The Site Portfolio Report of one invoice: its heading, the rows per page, the three charts, and
 * the four collapsible tables, each filtered by its own column headings (see {@link PortfolioTable}
 * for what each one lists).
 */
@Route("enterprise/portfolio")
@RolesAllowed(Role.Names.ADMINISTRATOR)
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class PortfolioReportView extends VerticalLayout implements HasUrlParameter<Long>, BeforeEnterObserver, HasDynamicTitle {

    static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);

    final Select<Integer> rowsPerPage = new Select<>();
    final ApexChart byPlan = new ApexChart(ChartType.BAR);
    final ApexChart overTime = new ApexChart(ChartType.LINE);
    final ApexChart planOverTime = new ApexChart(ChartType.BAR);
    final Map<PortfolioTable, PortfolioTableSection> tables = new EnumMap<>(PortfolioTable.class);
    private final SitePortfolioReportService report;
    private final ContractInvoiceService invoices;
    private final HostingPlans plans;
    private PortfolioHeader header;
    private Long invoiceId;

    public PortfolioReportView(SitePortfolioReportService report, ContractInvoiceService invoices, HostingPlans plans) {
        this.report = report;
        this.plans = plans;
        this.invoices = invoices;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        this.invoiceId = id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (EnterpriseScreens.turnAwayNonEnterprise(event, invoices, this)) {
            return;
        }
        if (invoiceId == null) {
            // Opened without an invoice (from a bookmark or the address bar): the latest invoice's report.
            invoiceId = invoices.invoices(new InvoiceQuery(null, null)).stream().findFirst().map(InvoiceSummary::id).orElse(null);
        }
        if (invoiceId == null) {
            showNoInvoiceYet();
            return;
        }
        PortfolioOverview overview;
        try {
            overview = report.overview(invoiceId);
        } catch (BusinessRuleException notFound) {
            EnterpriseScreens.backToInvoices(event, notFound, this);
            return;
        }
        header = overview.header();
        removeAll();
        tables.clear();
        H2 title = new H2(getTranslation("enterprise.portfolio.title"));
        Paragraph heading = new Paragraph(getTranslation("enterprise.portfolio.heading", header.organisation(), header.invoiceNumber(),
                header.previousInvoiceDate(), header.invoiceDate()));
        heading.setId("portfolio-heading");
        RouterLink organisation = new RouterLink(header.organisation(), ContractsView.class);
        organisation.setId("portfolio-organisation");
        RouterLink invoice = new RouterLink(getTranslation("enterprise.portfolio.openInvoice", header.invoiceNumber()), InvoiceView.class,
                header.invoiceId());
        invoice.setId("portfolio-invoice");
        Anchor whole = new Anchor(WholeReportDownload.of(this, report, header.invoiceId(), header.invoiceNumber()), AttachmentType.DOWNLOAD, getTranslation("enterprise.portfolio.wholeCsv"));
        whole.setId("portfolio-whole-csv");
        HorizontalLayout links = new HorizontalLayout(organisation, invoice, whole);
        links.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, heading, links, rowsPerPage(), charts(overview));
        for (PortfolioTable table : PortfolioTable.values()) {
            PortfolioTableSection section = new PortfolioTableSection(report, plans, header, table, rowsPerPage.getValue(),
                    overview.tableSize(table), overview.owners());
            tables.put(table, section);
            add(section);
        }
    }

    private void showNoInvoiceYet() {
        removeAll();
        Paragraph empty = new Paragraph(getTranslation("enterprise.portfolio.noInvoice"));
        empty.setId("portfolio-empty");
        add(new H2(getTranslation("enterprise.portfolio.title")), empty,
                new RouterLink(getTranslation("menu.enterpriseInvoices"), InvoicesView.class));
    }

    /** How many rows each table shows a page; each table filters by its own column headings. */
    private HorizontalLayout rowsPerPage() {
        rowsPerPage.setId("rows-per-page");
        rowsPerPage.setLabel(getTranslation("enterprise.portfolio.rowsPerPage"));
        rowsPerPage.setItems(PAGE_SIZES);
        rowsPerPage.setValue(PAGE_SIZES.get(1));
        rowsPerPage.addValueChangeListener(change -> tables.values().forEach(section -> section.rowsPerPage(change.getValue())));
        return new HorizontalLayout(rowsPerPage);
    }

    private HorizontalLayout charts(PortfolioOverview overview) {
        List<PlanCount> counts = overview.sitesByPlan();
        byPlan.setId("chart-by-plan");
        byPlan.setTitle(getTranslation("enterprise.portfolio.chartByPlan"));
        byPlan.setNoDataText(getTranslation("enterprise.portfolio.chartEmpty"));
        byPlan.setCategories(counts.stream().map(c -> EnterpriseScreens.plan(plans, c.plan())).toList());
        // The bar's tooltip shows the series name and the count of the plan hovered.
        byPlan.setSeries(new ChartSeries(getTranslation("enterprise.portfolio.sites"), counts.stream().map(PlanCount::sites).toList()));
        byPlan.setValueFormat("", 0);
        List<ActiveSitesPoint> points = overview.activeSitesOverTime();
        overTime.setId("chart-over-time");
        overTime.setTitle(getTranslation("enterprise.portfolio.chartOverTime"));
        overTime.setNoDataText(getTranslation("enterprise.portfolio.chartEmpty"));
        overTime.setCategories(points.stream().map(p -> p.invoiceDate().toString()).toList());
        overTime.setSeries(new ChartSeries(getTranslation("enterprise.portfolio.activeSites"),
                points.stream().map(ActiveSitesPoint::activeSites).toList()));
        overTime.setValueFormat("", 0);
        planOverTime();
        return ResponsiveColumns.sideBySide(byPlan, overTime, planOverTime);
    }

    /** The third chart: each plan's active sites at every invoice date up to this one, stacked per date. */
    private void planOverTime() {
        List<PlanSitesPoint> points = report.sitesByPlanOverTime(header.invoiceId());
        List<LocalDate> dates = points.stream().map(PlanSitesPoint::invoiceDate).distinct().sorted().toList();
        List<SitePlan> order = plans.codes();
        // Smallest plan first; a plan the tenant file no longer lists goes last, by code.
        Map<SitePlan, Map<LocalDate, Long>> byPlanAndDate = new TreeMap<>(Comparator.comparingInt((SitePlan plan) -> order.contains(plan)
                ? order.indexOf(plan) : Integer.MAX_VALUE).thenComparing(SitePlan::code));
        points.forEach(p -> byPlanAndDate.computeIfAbsent(p.plan(), plan -> new HashMap<>()).put(p.invoiceDate(), p.sites()));
        planOverTime.setId("chart-plan-over-time");
        planOverTime.setTitle(getTranslation("enterprise.portfolio.chartPlanOverTime"));
        planOverTime.setNoDataText(getTranslation("enterprise.portfolio.chartEmpty"));
        planOverTime.setStacked(true);
        planOverTime.setCategories(dates.stream().map(LocalDate::toString).toList());
        planOverTime.setSeries(byPlanAndDate.entrySet().stream().map(plan -> new ChartSeries(EnterpriseScreens.plan(plans, plan.getKey()),
                dates.stream().map(date -> (Number) plan.getValue().getOrDefault(date, 0L)).toList())).toList());
        planOverTime.setValueFormat("", 0);
    }

    List<PortfolioTableSection> sections() {
        return new ArrayList<>(tables.values());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enterprise.portfolio.title");
    }
}
