package org.billingcenter.workspace;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkspaceSettlementRepository extends JpaRepository<WorkspaceSettlement, Long> {

    Optional<WorkspaceSettlement> findFirstByWorkspaceIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(
            long workspaceId, LocalDate day);

    Optional<WorkspaceSettlement> findFirstByWorkspaceIdOrderByEffectiveFromDesc(long workspaceId);

    boolean existsByWorkspaceIdAndCreatedAtGreaterThanEqual(long workspaceId, java.time.Instant since);

    Optional<WorkspaceSettlement> findByWorkspaceIdAndEffectiveFrom(long workspaceId, LocalDate day);

    /** Every dated method up to the day, oldest first: the last one per workspace is the one in force. */
    @Query("select s from WorkspaceSettlement s where s.effectiveFrom <= :day order by s.workspaceId, s.effectiveFrom")
    List<WorkspaceSettlement> upTo(LocalDate day);
}
