package org.billingcenter.verification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.file.FileSignature;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The account's own real-name verification: its Owner and Administrators submit, every reader of
 * the account sees the status with numbers masked. Always the signed-in user's account.
 */
@Service
@Validated
@Transactional
@RequiresFeature(Feature.IDENTITY_VERIFICATION)
public class VerificationService {

    static final List<FileSignature> LICENCE_TYPES = List.of(FileSignature.PNG, FileSignature.JPEG, FileSignature.PDF);

    private final RealNameVerificationRepository verifications;
    private final VerificationLicenceRepository licences;
    private final VerificationProperties limits;
    private final Clock clock;

    VerificationService(RealNameVerificationRepository verifications, VerificationLicenceRepository licences,
            VerificationProperties limits, Clock clock) {
        this.verifications = verifications;
        this.licences = licences;
        this.limits = limits;
        this.clock = clock;
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public MyVerification mine() {
        return verifications.findByAccountId(CurrentUser.requireAccountId()).map(VerificationService::viewOf)
                .orElse(MyVerification.NONE);
    }

    /** The identity in force for the signed-in user's account, if it has one. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public Optional<VerifiedIdentity> verifiedIdentity() {
        return verifications.findByAccountId(CurrentUser.requireAccountId())
                .filter(v -> v.getVerifiedName() != null)
                .map(v -> new VerifiedIdentity(v.getVerifiedKind(), v.getVerifiedName(), v.getVerifiedNumber()));
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public MyVerification submitIndividual(@Valid IndividualIdentity identity) {
        String number = IdentityNumbers.normalise(identity.idNumber());
        if (!IdentityNumbers.isResidentId(number)) {
            throw new BusinessRuleException("verification.residentIdInvalid");
        }
        RealNameVerification record = myRecord();
        record.submit(VerificationKind.INDIVIDUAL, identity.name().strip(), number, null, CurrentUser.require().email(),
                clock.instant());
        return viewOf(verifications.save(record));
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public MyVerification submitEnterprise(@Valid EnterpriseIdentity identity, LicenceFile licence) {
        String number = IdentityNumbers.normalise(identity.creditCode());
        if (!IdentityNumbers.isCreditCode(number)) {
            throw new BusinessRuleException("verification.creditCodeInvalid");
        }
        FileSignature type = checked(licence);
        RealNameVerification record = myRecord();
        // The rules are checked before the file is stored, so a refused submission leaves nothing behind.
        record.requireSubmittable(VerificationKind.ENTERPRISE);
        VerificationLicence stored = licences.save(new VerificationLicence(record.getAccountId(), safeName(licence.fileName()), type,
                licence.content(), clock.instant()));
        record.submit(VerificationKind.ENTERPRISE, identity.licenceName().strip(), number, stored.getId(),
                CurrentUser.require().email(), clock.instant());
        return viewOf(verifications.save(record));
    }

    private FileSignature checked(LicenceFile licence) {
        if (licence == null || licence.content() == null || licence.content().length == 0) {
            throw new BusinessRuleException("verification.licenceRequired");
        }
        if (licence.content().length > limits.maxLicenceSize().toBytes()) {
            throw new BusinessRuleException("verification.licenceTooLarge", limits.maxLicenceSize().toMegabytes());
        }
        return FileSignature.of(licence.fileName(), licence.content(), LICENCE_TYPES)
                .orElseThrow(() -> new BusinessRuleException("verification.licenceType"));
    }

    private RealNameVerification myRecord() {
        long accountId = CurrentUser.requireAccountId();
        return verifications.findByAccountId(accountId)
                .flatMap(existing -> verifications.lockById(existing.getId()))
                .orElseGet(() -> new RealNameVerification(accountId));
    }

    private static String safeName(String name) {
        String base = name == null ? "licence" : name.replaceAll("[\\\\/]", "_").strip();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    static MyVerification viewOf(RealNameVerification v) {
        return new MyVerification(v.getStatus(), v.getKind(), v.getLegalName(), IdentityNumbers.masked(v.getIdNumber()),
                v.getRejectionReason(), v.getSubmittedAt(), v.getVerifiedKind(), v.getVerifiedName());
    }
}
