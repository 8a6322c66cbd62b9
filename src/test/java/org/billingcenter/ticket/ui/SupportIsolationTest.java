package org.billingcenter.ticket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.shared.identity.SignedInUser;
import org.junit.jupiter.api.Test;

/** Customers see their own account's tickets only; operators of one tenant see nothing of another's. */
class SupportIsolationTest extends TicketUiTest {

    @Test
    void anotherAccountSeesNeitherTheTicketNorItsNotifications() {
        SignedInUser customer = newOwner(INTL);
        signIn(customer);
        long ticket = openTicket("BILLING", "Private matter", "Only for my account.");
        switchTo(newOperator(INTL));
        navigate("operator/ticket/" + ticket);
        type(TextArea.class, "desk-reply", "Answer for the first account");
        click("desk-send");

        switchTo(newOwner(INTL));
        navigate("support/ticket/" + ticket);
        assertThat(find(H2.class, "ticket-heading").getText()).isEqualTo("This ticket does not exist.");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Div.class,
                s -> s.withId("ticket-thread"))).isEmpty();
        navigate("support");
        assertThat(rows("tickets-grid")).isEmpty();
        navigate("notifications");
        assertThat(rows("notifications-grid")).isEmpty();
        assertThat(find(Span.class, "notifications-unread").getText()).isEqualTo("0 unread");
    }

    @Test
    void operatorsOfAnotherTenantSeeNothingOfIt() {
        SignedInUser foreignOperator = newOperator(HOSTING);
        signIn(foreignOperator);
        navigate("operator");
        long foreignAwaiting = Long.parseLong(find(Span.class, "count-tickets-awaiting").getText());

        switchTo(newOwner(INTL));
        long ticket = openTicket("BILLING", "Tenant boundary walrus", "Only lumen-intl staff may read this.");

        switchTo(foreignOperator);
        navigate("operator");
        assertThat(Long.parseLong(find(Span.class, "count-tickets-awaiting").getText())).isEqualTo(foreignAwaiting);
        type(TextField.class, "queue-keyword", "walrus");
        assertThat(rows("queue-grid")).isEmpty();
        navigate("operator/ticket/" + ticket);
        assertThat(find(H2.class, "desk-heading").getText()).isEqualTo("This ticket does not exist.");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(TextArea.class, s -> s.withId("desk-reply"))).isEmpty();
        navigate("operator/outbox");
        assertThat(rows("outbox-grid")).noneMatch(row -> row.toString().contains("#" + ticket));
    }
}
