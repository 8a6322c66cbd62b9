package org.billingcenter.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface BillingAccountRepository extends JpaRepository<BillingAccount, Long> {
}
