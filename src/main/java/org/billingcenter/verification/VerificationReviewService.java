package org.billingcenter.verification;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.i18n.Message;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's staff review real-name submissions: oldest first, with the licence image at hand. */
@Service
@Transactional
@RequiresFeature(Feature.IDENTITY_VERIFICATION)
public class VerificationReviewService {

    private final RealNameVerificationRepository verifications;
    private final VerificationLicenceRepository licences;
    private final Notifications notifications;
    private final Clock clock;

    VerificationReviewService(RealNameVerificationRepository verifications, VerificationLicenceRepository licences,
            Notifications notifications, Clock clock) {
        this.verifications = verifications;
        this.licences = licences;
        this.notifications = notifications;
        this.clock = clock;
    }

    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public Page<VerificationReview> pending(Pageable page) {
        return verifications.findByStatusOrderBySubmittedAt(VerificationStatus.PENDING, page)
                .map(v -> new VerificationReview(v.getId(), v.getAccountId(), v.getKind(), v.getLegalName(), v.getIdNumber(),
                        v.getLicenceId() != null, v.getSubmittedAt(), v.getSubmittedBy(), v.getCountry(), v.getBillingAddress()));
    }

    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public long pendingCount() {
        return verifications.countByStatus(VerificationStatus.PENDING);
    }

    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public LicenceFile licence(long verificationId) {
        RealNameVerification v = verifications.findById(verificationId)
                .orElseThrow(() -> new BusinessRuleException("verification.notFound"));
        return licences.findById(v.getLicenceId() == null ? -1 : v.getLicenceId())
                .filter(licence -> licence.getAccountId() == v.getAccountId())
                .map(VerificationLicence::file)
                .orElseThrow(() -> new BusinessRuleException("verification.noLicence"));
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public void approve(long verificationId) {
        RealNameVerification v = locked(verificationId);
        v.approve(CurrentUser.require().email(), clock.instant());
        notifications.notify(v.getAccountId(), "VERIFICATION", Message.of("notice.verificationApproved.text", v.getLegalName()));
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public void reject(long verificationId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("verification.reasonRequired");
        }
        RealNameVerification v = locked(verificationId);
        String text = reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
        v.reject(text, CurrentUser.require().email(), clock.instant());
        notifications.notify(v.getAccountId(), "VERIFICATION", Message.of("notice.verificationRejected.text", text));
    }

    private RealNameVerification locked(long id) {
        return verifications.lockById(id).orElseThrow(() -> new BusinessRuleException("verification.notFound"));
    }
}
