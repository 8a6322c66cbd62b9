package org.billingcenter.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A signed-in person as the database has them now, read with one plain query: it runs at the
 * start of every request of every open session, where loading the user and the membership as
 * entities cost two queries that Hibernate plans afresh each time (tenant-filtered query plans
 * are not cached). Roles follow {@link AccountService#rolesOf}, as at sign-in.
 */
@Component
class CurrentSignIns {

    private static final String QUERY = """
            SELECT u.email, u.display_name, u.preferred_locale, u.operator, u.session_generation, m.account_id, m.role
            FROM app_user u LEFT JOIN membership m ON m.tenant_id = u.tenant_id AND m.user_id = u.id
            WHERE u.tenant_id = ? AND u.id = ? AND u.enabled""";

    private final JdbcTemplate jdbc;

    CurrentSignIns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The user of the current tenant with this id, if they may still sign in. */
    Optional<SignedInUser> find(long userId) {
        String tenant = TenantContext.require();
        return jdbc.query(QUERY, row -> {
            if (!row.next()) {
                return Optional.empty();
            }
            String locale = row.getString(3);
            long account = row.getLong(6);
            Long accountId = row.wasNull() ? null : account;
            String role = row.getString(7);
            Set<Role> roles = AccountService.rolesOf(row.getBoolean(4), role == null ? null : Role.valueOf(role));
            return Optional.of(new SignedInUser(userId, tenant, row.getString(1), row.getString(2), accountId, roles,
                    locale == null ? null : Locale.forLanguageTag(locale), row.getLong(5)));
        }, tenant, userId);
    }
}
