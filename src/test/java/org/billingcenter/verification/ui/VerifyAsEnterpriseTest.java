package org.billingcenter.verification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.Input;
import org.billingcenter.support.SelfService;
import org.billingcenter.verification.VerificationKind;
import org.billingcenter.verification.VerificationReview;
import org.junit.jupiter.api.Test;

/** The owner verifies the account as an enterprise with its licence; an operator opens the licence and approves. */
class VerifyAsEnterpriseTest extends SelfService {

    @Test
    void theOwnerSubmitsTheLicenceAndTheOperatorApproves() {
        SignedInUser owner = newOwner(CN);
        signInInEnglish(owner);
        navigate("verification");
        assertThat(find(Span.class, "verification-status").getText()).isEqualTo("Not verified");

        fillEnterprise("Lumen Analytics Ltd", CREDIT_CODE);
        UploadKt._upload(find(Upload.class, "licence-upload"), "licence.png", "image/png", PNG);
        click("verification-submit");
        assertThat(find(Paragraph.class, "verification-text").getText()).contains("never go back to individual");
        click("verification-confirm");

        assertThat(find(Span.class, "verification-status").getText()).isEqualTo("Waiting for review");
        assertThat(find(Paragraph.class, "verification-details").getText()).isEqualTo("Enterprise: Lumen Analytics Ltd · 913***********0Y43");

        switchToInEnglish(newOperator(CN));
        navigate("operator/verifications");
        @SuppressWarnings("unchecked")
        Grid<VerificationReview> queue = find(Grid.class, "verification-queue");
        VerificationReview mine = rowOf(queue, owner.accountId());
        assertThat(mine.idNumber()).isEqualTo(CREDIT_CODE);
        queue.asSingleSelect().setValue(mine);
        assertThat(DownloadKt._download(find(Anchor.class, "verification-licence"))).isEqualTo(PNG);
        click("verification-approve");
        click("approve-confirm");
        assertThat(notifications()).contains("Verification approved.");

        switchToInEnglish(owner);
        navigate("verification");
        assertThat(find(Span.class, "verification-status").getText()).isEqualTo("Verified");
        assertThat(find(Paragraph.class, "verification-details").getText()).contains("913***********0Y43")
                .doesNotContain(CREDIT_CODE);
    }

    @Test
    void aRejectedSubmissionShowsTheReasonAndOffersOnlyEnterpriseAgain() {
        SignedInUser owner = newOwner(CN);
        as(owner, () -> verification.submitEnterprise(new org.billingcenter.verification.EnterpriseIdentity("Lumen", CREDIT_CODE),
                new org.billingcenter.verification.LicenceFile("licence.pdf", null, PDF)));
        signInInEnglish(newOperator(CN));
        navigate("operator/verifications");
        @SuppressWarnings("unchecked")
        Grid<VerificationReview> queue = find(Grid.class, "verification-queue");
        queue.asSingleSelect().setValue(rowOf(queue, owner.accountId()));
        click("verification-reject");
        click("verification-reject-confirm");
        assertThat(find(com.vaadin.flow.component.textfield.TextArea.class, "verification-reason").isInvalid()).isTrue();
        Input.type(find(com.vaadin.flow.component.textfield.TextArea.class, "verification-reason"), "The licence is blurred");
        click("verification-reject-confirm");

        switchToInEnglish(owner);
        navigate("verification");
        assertThat(find(Span.class, "verification-status").getText()).isEqualTo("Rejected");
        assertThat(find(Paragraph.class, "verification-details").getText()).contains("Rejected: The licence is blurred");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VerificationKind> kind = find(RadioButtonGroup.class, "verification-kind");
        assertThat(kind.getListDataView().getItems()).containsExactly(VerificationKind.ENTERPRISE);
    }

    @SuppressWarnings("unchecked")
    private void fillEnterprise(String name, String code) {
        Input.type((RadioButtonGroup<VerificationKind>) find(RadioButtonGroup.class, "verification-kind"), VerificationKind.ENTERPRISE);
        type(TextField.class, "licence-name", name);
        type(TextField.class, "credit-code", code);
    }

    static VerificationReview rowOf(Grid<VerificationReview> grid, long accountId) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).accountId() == accountId) {
                return GridKt._get(grid, i);
            }
        }
        throw new AssertionError("account " + accountId + " is not in the queue");
    }
}
