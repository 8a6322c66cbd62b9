package org.billingcenter.account;

import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.billingcenter.audit.AuditTrail;
import org.billingcenter.audit.AuditService;
import org.billingcenter.audit.Revision;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SignedInUserPrincipal;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Opening accounts and looking after the people in them. Every method works inside the current
 * tenant (Hibernate filters by it) and on the signed-in user's own account, never one named by
 * the caller, so no argument can reach another customer.
 */
@Service
@Validated
@Transactional
public class AccountService {

    private final UserRepository users;
    private final BillingAccountRepository accounts;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwordEncoder;
    private final TenantRegistry tenants;
    private final ApplicationEventPublisher events;
    private final AuditService audit;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final CurrentSignIns currentSignIns;
    private final SendLimits limits;
    private final AccountMail mail;
    private final EmailConfirmationService confirmations;

    AccountService(UserRepository users, BillingAccountRepository accounts, MembershipRepository memberships,
            PasswordEncoder passwordEncoder, TenantRegistry tenants, ApplicationEventPublisher events,
            AuditService audit, AuditTrail auditTrail, Clock clock, CurrentSignIns currentSignIns, SendLimits limits,
            AccountMail mail, EmailConfirmationService confirmations) {
        this.users = users;
        this.accounts = accounts;
        this.memberships = memberships;
        this.passwordEncoder = passwordEncoder;
        this.tenants = tenants;
        this.events = events;
        this.audit = audit;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.currentSignIns = currentSignIns;
        this.limits = limits;
        this.mail = mail;
        this.confirmations = confirmations;
    }

    /** Opens an account in the tenant's own language; see {@link #signUp(SignUp, Locale)}. */
    public void signUp(@Valid SignUp request) {
        signUp(request, null);
    }

    /**
     * Opens an account at the current tenant with the new user as its Owner, and mails them the
     * link that confirms their address. Open to anyone, so it answers the same whether or not the
     * address is registered already: then nothing is opened and the address's owner is told that
     * someone tried. Limited per address and per client.
     */
    public void signUp(@Valid SignUp request, Locale language) {
        TenantDefinition tenant = tenants.current();
        if (!tenant.offers(request.kind())) {
            throw new BusinessRuleException("signup.kindNotOffered", Message.label("account.kind." + request.kind().name()));
        }
        String email = normalise(request.email());
        PasswordPolicy.check(request.password(), email);
        limits.count(SendLimits.Action.SIGN_UP, email);
        // Hashed either way, so the time taken does not tell a registered address from a new one.
        String passwordHash = passwordEncoder.encode(request.password());
        Optional<User> existing = users.findByEmail(email);
        if (existing.isPresent()) {
            mail.signUpTried(existing.get());
            return;
        }
        User user = users.save(new User(email, passwordHash, request.displayName().strip(), false, clock.instant()));
        if (language != null && tenant.locales().contains(language)) {
            user.preferLocale(language);
        }
        BillingAccount account = accounts.save(new BillingAccount(request.kind(), tenant.currency().getCurrencyCode(),
                request.enterpriseName().strip(), clock.instant()));
        memberships.save(new Membership(account.getId(), user.getId(), Role.OWNER));
        events.publishEvent(new AccountOpened(account.getId(), account.getKind(), tenant.currency()));
        confirmations.send(user);
    }

    /**
     * The credentials and roles for a sign-in attempt at the current tenant, by e-mail or by a
     * verified phone number. Called by the security feature before anyone is authenticated, so it
     * is deliberately open; an unknown or unverified number is simply not found, like an unknown
     * e-mail.
     */
    @Transactional(readOnly = true)
    public Optional<SignedInUserPrincipal> findSignIn(String emailOrPhone) {
        String given = emailOrPhone == null ? "" : emailOrPhone.strip();
        Optional<User> user = given.contains("@") ? users.findByEmail(normalise(given)) : verifiedPhone(given);
        return user.map(found -> new SignedInUserPrincipal(signedIn(found), found.getPasswordHash(), found.isEnabled()));
    }

    private Optional<User> verifiedPhone(String given) {
        try {
            return users.findByPhoneAndPhoneVerifiedAtIsNotNull(PhoneNumbers.normalised(given));
        } catch (BusinessRuleException notAPhoneNumber) {
            return Optional.empty();
        }
    }

    /**
     * The signed-in person as the database knows them now: their current account and role, or
     * nothing when they were disabled. Asked on every request, so a changed or removed membership
     * takes effect at once in sessions that are already open.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<SignedInUser> reloadSignedIn() {
        return currentSignIns.find(CurrentUser.require().userId());
    }

    /** An operator has only the operator role; anyone else the role of their membership, if they have one. */
    static Set<Role> rolesOf(boolean operator, Role membershipRole) {
        return operator ? Set.of(Role.OPERATOR) : membershipRole == null ? Set.of() : Set.of(membershipRole);
    }

    private SignedInUser signedIn(User user) {
        Optional<Membership> membership = memberships.findByUserId(user.getId());
        Set<Role> roles = rolesOf(user.isOperator(), membership.map(Membership::getRole).orElse(null));
        return new SignedInUser(user.getId(), user.getTenantId(), user.getEmail(), user.getDisplayName(),
                membership.map(Membership::getAccountId).orElse(null), roles, user.getPreferredLocale(),
                user.getSessionGeneration());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccountSummary myAccount() {
        return summaryOf(myBillingAccount());
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public AccountProfile myProfile() {
        return myBillingAccount().profile();
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public AccountProfile updateProfile(@Valid AccountProfile profile) {
        BillingAccount account = myBillingAccount();
        auditTrail.because(Message.of("audit.reason.profileUpdated"));
        account.update(profile);
        return account.profile();
    }

    /**
     * Any signed-in person may change their own password, after proving they know the current one.
     * Their other sessions end: whoever may have known the old password is signed out too.
     */
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        User user = me();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("password.currentWrong");
        }
        PasswordPolicy.check(newPassword, user.getEmail());
        user.changePassword(passwordEncoder.encode(newPassword));
        OtherSessions.end(user);
    }

    @PreAuthorize("isAuthenticated()")
    public void preferLocale(Locale locale) {
        me().preferLocale(locale);
    }

    /** Adds a person to the signed-in user's account; only the Owner may appoint Administrators. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR})
    public void addMember(@Valid NewMember member) {
        if (member.role() == Role.OPERATOR || (member.role() == Role.ADMINISTRATOR || member.role() == Role.OWNER)
                && !CurrentUser.require().has(Role.OWNER)) {
            throw new BusinessRuleException("team.roleNotGrantable", Message.label("role." + member.role().name()));
        }
        confirmations.requireConfirmedAccount();
        long accountId = CurrentUser.requireAccountId();
        User user = createUser(member.email(), member.password(), member.displayName(), false);
        memberships.save(new Membership(accountId, user.getId(), member.role()));
    }

    /** Lets the tenant's staff find the account a customer acts for, by any member's e-mail. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findAccountByMemberEmail(String email) {
        return users.findByEmail(normalise(email))
                .flatMap(user -> memberships.findByUserId(user.getId()))
                .flatMap(membership -> accounts.findById(membership.getAccountId()))
                .map(AccountService::summaryOf);
    }

    /** An account of this tenant by id, for the tenant's staff; another tenant's id finds nothing. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findAccount(long accountId) {
        return accounts.findById(accountId).map(AccountService::summaryOf);
    }

    /** The tenant's contract (enterprise) accounts, by name, for the staff who record their contracts. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public List<AccountSummary> enterpriseAccounts() {
        return accounts.findByKindOrderByEnterpriseName(AccountKind.ENTERPRISE).stream().map(AccountService::summaryOf).toList();
    }

    /** The sign-in addresses of an account's members in a role (e.g. its Administrators), for notices the system sends. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public List<String> memberEmails(long accountId, Role role) {
        if (accounts.findById(accountId).isEmpty()) {
            return List.of();
        }
        return memberships.findByAccountIdOrderById(accountId).stream().filter(m -> m.getRole() == role)
                .flatMap(m -> users.findById(m.getUserId()).stream()).map(User::getEmail).toList();
    }

    /**
     * Where an account's billing e-mail goes: the profile's contact e-mail, else the Owner's
     * sign-in address. For notices the system sends (bills, arrears).
     */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public Optional<String> billingContact(long accountId) {
        Optional<BillingAccount> account = accounts.findById(accountId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        String contact = account.get().profile().contactEmail();
        if (contact != null && !contact.isBlank()) {
            return Optional.of(contact);
        }
        return memberships.findByAccountIdOrderById(accountId).stream().filter(m -> m.getRole() == Role.OWNER).findFirst()
                .flatMap(owner -> users.findById(owner.getUserId())).map(User::getEmail);
    }

    /** Tenant staff are created by other staff (or the system at set-up), never by sign-up. */
    @RolesAllowed(Role.Names.OPERATOR)
    public void registerOperator(@Valid NewMember operator) {
        createUser(operator.email(), operator.password(), operator.displayName(), true);
    }

    /**
     * The tenant's staff stop (or restore) a customer's sign-in, e.g. on a compromised account. A
     * disabled person cannot sign in, and any session they have open ends at its next request.
     * Staff sign-ins are not changed here: an operator cannot lock themselves or a colleague out.
     */
    @RolesAllowed(Role.Names.OPERATOR)
    public void allowSignIn(String email, boolean allowed, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("signInAccess.reasonRequired");
        }
        User user = users.findByEmail(normalise(email)).filter(u -> !u.isOperator())
                .orElseThrow(() -> new BusinessRuleException("signInAccess.noSuchCustomer"));
        auditTrail.because(Message.of(allowed ? "audit.reason.signInRestored" : "audit.reason.signInDisabled", reason.strip()));
        user.allowSignIn(allowed);
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public List<Revision> profileHistory() {
        return audit.historyOf(BillingAccount.class, CurrentUser.requireAccountId());
    }

    private User createUser(String rawEmail, String password, String displayName, boolean operator) {
        String email = normalise(rawEmail);
        PasswordPolicy.check(password, email);
        if (users.existsByEmail(email)) {
            throw new BusinessRuleException("signup.emailTaken");
        }
        return users.save(new User(email, passwordEncoder.encode(password), displayName.strip(), operator, clock.instant()));
    }

    private User me() {
        return users.findById(CurrentUser.require().userId())
                .orElseThrow(() -> new BusinessRuleException("account.notFound"));
    }

    private BillingAccount myBillingAccount() {
        return accounts.findById(CurrentUser.requireAccountId())
                .orElseThrow(() -> new BusinessRuleException("account.notFound"));
    }

    private static AccountSummary summaryOf(BillingAccount account) {
        return new AccountSummary(account.getId(), account.getKind(), Currency.getInstance(account.getCurrency()),
                account.profile().enterpriseName());
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
