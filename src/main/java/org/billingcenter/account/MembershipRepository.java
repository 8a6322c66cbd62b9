package org.billingcenter.account;

import java.util.List;
import java.util.Optional;

import org.billingcenter.shared.identity.Role;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    Optional<Membership> findByUserId(long userId);

    List<Membership> findByAccountIdOrderById(long accountId);

    long countByAccountIdAndRole(long accountId, Role role);
}
