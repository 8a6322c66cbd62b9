package org.billingcenter.shared.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class ApexChartTest {

    @Test
    void stackedBarConfig() {
        ApexChart chart = new ApexChart(ChartType.BAR);
        chart.setCategories(List.of("Jan", "Feb"));
        chart.setSeries(List.of(
                new ChartSeries("Basic", List.of(new BigDecimal("10.50"), 20)),
                new ChartSeries("Pro", List.of(5, 7))));
        chart.setStacked(true);
        chart.setValueFormat("$", 2);
        chart.setColors(List.of("var(--lumo-primary-color)", "#00a884"));

        assertEquals(ChartType.BAR, chart.getChartType());
        assertTrue(chart.isStacked());
        assertTrue(chart.hasData());

        JsonNode config = chart.getConfig();
        assertEquals("bar", config.at("/chart/type").asString());
        assertTrue(config.at("/chart/stacked").asBoolean());
        assertFalse(config.at("/plotOptions/bar/horizontal").asBoolean());
        assertEquals("Jan", config.at("/xaxis/categories/0").asString());
        assertEquals(2, config.at("/series").size());
        assertEquals("Basic", config.at("/series/0/name").asString());
        // BigDecimal goes out as written, no binary rounding.
        assertTrue(chart.getConfigJson().contains("\"data\":[10.50,20]"), chart.getConfigJson());
        assertEquals(7, config.at("/series/1/data/1").asInt());
        assertTrue(config.at("/tooltip/enabled").asBoolean());
        assertEquals("$", config.at("/bc/valuePrefix").asString());
        assertEquals(2, config.at("/bc/decimals").asInt());
        assertEquals("var(--lumo-primary-color)", config.at("/colors/0").asString());
        assertEquals("No data", config.at("/noData/text").asString());
        // The JSON is what the element gets as its `config` property.
        assertEquals(chart.getConfigJson(), chart.getElement().getProperty("config"));
    }

    @Test
    void moneyChartsTellTheBrowserTheCurrencyAndItsDecimals() {
        ApexChart chart = new ApexChart(ChartType.AREA);
        chart.setMoneyFormat(Currency.getInstance("CNY"));
        JsonNode config = chart.getConfig();
        assertEquals("CNY", config.at("/bc/currency").asString());
        assertEquals(2, config.at("/bc/decimals").asInt());
        assertEquals("", config.at("/bc/valuePrefix").asString());

        chart.setMoneyFormat(Currency.getInstance("JPY"));
        assertEquals(0, chart.getConfig().at("/bc/decimals").asInt());
        chart.setValueFormat("", 0);
        assertTrue(chart.getConfig().at("/bc/currency").isMissingNode(), "a count is not money");
    }

    @Test
    void datesOnAnAxisAreWrittenInTheReadersLanguage() {
        LocalDate day = LocalDate.of(2026, 11, 14);
        assertEquals("Nov 14", ApexChart.dayFormat(Locale.ENGLISH).format(day));
        assertEquals("11月14日", ApexChart.dayFormat(Locale.SIMPLIFIED_CHINESE).format(day));
    }

    /** Many readers opening their first chart at the same moment, in languages no chart has used yet. */
    @Test
    void firstDateLabelsOnManyThreadsAtOnceAreWritten() throws Exception {
        LocalDate day = LocalDate.of(2026, 11, 14);
        List<Locale> locales = List.of(Locale.GERMANY, Locale.JAPAN, Locale.KOREA, Locale.CANADA_FRENCH, Locale.ITALY,
                Locale.forLanguageTag("es-MX"), Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("nl-NL"));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> labels = new ArrayList<>();
        try (ExecutorService readers = Executors.newFixedThreadPool(32)) {
            for (int n = 0; n < 32; n++) {
                Locale locale = locales.get(n % locales.size());
                labels.add(readers.submit(() -> {
                    start.await();
                    return ApexChart.dayFormat(locale).format(day);
                }));
            }
            start.countDown();
            for (int n = 0; n < labels.size(); n++) {
                assertEquals(ApexChart.dayFormat(locales.get(n % locales.size())).format(day), labels.get(n).get());
            }
        }
        assertEquals("14. Nov.", ApexChart.dayFormat(Locale.GERMANY).format(day));
    }

    @Test
    void donutConfig() {
        ApexChart chart = new ApexChart(ChartType.DONUT);
        chart.setDonut(List.of("Paid", "Open"), List.of(75, 25));
        chart.setValueFormat("¥", 0);

        JsonNode config = chart.getConfig();
        assertEquals("donut", config.at("/chart/type").asString());
        assertEquals(75, config.at("/series/0").asInt());
        assertEquals("Open", config.at("/labels/1").asString());
        assertEquals("¥", config.at("/bc/valuePrefix").asString());
        assertEquals("Total", config.at("/bc/totalLabel").asString());
        assertTrue(config.at("/chart/stacked").isMissingNode());
        assertThrows(IllegalStateException.class, () -> chart.setSeries(List.of()));
        assertThrows(IllegalArgumentException.class, () -> chart.setDonut(List.of("a"), List.of(1, 2)));
    }

    @Test
    void emptyDataShowsNoDataText() {
        ApexChart bar = new ApexChart(ChartType.BAR);
        bar.setSeries(List.of(new ChartSeries("Basic", List.of())));
        bar.setNoDataText("Nothing billed yet");
        assertFalse(bar.hasData());
        assertEquals(0, bar.getConfig().at("/series").size());
        assertEquals("Nothing billed yet", bar.getConfig().at("/noData/text").asString());

        ApexChart donut = new ApexChart(ChartType.DONUT);
        donut.setDonut(List.of("Paid"), List.of(0));
        assertFalse(donut.hasData());
        assertEquals(0, donut.getConfig().at("/series").size());
    }
}
