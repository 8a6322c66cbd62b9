package org.billingcenter.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.SelfService;
import org.billingcenter.tenant.TenantDefinition.IdentityVerificationKind;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;

/**
 * lumen-intl verifies the international way (its tenant file says so): a company's name, tax or
 * VAT id, billing address and country, reviewed by the staff as before. The PRC kinds are refused
 * there, and the international kind in lumen-cn.
 */
class InternationalVerificationTest extends SelfService {

    @Test
    void aCompanyAbroadIsVerifiedWithItsVatIdAddressAndCountry() {
        SignedInUser owner = newOwner(INTL);
        assertThat(as(owner, () -> verification.kindOffered())).isEqualTo(IdentityVerificationKind.INTERNATIONAL);
        as(owner, () -> verification.submitInternational(new InternationalIdentity(VerificationKind.ENTERPRISE, " Nordlicht GmbH ",
                "de 123 456 789", "de", "Friedrichstraße 10, 10117 Berlin")));

        VerificationReview pending = as(newOperator(INTL), () -> review.pending(Pageable.ofSize(1000)).stream()
                .filter(p -> p.accountId() == owner.accountId()).findFirst().orElseThrow());
        assertThat(pending.name()).isEqualTo("Nordlicht GmbH");
        assertThat(pending.idNumber()).isEqualTo("DE 123 456 789");
        assertThat(pending.country()).isEqualTo("DE");
        assertThat(pending.billingAddress()).isEqualTo("Friedrichstraße 10, 10117 Berlin");
        assertThat(pending.hasLicence()).isFalse();
        approve(owner);

        VerifiedIdentity identity = as(owner, () -> verification.verifiedIdentity()).orElseThrow();
        assertThat(identity).isEqualTo(new VerifiedIdentity(VerificationKind.ENTERPRISE, "Nordlicht GmbH", "DE 123 456 789", "DE",
                "Friedrichstraße 10, 10117 Berlin"));
        MyVerification mine = as(owner, () -> verification.mine());
        assertThat(mine.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(mine.maskedNumber()).isEqualTo("DE ******* 789");
        // A company never goes back to a person, abroad as at home.
        assertRefused(owner, () -> verification.submitInternational(new InternationalIdentity(VerificationKind.INDIVIDUAL, "Jo Doe", null,
                "DE", "Berlin")), "verification.noWayBack");
    }

    @Test
    void aPersonMayHaveNoTaxIdButACompanyMustGiveOneOfItsCountrysShape() {
        SignedInUser owner = newOwner(INTL);
        assertRefused(owner, () -> verification.submitInternational(new InternationalIdentity(VerificationKind.ENTERPRISE, "Acme Inc.",
                " ", "US", "1 Main Street, Springfield")), "verification.taxIdRequired");
        assertRefused(owner, () -> verification.submitInternational(new InternationalIdentity(VerificationKind.ENTERPRISE, "Acme Inc.",
                "12-345", "US", "1 Main Street, Springfield")), "verification.taxIdInvalid");
        assertRefused(owner, () -> verification.submitInternational(new InternationalIdentity(VerificationKind.ENTERPRISE, "Acme Inc.",
                "12-3456789", "XX", "1 Main Street, Springfield")), "verification.countryInvalid");
        assertThatThrownBy(() -> as(owner, () -> verification.submitInternational(new InternationalIdentity(VerificationKind.ENTERPRISE,
                "", "12-3456789", "US", "")))).isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(as(owner, () -> verification.mine()).status()).isEqualTo(VerificationStatus.UNVERIFIED);

        as(owner, () -> verification.submitInternational(new InternationalIdentity(VerificationKind.INDIVIDUAL, "Jo Doe", "", "US",
                "1 Main Street, Springfield")));
        approve(owner);
        VerifiedIdentity identity = as(owner, () -> verification.verifiedIdentity()).orElseThrow();
        assertThat(identity.kind()).isEqualTo(VerificationKind.INDIVIDUAL);
        assertThat(identity.number()).isNull();
        assertThat(as(owner, () -> verification.mine()).maskedNumber()).isEmpty();
    }

    @Test
    void eachTenantRefusesTheOtherKind() {
        SignedInUser abroad = newOwner(INTL);
        assertRefused(abroad, () -> verification.submitIndividual(new IndividualIdentity("Li Lei", RESIDENT_ID)),
                "verification.kindNotOffered");
        assertRefused(abroad, () -> verification.submitEnterprise(new EnterpriseIdentity("Lumen", CREDIT_CODE),
                new LicenceFile("l.png", null, PNG)), "verification.kindNotOffered");
        SignedInUser home = newOwner(CN);
        assertThat(as(home, () -> verification.kindOffered())).isEqualTo(IdentityVerificationKind.PRC);
        assertRefused(home, () -> verification.submitInternational(new InternationalIdentity(VerificationKind.ENTERPRISE, "Lumen",
                "12-3456789", "US", "1 Main Street")), "verification.kindNotOffered");
        assertThat(as(abroad, () -> verification.mine()).status()).isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(as(home, () -> verification.mine()).status()).isEqualTo(VerificationStatus.UNVERIFIED);
    }

    @Test
    void taxIdsTakeTheirCountrysShapeWithOrWithoutPrefixAndSpacing() {
        assertThat(TaxIds.isPlausible("US", "12-3456789")).isTrue();
        assertThat(TaxIds.isPlausible("US", "123456789")).isTrue();
        assertThat(TaxIds.isPlausible("US", "12-34567")).isFalse();
        assertThat(TaxIds.isPlausible("DE", "DE123456789")).isTrue();
        assertThat(TaxIds.isPlausible("DE", "123 456 789")).isTrue();
        assertThat(TaxIds.isPlausible("DE", "DE12345678")).isFalse();
        assertThat(TaxIds.isPlausible("GB", "GB 123 4567 89")).isTrue();
        assertThat(TaxIds.isPlausible("FR", "FR 40 303 265 045")).isTrue();
        assertThat(TaxIds.isPlausible("NL", "NL123456789B01")).isTrue();
        assertThat(TaxIds.isPlausible("CH", "CHE-123.456.789 MWST")).isTrue();
        assertThat(TaxIds.isPlausible("AU", "51 824 753 556")).isTrue();
        assertThat(TaxIds.isPlausible("JP", "T1234567890123")).isTrue();
        assertThat(TaxIds.isPlausible("IN", "27AAPFU0939F1ZV")).isTrue();
        assertThat(TaxIds.isPlausible("GR", "EL123456789")).isTrue();
        // Anywhere else a generic shape: letters and digits, some digits, not too short or long.
        assertThat(TaxIds.isPlausible("SG", "200312345A")).isTrue();
        assertThat(TaxIds.isPlausible("BR", "12.345.678/0001-95")).isTrue();
        assertThat(TaxIds.isPlausible("BR", "ABCDEF")).isFalse();
        assertThat(TaxIds.isPlausible("BR", "12")).isFalse();
        assertThat(TaxIds.isCountry("US")).isTrue();
        assertThat(TaxIds.isCountry("XX")).isFalse();
    }

    private static void assertRefused(SignedInUser user, Runnable work, String key) {
        assertThatThrownBy(() -> as(user, work)).isInstanceOf(BusinessRuleException.class).hasMessageStartingWith(key);
    }
}
