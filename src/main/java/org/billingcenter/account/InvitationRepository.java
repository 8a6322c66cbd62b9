package org.billingcenter.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByAccountIdAndStatusInOrderByIdDesc(long accountId, List<InvitationStatus> statuses);

    Optional<Invitation> findByAccountIdAndEmailAndStatus(long accountId, String email, InvitationStatus status);
}
