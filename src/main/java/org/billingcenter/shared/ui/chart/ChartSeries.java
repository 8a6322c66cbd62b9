package org.billingcenter.shared.ui.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One named series of an axis chart (line, area, bar): one value per category, in category order.
 * A {@code null} value is a gap. The data list is copied, so the record is immutable.
 */
public record ChartSeries(String name, List<? extends Number> data) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
        data = Collections.unmodifiableList(new ArrayList<Number>(data));
    }

    public static ChartSeries of(String name, Number... data) {
        return new ChartSeries(name, java.util.Arrays.asList(data));
    }

    /** True when the series has no value other than gaps. */
    public boolean isEmpty() {
        return data.stream().allMatch(Objects::isNull);
    }
}
