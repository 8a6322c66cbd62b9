package org.billingcenter.shared.ui.chart;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart drawn in the browser by ApexCharts 4.7.0 (the last MIT release; 5.x carries other
 * licence terms, so do not upgrade) through our own {@code <bc-apex-chart>} Lit element.
 * <p>
 * The server keeps the typed state and sends the browser one JSON config (see
 * {@link #getConfigJson()}), so tests can check what a chart shows without a browser. Changing
 * anything resends the config; the element animates to the new data.
 * <p>
 * Changing this class's annotations or {@code frontend/components/bc-apex-chart.ts} needs the
 * frontend bundles rebuilt: {@code scripts/build-frontend-bundles.sh}.
 */
@Tag("bc-apex-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./components/bc-apex-chart.ts")
public class ApexChart extends Component implements HasSize {

    public static final String DEFAULT_NO_DATA_TEXT = "No data";
    public static final String DEFAULT_HEIGHT = "320px";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<Locale, DateTimeFormatter> DAY_FORMATS = new ConcurrentHashMap<>();

    private final ChartType chartType;
    private List<String> categories = List.of();
    private List<ChartSeries> series = List.of();
    private List<String> labels = List.of();
    private List<Number> values = List.of();
    private boolean stacked;
    private boolean horizontal;
    private String title;
    private String valuePrefix = "";
    private int decimals;
    private Currency currency;
    private List<String> colors = List.of();
    private String noDataText = DEFAULT_NO_DATA_TEXT;
    private String donutTotalLabel = "Total";
    private String configJson;

    public ApexChart(ChartType chartType) {
        this.chartType = Objects.requireNonNull(chartType, "chartType");
        setWidth("100%");
        setHeight(DEFAULT_HEIGHT);
        update();
    }

    // ---- axis charts (LINE, AREA, BAR) ----

    /** The x-axis categories (for horizontal bars: the bar labels). */
    public void setCategories(List<String> categories) {
        this.categories = List.copyOf(categories);
        update();
    }

    public void setSeries(List<ChartSeries> series) {
        requireAxisChart("setSeries");
        this.series = List.copyOf(series);
        update();
    }

    public void setSeries(ChartSeries... series) {
        setSeries(List.of(series));
    }

    /** Stacks the series of a BAR (or AREA) chart. */
    public void setStacked(boolean stacked) {
        this.stacked = stacked;
        update();
    }

    /** Draws a BAR chart's bars horizontally. */
    public void setHorizontal(boolean horizontal) {
        this.horizontal = horizontal;
        update();
    }

    // ---- DONUT ----

    /** The slices of a DONUT chart: one label per value, in order. */
    public void setDonut(List<String> labels, List<? extends Number> values) {
        if (chartType != ChartType.DONUT) {
            throw new IllegalStateException("setDonut needs a DONUT chart, this one is " + chartType);
        }
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException(
                    "a donut needs one label per value: " + labels.size() + " labels, " + values.size() + " values");
        }
        this.labels = List.copyOf(labels);
        this.values = Collections.unmodifiableList(new ArrayList<Number>(values));
        update();
    }

    /** The label of the total shown in the donut's hole; {@code null} shows no total. Default "Total". */
    public void setDonutTotalLabel(String donutTotalLabel) {
        this.donutTotalLabel = donutTotalLabel;
        update();
    }

    // ---- common ----

    /** A title above the chart; {@code null} or blank for none. */
    public void setTitle(String title) {
        this.title = title;
        update();
    }

    /**
     * How values are shown on the value axis, in tooltips and in the donut total: a currency
     * symbol or other prefix ("$", "¥", "" for none) and a fixed number of decimals (0-6).
     * Digits are grouped in the browser's locale.
     */
    public void setValueFormat(String prefix, int decimals) {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0-6: " + decimals);
        }
        this.valuePrefix = prefix == null ? "" : prefix;
        this.decimals = decimals;
        this.currency = null;
        update();
    }

    /**
     * Values are amounts of this currency: axes, tooltips and totals write them as the reader's
     * locale writes that currency ({@code US$1,234.50}, {@code ¥1,234.50}), with its usual decimals.
     */
    public void setMoneyFormat(Currency currency) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.valuePrefix = "";
        this.decimals = Math.max(0, currency.getDefaultFractionDigits());
        update();
    }

    /** The currency the values are amounts of, or null for plain numbers. */
    public Currency getCurrency() {
        return currency;
    }

    /**
     * Series (or slice) colours, in order: any CSS colour, or a custom property such as
     * {@code "var(--lumo-primary-color)"}, resolved in the browser so tenant branding applies.
     * Empty for ApexCharts' default palette.
     */
    public void setColors(List<String> colors) {
        this.colors = List.copyOf(colors);
        update();
    }

    /** The text shown instead of the chart when there is nothing to draw. Default "No data". */
    public void setNoDataText(String noDataText) {
        this.noDataText = Objects.requireNonNull(noDataText, "noDataText");
        update();
    }

    /**
     * How a day is written on a date axis in the reader's language: month and day, no year
     * ("Nov 14", "11月14日"), short enough for the axis to show many of them.
     */
    public static DateTimeFormatter dayFormat(Locale locale) {
        return DAY_FORMATS.computeIfAbsent(locale, ApexChart::resolveDayFormat);
    }

    /**
     * The JDK resolves a localized skeleton ("MMMd") lazily and without a lock: first uses on several
     * threads at once can fail, and then keep failing for that locale. So it is resolved one at a time,
     * once per locale, and the formatter kept.
     */
    private static synchronized DateTimeFormatter resolveDayFormat(Locale locale) {
        return DateTimeFormatter.ofPattern(
                DateTimeFormatterBuilder.getLocalizedDateTimePattern("MMMd", IsoChronology.INSTANCE, locale), locale);
    }

    // ---- what the chart was given (for server-side tests) ----

    public ChartType getChartType() {
        return chartType;
    }

    public List<String> getCategories() {
        return categories;
    }

    public List<ChartSeries> getSeries() {
        return series;
    }

    public List<String> getLabels() {
        return labels;
    }

    public List<Number> getValues() {
        return values;
    }

    public boolean isStacked() {
        return stacked;
    }

    public boolean isHorizontal() {
        return horizontal;
    }

    public String getTitle() {
        return title;
    }

    public String getValuePrefix() {
        return valuePrefix;
    }

    public int getDecimals() {
        return decimals;
    }

    public List<String> getColors() {
        return colors;
    }

    public String getNoDataText() {
        return noDataText;
    }

    public String getDonutTotalLabel() {
        return donutTotalLabel;
    }

    /** False when the chart shows its "no data" text: no series/slices, or only gaps/zeros. */
    public boolean hasData() {
        if (chartType == ChartType.DONUT) {
            return values.stream().anyMatch(v -> v != null && v.doubleValue() != 0);
        }
        return series.stream().anyMatch(s -> !s.isEmpty());
    }

    /** The ApexCharts config exactly as sent to the browser (the {@code config} property). */
    public String getConfigJson() {
        return configJson;
    }

    /** A copy of the config as a tree, handy for assertions ({@code getConfig().at("/chart/stacked")}). */
    public JsonNode getConfig() {
        return JSON.readTree(configJson);
    }

    // ---- building the config ----

    private void requireAxisChart(String method) {
        if (chartType == ChartType.DONUT) {
            throw new IllegalStateException(method + " is for LINE, AREA and BAR charts; use setDonut for a DONUT");
        }
    }

    private void update() {
        configJson = JSON.writeValueAsString(buildConfig());
        getElement().setProperty("config", configJson);
    }

    private ObjectNode buildConfig() {
        ObjectNode root = JSON.createObjectNode();
        boolean donut = chartType == ChartType.DONUT;

        ObjectNode chart = root.putObject("chart");
        chart.put("type", chartType.apexName());
        // The element's size comes from HasSize (host style); ApexCharts fills it.
        chart.put("height", "100%");
        chart.put("width", "100%");
        chart.put("fontFamily", "inherit");
        chart.put("background", "transparent");
        chart.put("parentHeightOffset", 0);
        chart.putObject("toolbar").put("show", false);
        chart.putObject("zoom").put("enabled", false);
        if (!donut) {
            chart.put("stacked", stacked);
        }

        if (donut) {
            ArrayNode data = root.putArray("series");
            if (hasData()) {
                values.forEach(v -> addNumber(data, v));
                ArrayNode labelArray = root.putArray("labels");
                labels.forEach(labelArray::add);
            }
        } else {
            ArrayNode seriesArray = root.putArray("series");
            if (hasData()) {
                for (ChartSeries s : series) {
                    ObjectNode node = seriesArray.addObject();
                    node.put("name", s.name());
                    ArrayNode data = node.putArray("data");
                    s.data().forEach(v -> addNumber(data, v));
                }
            }
            ArrayNode cats = root.putObject("xaxis").putArray("categories");
            categories.forEach(cats::add);
        }

        ObjectNode plotOptions = root.putObject("plotOptions");
        if (chartType == ChartType.BAR) {
            ObjectNode bar = plotOptions.putObject("bar");
            bar.put("horizontal", horizontal);
            bar.put("borderRadius", 3);
            bar.put("borderRadiusApplication", "end");
            bar.put("borderRadiusWhenStacked", "last");
        }
        if (donut) {
            plotOptions.putObject("pie").putObject("donut").put("size", "62%");
        }
        if (chartType == ChartType.LINE || chartType == ChartType.AREA) {
            ObjectNode stroke = root.putObject("stroke");
            stroke.put("curve", "smooth");
            stroke.put("width", 2);
        }

        root.putObject("dataLabels").put("enabled", donut);
        root.putObject("legend").put("position", "bottom");

        ObjectNode tooltip = root.putObject("tooltip");
        tooltip.put("enabled", true);
        if (!donut) {
            // One tooltip for all series at the hovered category.
            tooltip.put("shared", true);
            tooltip.put("intersect", false);
        }

        ObjectNode noData = root.putObject("noData");
        noData.put("text", noDataText);
        noData.put("align", "center");
        noData.put("verticalAlign", "middle");

        if (title != null && !title.isBlank()) {
            ObjectNode titleNode = root.putObject("title");
            titleNode.put("text", title);
            titleNode.put("align", "left");
        }
        if (!colors.isEmpty()) {
            ArrayNode colorArray = root.putArray("colors");
            colors.forEach(colorArray::add);
        }

        // Not ApexCharts: read (and removed) by bc-apex-chart.ts, which turns it into formatter functions.
        ObjectNode bc = root.putObject("bc");
        bc.put("valuePrefix", valuePrefix);
        bc.put("decimals", decimals);
        if (currency != null) {
            bc.put("currency", currency.getCurrencyCode());
        }
        Locale locale = getLocale();
        if (locale != null) {
            bc.put("locale", locale.toLanguageTag());
        }
        if (donut && donutTotalLabel != null) {
            bc.put("totalLabel", donutTotalLabel);
        }
        return root;
    }

    private static void addNumber(ArrayNode array, Number n) {
        switch (n) {
            case null -> array.addNull();
            case BigDecimal d -> array.add(d);
            case BigInteger i -> array.add(i);
            case Integer i -> array.add(i.intValue());
            case Long l -> array.add(l.longValue());
            case Short s -> array.add(s.intValue());
            case Byte b -> array.add(b.intValue());
            case Float f -> array.add(f.floatValue());
            default -> array.add(n.doubleValue());
        }
    }
}
