package org.billingcenter.verification.ui;

import java.io.OutputStream;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Confirm;
import org.billingcenter.shared.ui.Display;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.shared.ui.Paging;
import org.billingcenter.shared.ui.TextPrompt;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.tenant.TenantDefinition.IdentityVerificationKind;
import org.billingcenter.verification.LicenceFile;
import org.billingcenter.verification.VerificationReview;
import org.billingcenter.verification.VerificationReviewService;

/** The staff's queue of real-name submissions, oldest first: open the licence, then approve or reject with a reason. */
@Route("operator/verifications")
@Menu(order = 81, title = "menu.operatorVerifications")
@RolesAllowed(Role.Names.OPERATOR)
@RequiresFeature(Feature.IDENTITY_VERIFICATION)
public class VerificationQueueView extends VerticalLayout implements HasDynamicTitle {

    private final VerificationReviewService review;

    final Grid<VerificationReview> grid = new Grid<>();
    final Button approve = new Button();
    final Button reject = new Button();
    final Anchor licence = new Anchor();

    public VerificationQueueView(VerificationReviewService review, TenantRegistry tenants) {
        this.review = review;
        Display display = new Display(tenants.current().timeZone(), getLocale());
        grid.setId("verification-queue");
        grid.addColumn(v -> display.dateTime(v.submittedAt())).setHeader(getTranslation("verification.column.submitted"));
        grid.addColumn(VerificationReview::accountId).setHeader(getTranslation("verification.column.account"));
        grid.addColumn(v -> getTranslation((v.country() == null ? "verification.kind." : "verification.intl.kind.") + v.kind()))
                .setHeader(getTranslation("verification.kind"));
        grid.addColumn(VerificationReview::name).setHeader(getTranslation("verification.column.name"));
        grid.addColumn(v -> v.idNumber() == null ? "" : v.idNumber()).setHeader(getTranslation("verification.column.number"));
        if (tenants.current().identityVerification() == IdentityVerificationKind.INTERNATIONAL) {
            // International submissions carry no licence image: the country and address are what the staff check the id against.
            grid.addColumn(v -> v.country() == null ? "" : Locale.of("", v.country()).getDisplayCountry(getLocale()))
                    .setHeader(getTranslation("verification.intl.country")).setKey("country");
            grid.addColumn(v -> v.billingAddress() == null ? "" : v.billingAddress())
                    .setHeader(getTranslation("verification.intl.billingAddress")).setKey("billingAddress");
        }
        grid.addColumn(VerificationReview::submittedBy).setHeader(getTranslation("verification.column.by"));
        grid.setEmptyStateText(getTranslation("verification.queueEmpty"));
        grid.setItems(query -> review.pending(Paging.of(query)).stream(), query -> Paging.count(review::pending));
        grid.asSingleSelect().addValueChangeListener(change -> selected(change.getValue()));

        approve.setText(getTranslation("verification.approve"));
        approve.setId("verification-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(click -> {
            VerificationReview chosen = grid.asSingleSelect().getValue();
            Confirm.ask("approve", getTranslation("verification.approve"),
                    getTranslation("verification.confirmApprove", chosen.name(),
                            chosen.idNumber() == null ? "—" : chosen.idNumber()), getTranslation("action.confirm"),
                    getTranslation("action.cancel"), () -> decide(() -> review.approve(chosen.id()), "verification.approved"));
        });
        reject.setText(getTranslation("verification.reject"));
        reject.setId("verification-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(click -> rejectDialog(grid.asSingleSelect().getValue()));
        licence.setText(getTranslation("verification.openLicence"));
        licence.setId("verification-licence");
        selected(null);
        add(new H2(getTranslation("verification.queueTitle")), grid, new HorizontalLayout(approve, reject, licence));
    }

    private void selected(VerificationReview chosen) {
        approve.setEnabled(chosen != null);
        reject.setEnabled(chosen != null);
        licence.setVisible(chosen != null && chosen.hasLicence());
        if (chosen != null && chosen.hasLicence()) {
            licence.setHref(download(chosen.id()));
        }
    }

    private DownloadHandler download(long verificationId) {
        return event -> {
            LicenceFile file = review.licence(verificationId);
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            try (OutputStream out = event.getOutputStream()) {
                out.write(file.content());
            }
        };
    }

    private void rejectDialog(VerificationReview chosen) {
        TextArea reason = new TextArea(getTranslation("verification.reason"));
        reason.setId("verification-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        TextPrompt.ask(getTranslation("verification.reject"), reason, "verification-reject-confirm", ButtonVariant.LUMO_ERROR,
                getTranslation("validation.required"), getTranslation("action.cancel"),
                text -> decide(() -> review.reject(chosen.id(), text), "verification.rejected"));
    }

    private void decide(Runnable decision, String doneKey) {
        try {
            decision.run();
            Forms.notifySuccess(getTranslation(doneKey));
        } catch (BusinessRuleException refused) {
            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
        }
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verification.queueTitle");
    }
}
