package org.billingcenter.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactChangeRepository extends JpaRepository<ContactChange, Long> {

    List<ContactChange> findByUserIdAndKindAndStatus(long userId, ContactChange.Kind kind, ContactChange.Status status);

    default Optional<ContactChange> pending(long userId, ContactChange.Kind kind) {
        return findByUserIdAndKindAndStatus(userId, kind, ContactChange.Status.PENDING).stream().findFirst();
    }

    /** A new change of the same kind replaces one not finished. */
    default void cancelPending(long userId, ContactChange.Kind kind) {
        findByUserIdAndKindAndStatus(userId, kind, ContactChange.Status.PENDING).forEach(ContactChange::cancel);
    }

    List<ContactChange> findByUserId(long userId);
}
