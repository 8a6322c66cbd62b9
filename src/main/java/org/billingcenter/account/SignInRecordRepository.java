package org.billingcenter.account;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignInRecordRepository extends JpaRepository<SignInRecord, Long> {

    List<SignInRecord> findTop20ByUserIdOrderBySignedInAtDesc(long userId);

    List<SignInRecord> findByUserId(long userId);
}
