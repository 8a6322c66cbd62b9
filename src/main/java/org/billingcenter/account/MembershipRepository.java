package org.billingcenter.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    Optional<Membership> findByUserId(long userId);
}
