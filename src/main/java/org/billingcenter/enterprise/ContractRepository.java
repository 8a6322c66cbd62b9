package org.billingcenter.enterprise;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractRepository extends JpaRepository<Contract, Long> {

    List<Contract> findByAccountIdOrderByNumber(long accountId);

    Optional<Contract> findByIdAndAccountId(long id, long accountId);

    boolean existsByNumber(String number);
}
