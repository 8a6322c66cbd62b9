package org.billingcenter.enterprise;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChargebackRuleRepository extends JpaRepository<ChargebackRule, Long> {

    List<ChargebackRule> findByAccountIdOrderByName(long accountId);

    Optional<ChargebackRule> findByAccountIdAndName(long accountId, String name);

    Optional<ChargebackRule> findByIdAndAccountId(long id, long accountId);
}
