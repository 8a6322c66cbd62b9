package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WalletRepository extends JpaRepository<Wallet, Long> {

    Optional<Wallet> findByAccountId(long accountId);

    /**
     * Moves the cached balance in one statement. A read-modify-write would lose concurrent updates
     * at REPEATABLE READ on MySQL/MariaDB. JPQL keeps Hibernate's tenant predicate on it.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Wallet w set w.cashBalance = w.cashBalance + :delta where w.id = :walletId")
    int addToCash(long walletId, BigDecimal delta);
}
