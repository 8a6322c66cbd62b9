package org.billingcenter.ticket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.support.Input;
import org.junit.jupiter.api.Test;

/** A file is judged by its content: a program renamed to look like a PDF is refused, and no ticket is opened. */
class AttachmentCheckTest extends TicketUiTest {

    static final byte[] WINDOWS_PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    @Test
    @SuppressWarnings("unchecked")
    void aRenamedProgramIsRefused() {
        signIn(newOwner(INTL));
        navigate("support");
        click("new-ticket");
        Input.type((Select<String>) find(Select.class, "ticket-type"), "BILLING");
        type(TextField.class, "ticket-subject", "Statement attached");
        type(TextArea.class, "ticket-details", "See the attached statement.");
        upload("ticket-files", "statement.pdf", WINDOWS_PROGRAM);
        click("ticket-submit");

        assertThat(notifications()).contains("The file statement.pdf is not a PNG or JPEG image, a PDF or a plain-text file "
                + "(its content decides, not its name).");
        navigate("support");
        assertThat(rows("tickets-grid")).isEmpty();
    }
}
