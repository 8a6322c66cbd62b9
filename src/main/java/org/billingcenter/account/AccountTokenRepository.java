package org.billingcenter.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    /** Locked, so that two clicks on one link at once use it only once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<AccountToken> findByTokenHash(String tokenHash);

    List<AccountToken> findByUserIdAndPurposeAndUsedAtIsNull(long userId, AccountToken.Purpose purpose);

    List<AccountToken> findByUserId(long userId);
}
