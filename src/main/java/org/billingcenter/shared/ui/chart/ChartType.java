package org.billingcenter.shared.ui.chart;

/** The kinds of chart {@link ApexChart} draws. Stacked and horizontal bars are options of {@link #BAR}. */
public enum ChartType {
    LINE("line"),
    AREA("area"),
    BAR("bar"),
    DONUT("donut");

    private final String apexName;

    ChartType(String apexName) {
        this.apexName = apexName;
    }

    /** The value of ApexCharts' {@code chart.type}. */
    public String apexName() {
        return apexName;
    }
}
