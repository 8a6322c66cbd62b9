package org.billingcenter.verification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.Input;
import org.billingcenter.support.SelfService;
import org.billingcenter.verification.VerificationKind;
import org.billingcenter.verification.VerificationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every mistake on the verification form is named on the field it is about, and nothing is submitted. */
class VerificationBadInputTest extends SelfService {

    SignedInUser owner;

    @BeforeEach
    void open() {
        owner = newOwner(CN);
        signInInEnglish(owner);
        navigate("verification");
    }

    @Test
    void missingFieldsAreRequired() {
        kind(VerificationKind.INDIVIDUAL);
        submit();
        assertThat(find(TextField.class, "person-name").getErrorMessage()).isEqualTo("Required");
        assertThat(find(TextField.class, "resident-id").getErrorMessage()).isEqualTo("Required");
        assertNothingSubmitted();
    }

    @Test
    void aResidentIdWithAWrongCheckDigitIsRefused() {
        kind(VerificationKind.INDIVIDUAL);
        type(TextField.class, "person-name", "Li Lei");
        type(TextField.class, "resident-id", "110105194912310021");
        submit();
        assertThat(find(TextField.class, "resident-id").getErrorMessage()).startsWith("This is not a valid resident ID number");
        assertNothingSubmitted();
    }

    @Test
    void aCreditCodeOfTheWrongFormatIsRefused() {
        enterprise("91350100M000100Y4");
        UploadKt._upload(find(Upload.class, "licence-upload"), "licence.png", "image/png", PNG);
        submit();
        assertThat(find(TextField.class, "credit-code").getErrorMessage()).startsWith("This is not a valid unified social credit code");
        assertNothingSubmitted();
    }

    @Test
    void anOversizedLicenceIsRefused() {
        enterprise(CREDIT_CODE);
        byte[] huge = new byte[2 * 1024 * 1024 + 10];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        Upload upload = find(Upload.class, "licence-upload");
        // The browser's upload refuses it first, with its own message; the server refuses it unread as well.
        assertThat(upload.getMaxFileSize()).isEqualTo(2 * 1024 * 1024);
        UploadKt._upload(upload, "licence.png", "image/png", huge);
        submit();
        assertThat(find(Span.class, "licence-error").getText()).isEqualTo("Upload the business licence image.");
        assertNothingSubmitted();
    }

    @Test
    void aLicenceWhoseContentIsNotAnImageOrPdfIsRefusedWhateverItsName() {
        enterprise(CREDIT_CODE);
        UploadKt._upload(find(Upload.class, "licence-upload"), "licence.png", "image/png",
                "MZ\u0090 this is a program".getBytes(StandardCharsets.ISO_8859_1));
        submit();
        assertThat(find(Span.class, "licence-error").getText()).startsWith("The licence must be a PNG, JPEG or PDF file");
        assertNothingSubmitted();
    }

    @Test
    void withoutALicenceTheSubmissionIsRefused() {
        enterprise(CREDIT_CODE);
        submit();
        assertThat(find(Span.class, "licence-error").getText()).isEqualTo("Upload the business licence image.");
        assertNothingSubmitted();
    }

    private void enterprise(String code) {
        kind(VerificationKind.ENTERPRISE);
        type(TextField.class, "licence-name", "Lumen Analytics Ltd");
        type(TextField.class, "credit-code", code);
    }

    @SuppressWarnings("unchecked")
    private static void kind(VerificationKind kind) {
        Input.type((RadioButtonGroup<VerificationKind>) find(RadioButtonGroup.class, "verification-kind"), kind);
    }

    private static void submit() {
        click("verification-submit");
        click("verification-confirm");
    }

    private void assertNothingSubmitted() {
        assertThat(as(owner, () -> verification.mine()).status()).isEqualTo(VerificationStatus.UNVERIFIED);
    }
}
