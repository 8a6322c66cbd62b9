package org.billingcenter.ticket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.dom.Element;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.Views;
import org.junit.jupiter.api.Test;

/** Markup in a ticket is what the customer typed, shown as text: the browser never gets it as HTML. */
class TicketMarkupTest extends TicketUiTest {

    static final String SUBJECT = "<img src=x onerror=alert(1)>Bill";
    static final String DETAILS = "<script>alert('x')</script><b>bold</b>";

    @Test
    void aTicketContainingMarkupRendersAsTextForTheCustomerAndTheOperator() {
        SignedInUser customer = newOwner(INTL);
        signIn(customer);
        long ticket = openTicket("BILLING", SUBJECT, DETAILS);
        assertShownAsText(ticket);
        navigate("support");
        assertThat(rows("tickets-grid")).singleElement().satisfies(row -> assertThat(row).contains(SUBJECT));
        assertNoMarkup();

        switchTo(newOperator(INTL));
        navigate("operator/ticket/" + ticket);
        assertThat(find(H2.class, "desk-heading").getText()).isEqualTo("#" + ticket + " " + SUBJECT);
        assertThat(thread()).contains(DETAILS);
        assertNoMarkup();
    }

    private void assertShownAsText(long ticket) {
        assertThat(find(H2.class, "ticket-heading").getText()).isEqualTo("#" + ticket + " " + SUBJECT);
        assertThat(thread()).contains(DETAILS);
        assertNoMarkup();
    }

    /** In the page (the frame has a logo of its own): no element the text could have become, nothing set as raw HTML. */
    private static void assertNoMarkup() {
        List<Element> elements = descendants(Views.current().getElement()).filter(element -> !element.isTextNode()).toList();
        assertThat(elements).extracting(Element::getTag).doesNotContain("script", "img", "b");
        assertThat(elements).noneMatch(element -> element.hasProperty("innerHTML"));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Html.class)).isEmpty();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(TicketMarkupTest::descendants));
    }
}
