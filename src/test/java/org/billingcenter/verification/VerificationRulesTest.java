package org.billingcenter.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.SelfService;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The rules of real-name verification, called on the services as any caller could. */
class VerificationRulesTest extends SelfService {

    @Test
    void anEnterpriseVerificationCannotGoBackToIndividual() {
        SignedInUser owner = newOwner(CN);
        verifyAsEnterprise(owner, "Hangzhou Lumen Co., Ltd.");

        assertThatThrownBy(() -> as(owner, () -> verification.submitIndividual(new IndividualIdentity("Li Lei", RESIDENT_ID))))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("verification.noWayBack");
        MyVerification mine = as(owner, () -> verification.mine());
        assertThat(mine.status()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(mine.verifiedKind()).isEqualTo(VerificationKind.ENTERPRISE);
        assertThat(mine.maskedNumber()).isEqualTo("913***********0Y43");
    }

    @Test
    void evenARejectedEnterpriseSubmissionCannotBeFollowedByAnIndividualOne() {
        SignedInUser owner = newOwner(CN);
        as(owner, () -> verification.submitEnterprise(new EnterpriseIdentity("Lumen", CREDIT_CODE), new LicenceFile("l.pdf", null, PDF)));
        SignedInUser operator = newOperator(CN);
        long id = as(operator, () -> review.pending(org.springframework.data.domain.Pageable.ofSize(1000)).stream()
                .filter(p -> p.accountId() == owner.accountId()).findFirst().orElseThrow().id());
        as(operator, () -> review.reject(id, "The licence is unreadable"));

        assertThat(as(owner, () -> verification.mine()).rejectionReason()).isEqualTo("The licence is unreadable");
        assertThatThrownBy(() -> as(owner, () -> verification.submitIndividual(new IndividualIdentity("Li Lei", RESIDENT_ID))))
                .hasMessageStartingWith("verification.noWayBack");
        // It may try again as an enterprise.
        as(owner, () -> verification.submitEnterprise(new EnterpriseIdentity("Lumen", CREDIT_CODE), new LicenceFile("l.png", null, PNG)));
        assertThat(as(owner, () -> verification.mine()).status()).isEqualTo(VerificationStatus.PENDING);
    }

    @Test
    void anIndividualMayUpgradeToEnterpriseAndStaysVerifiedWhileTheUpgradeWaits() {
        SignedInUser owner = newOwner(CN);
        as(owner, () -> verification.submitIndividual(new IndividualIdentity("Li Lei", "110105 19491231 002x")));
        approve(owner);
        as(owner, () -> verification.submitEnterprise(new EnterpriseIdentity("Lumen Ltd", CREDIT_CODE),
                new LicenceFile("scan.jpeg", null, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})));

        MyVerification mine = as(owner, () -> verification.mine());
        assertThat(mine.status()).isEqualTo(VerificationStatus.PENDING);
        assertThat(mine.verifiedName()).isEqualTo("Li Lei");
        assertThat(as(owner, () -> verification.verifiedIdentity()).orElseThrow().kind()).isEqualTo(VerificationKind.INDIVIDUAL);
    }

    @Test
    void wrongNumbersAndBadLicencesAreRefusedAndNothingIsSubmitted() {
        SignedInUser owner = newOwner(CN);
        assertRefused(owner, () -> verification.submitIndividual(new IndividualIdentity("Li Lei", "110105194912310021")),
                "verification.residentIdInvalid");
        assertRefused(owner, () -> verification.submitEnterprise(new EnterpriseIdentity("Lumen", "91350100M000100Y44"),
                new LicenceFile("l.png", null, PNG)), "verification.creditCodeInvalid");
        assertRefused(owner, () -> verification.submitEnterprise(new EnterpriseIdentity("Lumen", CREDIT_CODE),
                new LicenceFile("l.png", null, "MZ not an image".getBytes(StandardCharsets.US_ASCII))), "verification.licenceType");
        // A PDF renamed as a picture is refused too: the name must agree with the content.
        assertRefused(owner, () -> verification.submitEnterprise(new EnterpriseIdentity("Lumen", CREDIT_CODE),
                new LicenceFile("l.png", null, PDF)), "verification.licenceType");
        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        assertRefused(owner, () -> verification.submitEnterprise(new EnterpriseIdentity("Lumen", CREDIT_CODE),
                new LicenceFile("l.png", null, huge)), "verification.licenceTooLarge");
        assertRefused(owner, () -> verification.submitEnterprise(new EnterpriseIdentity("Lumen", CREDIT_CODE), null),
                "verification.licenceRequired");
        assertThat(as(owner, () -> verification.mine()).status()).isEqualTo(VerificationStatus.UNVERIFIED);
    }

    @Test
    void aSecondSubmissionWaitsForTheFirstReviewAndOnlyManagersSubmit() {
        SignedInUser owner = newOwner(CN);
        as(owner, () -> verification.submitIndividual(new IndividualIdentity("Li Lei", RESIDENT_ID)));
        assertRefused(owner, () -> verification.submitIndividual(new IndividualIdentity("Li Lei", RESIDENT_ID)),
                "verification.alreadyPending");
        SignedInUser finance = newMember(owner, Role.FINANCE);
        assertThatThrownBy(() -> as(finance, () -> verification.submitIndividual(new IndividualIdentity("X", RESIDENT_ID))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(finance, () -> verification.mine()).maskedNumber()).isEqualTo("110***********002X");
    }

    @Test
    void residentIdAndCreditCodeCheckCharacters() {
        assertThat(IdentityNumbers.isResidentId("11010519491231002X")).isTrue();
        assertThat(IdentityNumbers.isResidentId("11010519491231002x")).isTrue();
        assertThat(IdentityNumbers.isResidentId("110105194912310021")).isFalse();
        assertThat(IdentityNumbers.isResidentId("1101051949123100")).isFalse();
        assertThat(IdentityNumbers.isCreditCode("91350100M000100Y43")).isTrue();
        assertThat(IdentityNumbers.isCreditCode("91110000600037341L")).isTrue();
        assertThat(IdentityNumbers.isCreditCode("91350100M000100Y4")).isFalse();
        assertThat(IdentityNumbers.isCreditCode("91350100M000100O43")).isFalse();
    }

    private static void assertRefused(SignedInUser user, Runnable work, String key) {
        assertThatThrownBy(() -> as(user, work)).isInstanceOf(BusinessRuleException.class).hasMessageStartingWith(key);
    }
}
