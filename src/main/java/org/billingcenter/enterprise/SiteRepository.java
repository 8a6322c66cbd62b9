package org.billingcenter.enterprise;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SiteRepository extends JpaRepository<Site, Long> {

    Optional<Site> findByIdAndAccountId(long id, long accountId);

    List<Site> findByContractIdOrderByName(long contractId);
}
