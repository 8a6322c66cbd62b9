package org.billingcenter.verification;

import org.springframework.data.jpa.repository.JpaRepository;

interface VerificationLicenceRepository extends JpaRepository<VerificationLicence, Long> {
}
