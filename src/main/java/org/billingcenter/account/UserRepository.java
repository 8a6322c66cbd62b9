package org.billingcenter.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByPhone(String phone);

    /** The person whose verified phone this is: it signs in like their e-mail. */
    Optional<User> findByPhoneAndPhoneVerifiedAtIsNotNull(String phone);

    /** Customers who never confirmed their sign-in e-mail, oldest first. */
    List<User> findTop100ByOperatorFalseAndEmailConfirmedAtIsNullAndCreatedAtBeforeOrderById(Instant before);
}
