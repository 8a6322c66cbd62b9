package org.billingcenter.wallet;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WalletRepository extends JpaRepository<Wallet, Long> {

    Optional<Wallet> findByAccountId(long accountId);

    /**
     * Takes the account's wallet row lock ({@code SELECT ... FOR UPDATE}). Every command that moves
     * an account's money takes it first, so its decisions (which lot pays, is the key new) are made
     * on values nobody else can change until it commits.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from Wallet w where w.accountId = :accountId")
    Optional<Wallet> lockByAccountId(long accountId);

    List<Wallet> findByAccountIdIn(java.util.Collection<Long> accountIds);
}
