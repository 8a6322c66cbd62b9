package org.billingcenter.ticket.ui;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import org.billingcenter.support.Input;
import org.billingcenter.support.UiTest;

/** What the support screens' tests share: finding by id, typing, opening a ticket as a customer would. */
abstract class TicketUiTest extends UiTest {

    @SuppressWarnings("unchecked")
    protected static <T> Grid<T> grid(String id) {
        return (Grid<T>) find(Grid.class, id);
    }

    protected static List<List<String>> rows(String gridId) {
        Grid<Object> grid = grid(gridId);
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormattedRow(grid, row)).toList();
    }

    /** The visible texts of the thread's lines, oldest first. */
    protected static List<String> thread() {
        Div thread = find(Div.class, "ticket-thread");
        return thread.getChildren().flatMap(Component::getChildren).filter(Paragraph.class::isInstance)
                .map(p -> ((Paragraph) p).getText()).toList();
    }

    @SuppressWarnings("unchecked")
    protected static void upload(String id, String fileName, byte[] content) {
        UploadKt._upload(find(Upload.class, id), fileName, "application/octet-stream", content);
    }

    /** Opens a ticket through the dialog on the list and returns its number, read from the page it lands on. */
    @SuppressWarnings("unchecked")
    protected long openTicket(String ticketType, String subject, String details) {
        navigate("support");
        click("new-ticket");
        Input.type((Select<String>) find(Select.class, "ticket-type"), ticketType);
        type(TextField.class, "ticket-subject", subject);
        type(TextArea.class, "ticket-details", details);
        click("ticket-submit");
        String heading = find(com.vaadin.flow.component.html.H2.class, "ticket-heading").getText();
        return Long.parseLong(heading.substring(1, heading.indexOf(' ')));
    }
}
