package org.billingcenter.shared.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * Screens that keep what matters on a narrow screen: a grid hides its secondary columns when the
 * browser window is narrower than a width (the key columns stay readable instead of every column
 * being squeezed), and pairs of charts sit side by side on a wide screen and one above the other
 * on a phone.
 */
public final class ResponsiveColumns {

    /** Below this window width (CSS pixels) a screen is laid out for a phone. */
    public static final int PHONE = 600;

    private ResponsiveColumns() {
    }

    /** Hides the columns while the window is narrower than {@code width}; shows them again when it widens. */
    public static void hideBelow(Grid<?> grid, int width, Grid.Column<?>... secondary) {
        List<Grid.Column<?>> columns = List.of(secondary);
        watch(grid, width, () -> columns);
    }

    /** As {@link #hideBelow(Grid, int, Grid.Column...)}, naming the columns by their place (0 first), looked up when the grid is shown. */
    public static void hideBelow(Grid<?> grid, int width, int... secondary) {
        watch(grid, width, () -> Arrays.stream(secondary).filter(i -> i < grid.getColumns().size())
                .<Grid.Column<?>>mapToObj(i -> grid.getColumns().get(i)).toList());
    }

    private static void watch(Grid<?> grid, int width, Supplier<List<Grid.Column<?>>> secondary) {
        Registration[] resize = new Registration[1];
        grid.addAttachListener((AttachEvent attach) -> {
            List<Grid.Column<?>> columns = secondary.get();
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> show(columns, details.getWindowInnerWidth() >= width));
            resize[0] = ui.getPage().addBrowserWindowResizeListener(event -> show(columns, event.getWidth() >= width));
        });
        grid.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }

    private static void show(List<Grid.Column<?>> columns, boolean visible) {
        columns.forEach(column -> column.setVisible(visible));
    }

    /** Components that share a row, each at least 20rem wide, wrapping one under the other when the row is narrower. */
    public static <T extends Component & HasSize> HorizontalLayout sideBySide(List<T> parts) {
        HorizontalLayout row = new HorizontalLayout();
        row.setWidthFull();
        row.setWrap(true);
        for (T part : parts) {
            part.setWidth(null);
            part.setMinWidth("min(20rem, 100%)");
            part.getStyle().set("flex", "1 1 20rem");
            row.add(part);
        }
        return row;
    }

    @SafeVarargs
    public static <T extends Component & HasSize> HorizontalLayout sideBySide(T... parts) {
        return sideBySide(List.of(parts));
    }
}
