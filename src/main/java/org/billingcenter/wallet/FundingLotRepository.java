package org.billingcenter.wallet;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FundingLotRepository extends JpaRepository<FundingLot, Long> {

    /** Lots that can pay now, soonest to expire first so nothing lapses that could have been used. */
    @Query("""
            select l from FundingLot l where l.accountId = :accountId and l.kind = :kind and l.status = 'ACTIVE'
              and l.validFrom <= :now and l.expiresAt > :now and l.balance > 0
            order by l.expiresAt, l.id""")
    List<FundingLot> usable(long accountId, LotKind kind, Instant now);

    @Query("""
            select l from FundingLot l where l.accountId = :accountId and l.kind in :kinds
              and (:status is null or l.status = :status)""")
    Page<FundingLot> listed(long accountId, Collection<LotKind> kinds, LotStatus status, Pageable page);

    @Query("select l.id from FundingLot l where l.status = 'ACTIVE' and l.expiresAt <= :now order by l.accountId, l.id")
    List<Long> lapsed(Instant now);

    List<FundingLot> findByAccountIdAndOriginOrderById(long accountId, LotOrigin origin);
}
