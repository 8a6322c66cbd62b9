package org.billingcenter.verification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.Input;
import org.billingcenter.support.SelfService;
import org.billingcenter.verification.VerificationKind;
import org.billingcenter.verification.VerificationReview;
import org.junit.jupiter.api.Test;

/**
 * In lumen-intl the owner verifies the account as a company abroad: name, VAT id, country and
 * billing address, no licence image and no PRC number; a VAT id of the wrong shape is marked on
 * its field; the operator sees the country and address in the queue and approves.
 */
class VerifyAbroadTest extends SelfService {

    @Test
    @SuppressWarnings("unchecked")
    void theOwnerSubmitsTheCompanysVatIdAndTheOperatorApproves() {
        SignedInUser owner = newOwner(INTL);
        signIn(owner);
        navigate("verification");
        _assertNone(TextField.class, s -> s.withId("resident-id"));
        _assertNone(Upload.class, s -> s.withId("licence-upload"));
        RadioButtonGroup<VerificationKind> kind = find(RadioButtonGroup.class, "verification-kind");
        assertThat(kind.getItemLabelGenerator().apply(VerificationKind.ENTERPRISE)).isEqualTo("Company");

        Input.type(kind, VerificationKind.ENTERPRISE);
        type(TextField.class, "intl-name", "Nordlicht GmbH");
        type(TextField.class, "intl-tax-id", "DE 1234");
        Input.type((ComboBox<String>) find(ComboBox.class, "intl-country"), "DE");
        assertThat(find(ComboBox.class, "intl-country").getItemLabelGenerator().apply("DE")).isEqualTo("Germany");
        type(TextArea.class, "intl-billing-address", "Friedrichstraße 10, 10117 Berlin");
        click("verification-submit");
        assertThat(find(Paragraph.class, "verification-text").getText()).contains("never go back to a person");
        click("verification-confirm");
        assertThat(find(TextField.class, "intl-tax-id").getErrorMessage()).contains("does not look like a tax or VAT id");
        assertThat(find(Span.class, "verification-status").getText()).isEqualTo("Not verified");

        type(TextField.class, "intl-tax-id", "DE 123 456 789");
        click("verification-submit");
        click("verification-confirm");
        assertThat(find(Span.class, "verification-status").getText()).isEqualTo("Waiting for review");
        assertThat(find(Paragraph.class, "verification-details").getText())
                .isEqualTo("Company: Nordlicht GmbH · DE ******* 789 · Germany");

        switchTo(newOperator(INTL));
        navigate("operator/verifications");
        Grid<VerificationReview> queue = find(Grid.class, "verification-queue");
        VerificationReview mine = null;
        for (int i = 0; i < GridKt._size(queue); i++) {
            if (GridKt._get(queue, i).accountId() == owner.accountId()) {
                mine = GridKt._get(queue, i);
                assertThat(GridKt._getFormatted(queue, i, "country")).isEqualTo("Germany");
                assertThat(GridKt._getFormatted(queue, i, "billingAddress")).isEqualTo("Friedrichstraße 10, 10117 Berlin");
            }
        }
        assertThat(mine).isNotNull();
        queue.asSingleSelect().setValue(mine);
        click("verification-approve");
        click("approve-confirm");
        assertThat(notifications()).contains("Verification approved.");

        switchTo(owner);
        navigate("verification");
        assertThat(find(Span.class, "verification-status").getText()).isEqualTo("Verified");
    }
}
