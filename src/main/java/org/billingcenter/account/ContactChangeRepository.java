package org.billingcenter.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactChangeRepository extends JpaRepository<ContactChange, Long> {

    List<ContactChange> findByUserIdAndStatus(long userId, ContactChange.Status status);

    default Optional<ContactChange> pending(long userId) {
        return findByUserIdAndStatus(userId, ContactChange.Status.PENDING).stream().findFirst();
    }
}
