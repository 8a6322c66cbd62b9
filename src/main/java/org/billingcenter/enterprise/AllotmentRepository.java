package org.billingcenter.enterprise;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AllotmentRepository extends JpaRepository<Allotment, Long> {

    List<Allotment> findByContractIdOrderByPlan(long contractId);
}
