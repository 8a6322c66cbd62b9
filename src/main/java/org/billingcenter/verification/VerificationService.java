package org.billingcenter.verification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.tenant.TenantDefinition.IdentityVerificationKind;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.file.FileSignature;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The account's own real-name verification: its Owner and Administrators submit, every reader of
 * the account sees the status with numbers masked. Always the signed-in user's account. The tenant
 * file decides the kind: PRC (resident ID, or licence and credit code) or international (name,
 * tax or VAT id, billing address, country); a submission of the other kind is refused.
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
    private final TenantRegistry tenants;
    private final Clock clock;

    VerificationService(RealNameVerificationRepository verifications, VerificationLicenceRepository licences,
            VerificationProperties limits, TenantRegistry tenants, Clock clock) {
        this.verifications = verifications;
        this.licences = licences;
        this.limits = limits;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The kind of verification the current tenant's file asks for. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public IdentityVerificationKind kindOffered() {
        return tenants.current().identityVerification();
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
                .map(v -> new VerifiedIdentity(v.getVerifiedKind(), v.getVerifiedName(), v.getVerifiedNumber(), v.getVerifiedCountry(),
                        v.getVerifiedAddress()));
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public MyVerification submitIndividual(@Valid IndividualIdentity identity) {
        requireKind(IdentityVerificationKind.PRC);
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
        requireKind(IdentityVerificationKind.PRC);
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

    /**
     * An international submission: a company must give its tax or VAT id, a person may leave it
     * out; the id must have a shape the country's ids take.
     */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public MyVerification submitInternational(@Valid InternationalIdentity identity) {
        requireKind(IdentityVerificationKind.INTERNATIONAL);
        String country = identity.country().strip().toUpperCase(java.util.Locale.ROOT);
        if (!TaxIds.isCountry(country)) {
            throw new BusinessRuleException("verification.countryInvalid");
        }
        String taxId = TaxIds.clean(identity.taxId());
        if (taxId.isEmpty() && identity.kind() == VerificationKind.ENTERPRISE) {
            throw new BusinessRuleException("verification.taxIdRequired");
        }
        if (!taxId.isEmpty() && !TaxIds.isPlausible(country, taxId)) {
            throw new BusinessRuleException("verification.taxIdInvalid");
        }
        RealNameVerification record = myRecord();
        record.submit(identity.kind(), identity.name().strip(), taxId.isEmpty() ? null : taxId, country,
                identity.billingAddress().strip(), null, CurrentUser.require().email(), clock.instant());
        return viewOf(verifications.save(record));
    }

    private void requireKind(IdentityVerificationKind expected) {
        if (tenants.current().identityVerification() != expected) {
            throw new BusinessRuleException("verification.kindNotOffered");
        }
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
                v.getRejectionReason(), v.getSubmittedAt(), v.getVerifiedKind(), v.getVerifiedName(), v.getCountry(), v.getBillingAddress());
    }
}
