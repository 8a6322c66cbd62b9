package org.billingcenter.verification.ui;

import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.BoundedUpload;
import org.billingcenter.shared.ui.Confirm;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.verification.EnterpriseIdentity;
import org.billingcenter.verification.IndividualIdentity;
import org.billingcenter.verification.LicenceFile;
import org.billingcenter.verification.MyVerification;
import org.billingcenter.verification.VerificationKind;
import org.billingcenter.verification.VerificationProperties;
import org.billingcenter.verification.VerificationService;
import org.billingcenter.verification.VerificationStatus;
import org.billingcenter.tenant.TenantDefinition.IdentityVerificationKind;

/**
 * The account's real-name verification: its status with the number masked, and for the Owner and
 * Administrators the form to submit (or resubmit after a rejection, or upgrade to enterprise), of
 * the kind the tenant asks for: PRC (resident ID, or licence and credit code) or international.
 */
@Route("verification")
@Menu(order = 91, title = "menu.verification")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
@RequiresFeature(Feature.IDENTITY_VERIFICATION)
public class VerificationView extends VerticalLayout implements HasDynamicTitle {

    private final VerificationService verification;
    private final VerificationProperties limits;

    final Span status = new Span();
    final Paragraph details = new Paragraph();
    final RadioButtonGroup<VerificationKind> kind = new RadioButtonGroup<>();
    final TextField personName = new TextField();
    final TextField residentId = new TextField();
    final TextField licenceName = new TextField();
    final TextField creditCode = new TextField();
    final Upload licence = new Upload();
    final Span licenceError = new Span();
    final Button submit = new Button();
    private final AtomicReference<LicenceFile> uploaded = new AtomicReference<>();
    private final VerticalLayout form = new VerticalLayout();
    /** The international form, when the tenant verifies that way; else null. */
    InternationalIdentityForm international;

    public VerificationView(VerificationService verification, VerificationProperties limits) {
        this.verification = verification;
        this.limits = limits;
        status.setId("verification-status");
        details.setId("verification-details");
        add(new H2(getTranslation("verification.title")), status, details);
        if (CurrentUser.require().has(Role.OWNER) || CurrentUser.require().has(Role.ADMINISTRATOR)) {
            if (verification.kindOffered() == IdentityVerificationKind.INTERNATIONAL) {
                buildInternationalForm();
            } else {
                buildForm();
            }
            add(form);
        }
        show(verification.mine());
    }

    private void buildForm() {
        kind.setId("verification-kind");
        kind.setLabel(getTranslation("verification.kind"));
        kind.setItems(VerificationKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("verification.kind." + value));
        field(personName, "verification.personName", "person-name");
        field(residentId, "verification.residentId", "resident-id");
        residentId.setHelperText(getTranslation("verification.residentIdHint"));
        field(licenceName, "verification.licenceName", "licence-name");
        field(creditCode, "verification.creditCode", "credit-code");
        creditCode.setHelperText(getTranslation("verification.creditCodeHint"));
        licence.setId("licence-upload");
        licence.setMaxFiles(1);
        licence.setMaxFileSize((int) limits.maxLicenceSize().toBytes());
        licence.setAcceptedFileTypes(".png", ".jpg", ".jpeg", ".pdf", "image/png", "image/jpeg", "application/pdf");
        BoundedUpload licenceHandler = new BoundedUpload(limits.maxLicenceSize().toBytes(), 1,
                (metadata, content) -> uploaded.set(new LicenceFile(metadata.fileName(), metadata.contentType(), content)));
        licence.setUploadHandler(licenceHandler);
        licence.addFileRemovedListener(removed -> {
            uploaded.set(null);
            licenceHandler.reset();
        });
        licenceError.setId("licence-error");
        licenceError.addClassName("bc-error");
        licenceError.setVisible(false);
        Paragraph licenceHint = new Paragraph(getTranslation("verification.licenceHint", limits.maxLicenceSize().toMegabytes()));
        FormLayout individual = new FormLayout(personName, residentId);
        VerticalLayout enterprise = new VerticalLayout(new FormLayout(licenceName, creditCode),
                new Span(getTranslation("verification.licence")), licence, licenceHint, licenceError);
        enterprise.setPadding(false);
        kind.addValueChangeListener(change -> {
            individual.setVisible(change.getValue() == VerificationKind.INDIVIDUAL);
            enterprise.setVisible(change.getValue() == VerificationKind.ENTERPRISE);
        });
        individual.setVisible(false);
        enterprise.setVisible(false);
        submit.setText(getTranslation("verification.submit"));
        submit.setId("verification-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> confirmSubmit());
        Forms.clearErrorOnEdit(personName, residentId, licenceName, creditCode);
        form.setPadding(false);
        form.add(new H3(getTranslation("verification.submitTitle")), kind, individual, enterprise, submit);
    }

    private void buildInternationalForm() {
        international = new InternationalIdentityForm(verification);
        submit.setText(getTranslation("verification.submit"));
        submit.setId("verification-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            if (international.chosen()) {
                Confirm.ask("verification", getTranslation("verification.submit"), getTranslation(
                        international.chosenKind() == VerificationKind.ENTERPRISE ? "verification.intl.confirmCompany"
                                : "verification.intl.confirmPerson"),
                        getTranslation("action.confirm"), getTranslation("action.cancel"), () -> {
                            MyVerification after = international.submit(Forms::notifyError);
                            if (after != null) {
                                Forms.notifySuccess(getTranslation("verification.submitted"));
                                show(after);
                            }
                        });
            }
        });
        form.setPadding(false);
        form.add(new H3(getTranslation("verification.submitTitle")), international, submit);
    }

    private void confirmSubmit() {
        if (kind.getValue() == null) {
            Forms.showError(kind, getTranslation("validation.required"));
            return;
        }
        String text = getTranslation(kind.getValue() == VerificationKind.ENTERPRISE ? "verification.confirmEnterprise"
                : "verification.confirmIndividual");
        Confirm.ask("verification", getTranslation("verification.submit"), text, getTranslation("action.confirm"),
                getTranslation("action.cancel"), this::submitNow);
    }

    private void submitNow() {
        licenceError.setVisible(false);
        try {
            MyVerification after = kind.getValue() == VerificationKind.INDIVIDUAL
                    ? verification.submitIndividual(new IndividualIdentity(personName.getValue(), residentId.getValue()))
                    : verification.submitEnterprise(new EnterpriseIdentity(licenceName.getValue(), creditCode.getValue()), uploaded.get());
            Forms.notifySuccess(getTranslation("verification.submitted"));
            show(after);
        } catch (ConstraintViolationException invalid) {
            Forms.showViolations(invalid, java.util.Map.of("name", personName, "idNumber", residentId, "licenceName", licenceName,
                    "creditCode", creditCode), this::getTranslation);
        } catch (BusinessRuleException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            switch (refused.messageKey()) {
                case "verification.residentIdInvalid" -> Forms.showError(residentId, message);
                case "verification.creditCodeInvalid" -> Forms.showError(creditCode, message);
                case "verification.licenceRequired", "verification.licenceTooLarge", "verification.licenceType" -> {
                    licenceError.setText(message);
                    licenceError.setVisible(true);
                }
                default -> Forms.notifyError(message);
            }
        }
    }

    private void show(MyVerification mine) {
        status.setText(getTranslation("verification.status." + mine.status()));
        StringBuilder text = new StringBuilder();
        if (mine.kind() != null && mine.country() != null) {
            text.append(getTranslation("verification.intl.kind." + mine.kind())).append(": ").append(mine.name());
            if (!mine.maskedNumber().isEmpty()) {
                text.append(" · ").append(mine.maskedNumber());
            }
            text.append(" · ").append(java.util.Locale.of("", mine.country()).getDisplayCountry(getLocale()));
        } else if (mine.kind() != null) {
            text.append(getTranslation("verification.kind." + mine.kind())).append(": ").append(mine.name()).append(" · ")
                    .append(mine.maskedNumber());
        }
        if (mine.status() == VerificationStatus.REJECTED) {
            text.append(" · ").append(getTranslation("verification.rejectedBecause", mine.rejectionReason()));
        }
        if (mine.verified() && mine.status() != VerificationStatus.VERIFIED) {
            text.append(" · ").append(getTranslation("verification.stillVerifiedAs", mine.verifiedName()));
        }
        details.setText(text.toString());
        boolean canSubmit = mine.status() != VerificationStatus.PENDING && mine.verifiedKind() != VerificationKind.ENTERPRISE;
        form.setVisible(canSubmit);
        if (canSubmit) {
            java.util.List<VerificationKind> open = mine.enterpriseOnly() || mine.verifiedKind() == VerificationKind.INDIVIDUAL
                    ? java.util.List.of(VerificationKind.ENTERPRISE) : java.util.List.of(VerificationKind.values());
            if (international != null) {
                international.offer(open);
            } else {
                kind.setItems(open);
            }
        }
    }

    private void field(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verification.title");
    }
}
