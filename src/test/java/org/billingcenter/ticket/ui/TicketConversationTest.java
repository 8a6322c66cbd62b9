package org.billingcenter.ticket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.Input;
import org.billingcenter.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

/** A whole conversation: the customer asks, the operator answers, the customer is told, replies, and rates. */
class TicketConversationTest extends TicketUiTest {

    @Test
    @SuppressWarnings("unchecked")
    void aCustomerAndAnOperatorTalkUntilTheTicketIsClosed() {
        SignedInUser customer = newOwner(INTL);
        SignedInUser operator = newOperator(INTL);

        signIn(customer);
        navigate("support");
        click("new-ticket");
        Input.type((Select<String>) find(Select.class, "ticket-type"), "INVOICE");
        type(TextField.class, "ticket-subject", "October invoice missing");
        type(TextArea.class, "ticket-details", "I cannot find the invoice for October.");
        upload("ticket-files", "portal.log", "GET /invoices 404\n".getBytes(StandardCharsets.UTF_8));
        click("ticket-submit");
        String heading = find(H2.class, "ticket-heading").getText();
        assertThat(heading).endsWith(" October invoice missing");
        long ticket = Long.parseLong(heading.substring(1, heading.indexOf(' ')));
        assertThat(find(Span.class, "ticket-facts").getText()).startsWith("Invoice · Open · opened 2026-11-14 20:00");
        navigate("support");
        assertThat(rows("tickets-grid")).singleElement().satisfies(row ->
                assertThat(row).contains("#" + ticket, "Invoice", "October invoice missing", "Open"));

        switchTo(operator);
        navigate("operator");
        assertThat(rows("queue-grid")).anySatisfy(row -> assertThat(row).contains("#" + ticket, "October invoice missing"));
        int row = rows("queue-grid").stream().map(r -> r.getFirst()).toList().indexOf("#" + ticket);
        GridKt._clickItem(grid("queue-grid"), row, 1, false, false, false, false);
        assertThat(find(H2.class, "desk-heading").getText()).isEqualTo("#" + ticket + " October invoice missing");
        click("assign-to-me");
        type(TextArea.class, "desk-note", "Invoice run for October failed for this account");
        click("desk-add-note");
        type(TextArea.class, "desk-reply", "We re-issued it; you will find it under Invoices.");
        click("desk-send");
        assertThat(find(Span.class, "desk-facts").getText()).contains("Waiting for customer", "assigned to Operator");

        switchTo(customer);
        navigate("notifications");
        assertThat(find(Span.class, "notifications-unread").getText()).isEqualTo("1 unread");
        assertThat(rows("notifications-grid")).singleElement().satisfies(r ->
                assertThat(r).contains("Support replied to your ticket", "#" + ticket + " October invoice missing"));
        navigate("support/ticket/" + ticket);
        assertThat(thread()).contains("I cannot find the invoice for October.", "We re-issued it; you will find it under Invoices.")
                .doesNotContain("Invoice run for October failed for this account");
        type(TextArea.class, "reply-text", "Found it, thanks.");
        click("reply-send");
        assertThat(find(Span.class, "ticket-facts").getText()).contains("Open");

        switchTo(operator);
        navigate("operator/ticket/" + ticket);
        Input.type((Select<TicketStatus>) find(Select.class, "desk-status"), TicketStatus.RESOLVED);
        type(TextField.class, "desk-status-reason", "Customer found the invoice");
        click("desk-change-status");
        assertThat(rows("desk-history")).anySatisfy(r -> assertThat(r).contains(operator.email(),
                "Status set to Resolved: Customer found the invoice"));

        switchTo(customer);
        navigate("support/ticket/" + ticket);
        assertThat(thread()).contains("Status changed to Resolved.", "Customer found the invoice");
        Input.type((Select<Integer>) find(Select.class, "rating-stars"), 5);
        type(TextField.class, "rating-comment", "Quick and clear");
        click("rating-submit");
        click("ticket-close");
        assertThat(find(Span.class, "ticket-facts").getText()).contains("Closed");
        assertThat(find(Span.class, "ticket-rating").getText()).isEqualTo("Rated ★★★★★ Quick and clear");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(TextArea.class, s -> s.withId("reply-text"))).isEmpty();

        // The file the customer sent is downloadable as they sent it.
        Anchor file = com.github.mvysny.kaributesting.v10.LocatorJ._get(Anchor.class, s -> s.withText("portal.log"));
        assertThat(new String(DownloadKt._download(file), StandardCharsets.UTF_8)).isEqualTo("GET /invoices 404\n");
    }

    @Test
    void theCustomerIsEmailedAndTheOperatorSeesItInTheOutbox() {
        SignedInUser customer = newOwner(INTL);
        SignedInUser operator = newOperator(INTL);
        signIn(customer);
        long ticket = openTicket("BILLING", "Charged twice", "Two charges on 3 Nov.");

        switchTo(operator);
        navigate("operator/ticket/" + ticket);
        type(TextArea.class, "desk-reply", "One charge was refunded.");
        upload("desk-reply-files", "refund.pdf", "%PDF-1.7 refund note".getBytes(StandardCharsets.US_ASCII));
        click("desk-send");
        navigate("operator/outbox");
        List<List<String>> mails = rows("outbox-grid");
        assertThat(mails).anySatisfy(row -> assertThat(row).contains(customer.email(),
                "[Lumen Observability Billing Center] Reply to your ticket #" + ticket, "Sent", "1"));

        // The operator's file reaches the customer with the reply.
        switchTo(customer);
        navigate("support/ticket/" + ticket);
        Anchor file = com.github.mvysny.kaributesting.v10.LocatorJ._get(Anchor.class, s -> s.withText("refund.pdf"));
        assertThat(new String(DownloadKt._download(file), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7 refund note");
    }
}
