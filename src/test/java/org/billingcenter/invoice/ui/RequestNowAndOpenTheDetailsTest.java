package org.billingcenter.invoice.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.invoice.InvoiceRequestDetails;
import org.billingcenter.invoice.InvoiceSummary;
import org.billingcenter.invoice.MailingAddressDetails;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.SelfService;
import org.junit.jupiter.api.Test;

/**
 * The Invoices page shows what can be requested now with *Request now* beside it; the request
 * opens to its details; its mailing address cannot be deleted while it waits, and is edited instead.
 */
class RequestNowAndOpenTheDetailsTest extends SelfService {

    @Test
    @SuppressWarnings("unchecked")
    void theHolderRequestsEverythingAtOnceOpensTheRequestAndKeepsItsAddress() {
        SignedInUser owner = newOwner(CN);
        verifyAsEnterprise(owner, "Lumen Analytics Ltd");
        offerBills(owner, bill("BILL-2026-05", "300.00", "200.00", "CNY"), bill("BILL-2026-06", "150.00", "150.00", "CNY"));
        ordinaryProfile(owner);
        long address = address(owner);
        signInInEnglish(owner);
        navigate("invoices");

        assertThat(find(Span.class, "invoiceable-now").getText()).isEqualTo("Can be requested now: CN¥350.00");
        click("request-now");
        click("request-confirm");
        assertThat(notifications()).contains("Invoice requested.");
        assertThat(find(Span.class, "invoiceable-now").getText()).isEqualTo("Can be requested now: CN¥0.00");

        Grid<InvoiceSummary> requests = find(Grid.class, "invoice-requests");
        _click((Button) GridKt._getCellComponent(requests, 0, "details"));
        assertThat(find(TextField.class, "detail-amount").getValue()).isEqualTo("CN¥350.00");
        assertThat(find(TextField.class, "detail-recipient").getValue()).isEqualTo("Li Lei");
        assertThat(GridKt._size((Grid<InvoiceRequestDetails.Document>) find(Grid.class, "detail-documents"))).isEqualTo(2);
        Grid<InvoiceRequestDetails.StatusChange> history = find(Grid.class, "detail-history");
        assertThat(GridKt._getFormatted(history, 0, "status")).isEqualTo("Requested");
        click("invoice-details-close");

        Grid<MailingAddressDetails> addresses = find(Grid.class, "mailing-addresses");
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(addresses, 0, "actions");
        _click(button(actions, "address-delete-" + address));
        click("address-delete-confirm");
        assertThat(notifications()).anyMatch(text -> text.contains("used by a request that is still being processed"));
        assertThat(GridKt._size(addresses)).isEqualTo(1);

        _click(button(actions, "address-edit-" + address));
        type(TextField.class, "address-recipient", "Han Meimei");
        click("address-save");
        assertThat(as(owner, () -> invoices.addresses())).extracting(MailingAddressDetails::recipient).containsExactly("Han Meimei");
    }

    private static Button button(HorizontalLayout actions, String id) {
        return actions.getChildren().filter(c -> c.getId().orElse("").equals(id)).map(Button.class::cast).findFirst().orElseThrow();
    }
}
