package org.billingcenter.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;

import org.billingcenter.audit.AuditService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.support.ApplicationTest;
import org.billingcenter.wallet.WalletService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed in at tenant A, try to read, change and delete tenant B's rows by their ids — through
 * services, through repositories and JPQL, and through audit history — and get nothing.
 */
class CrossTenantIsolationTest extends ApplicationTest {

    @Autowired
    BillingAccountRepository accountRepository;
    @Autowired
    UserRepository userRepository;
    @Autowired
    MembershipRepository membershipRepository;
    @Autowired
    AuditService audit;
    @Autowired
    WalletService wallet;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transaction;

    SignedInUser ownerA;
    SignedInUser ownerB;
    long accountB;

    @BeforeEach
    void twoTenants() {
        ownerA = newOwner(INTL);
        ownerB = newOwner(CN);
        accountB = accountOf(ownerB).id();
        as(ownerB, () -> accounts.updateProfile(new AccountProfile("B Corp", "Retail", "Shanghai", null, null, null, null)));
    }

    @Test
    void findByIdOfAnotherTenantsRowsReturnsNothing() {
        inTenantA(() -> {
            assertThat(accountRepository.findById(accountB)).isEmpty();
            assertThat(userRepository.findById(ownerB.userId())).isEmpty();
            assertThat(membershipRepository.findByUserId(ownerB.userId())).isEmpty();
            assertThat(entityManager.find(BillingAccount.class, accountB)).isNull();
            assertThat(accountRepository.findAll()).noneMatch(a -> a.getId() == accountB);
            assertThat(userRepository.findByEmail(ownerB.email())).isEmpty();
        });
    }

    @Test
    void updatesAndDeletesByIdOfAnotherTenantChangeNothing() {
        inTenantA(() -> {
            int updated = entityManager.createQuery("update BillingAccount a set a.enterpriseName = 'hijacked' where a.id = :id")
                    .setParameter("id", accountB).executeUpdate();
            assertThat(updated).isZero();
            accountRepository.deleteById(accountB);
            int deleted = entityManager.createQuery("delete from Membership m where m.accountId = :id")
                    .setParameter("id", accountB).executeUpdate();
            assertThat(deleted).isZero();
        });
        TenantContext.runAs(CN, () -> assertThat(accountRepository.findById(accountB))
                .hasValueSatisfying(a -> assertThat(a.profile().enterpriseName()).isEqualTo("B Corp")));
    }

    @Test
    void anOperatorOfTenantACannotMoveMoneyInTenantB() {
        SignedInUser operatorA = newOperator(INTL);
        assertThatThrownBy(() -> as(operatorA, () -> wallet.grantCredit(accountB, Money.of("10", "USD"), "cross-tenant", key())))
                .isInstanceOf(BusinessRuleException.class);
        as(ownerB, () -> assertThat(wallet.overview().cash().isZero()).isTrue());
    }

    @Test
    void anOperatorFindsAccountsOfTheirOwnTenantOnly() {
        SignedInUser operatorA = newOperator(INTL);
        long accountA = accountOf(ownerA).id();
        assertThat(as(operatorA, () -> accounts.findAccountByMemberEmail(ownerA.email()))).map(AccountSummary::id).contains(accountA);
        assertThat(as(operatorA, () -> accounts.findAccountByMemberEmail(ownerB.email()))).isEmpty();
    }

    @Test
    void auditHistoryOfAnotherTenantsEntityIsEmpty() {
        SignedInUser auditorB = newMember(ownerB, Role.AUDITOR);
        assertThat(as(auditorB, () -> audit.historyOf(BillingAccount.class, accountB))).hasSize(2);

        SignedInUser auditorA = newMember(ownerA, Role.AUDITOR);
        assertThat(as(auditorA, () -> audit.historyOf(BillingAccount.class, accountB))).isEmpty();
        assertThat(as(auditorA, () -> audit.historyOf(User.class, ownerB.userId()))).isEmpty();
        long membershipB = TenantContext.callAs(CN, () -> membershipRepository.findByUserId(ownerB.userId()).orElseThrow().getId());
        assertThat(as(auditorB, () -> audit.historyOf(Membership.class, membershipB))).hasSize(1);
        assertThat(as(auditorA, () -> audit.historyOf(Membership.class, membershipB))).isEmpty();
    }

    @Test
    void theServicesOnlyEverServeTheSignedInUsersOwnAccount() {
        assertThat(as(ownerA, () -> accounts.myAccount().id())).isNotEqualTo(accountB);
        assertThat(as(ownerA, () -> accounts.myProfile().enterpriseName())).isNotEqualTo("B Corp");
    }

    private void inTenantA(Runnable work) {
        TenantContext.runAs(INTL, () -> transaction.executeWithoutResult(status -> work.run()));
    }
}
