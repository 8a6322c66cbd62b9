package org.billingcenter.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.account.AccountSummary;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.persistence.LikePattern;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments (cost centres) on a contract account's sites: the Administrator files one site or
 * many at once under a department, or takes the tag off. A site's department at an invoice date
 * is the one that invoice's chargeback uses, so a retag counts from the next invoice on; the
 * change is kept in the site's history.
 */
@Service
@Transactional
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class DepartmentTags {

    static final int MAX_DEPARTMENT = 100;
    static final int MAX_SITES_AT_ONCE = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final SiteRepository sites;
    private final EnterpriseGate gate;

    DepartmentTags(NamedParameterJdbcTemplate jdbc, SiteRepository sites, EnterpriseGate gate) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.gate = gate;
    }

    /** The account's live sites whose name contains {@code search} (any when blank), by name. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<DepartmentSite> sites(String search, int offset, int limit) {
        MapSqlParameterSource params = scope(search).addValue("offset", Math.max(0, offset)).addValue("limit",
                Math.clamp(limit, 1, 500));
        return jdbc.query("""
                SELECT s.id, s.name, s.owner, s.department, s.plan, s.status, c.contract_number
                FROM ent_site s JOIN ent_contract c ON c.id = s.contract_id""" + where(search)
                + " ORDER BY s.name, s.id LIMIT :limit OFFSET :offset", params,
                (rs, n) -> new DepartmentSite(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), SitePlan.of(rs.getString(5)),
                        SiteStatus.valueOf(rs.getString(6)), rs.getString(7)));
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public long count(String search) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ent_site s" + where(search), scope(search), Long.class);
    }

    /**
     * Files the sites under {@code department} (blank takes the tag off). Every site must be one of
     * the account's live sites, or nothing changes.
     */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public int tag(Collection<Long> siteIds, String department) {
        AccountSummary account = gate.requireEnterpriseAccount();
        Set<Long> wanted = Set.copyOf(siteIds);
        if (wanted.isEmpty()) {
            throw new BusinessRuleException("enterprise.departments.noneSelected");
        }
        if (wanted.size() > MAX_SITES_AT_ONCE) {
            throw new BusinessRuleException("enterprise.departments.tooMany", MAX_SITES_AT_ONCE);
        }
        String name = department == null || department.isBlank() ? null : department.strip();
        if (name != null && (name.length() > MAX_DEPARTMENT || name.equals(ChargebackService.UNTAGGED))) {
            throw new BusinessRuleException("enterprise.departments.badName", MAX_DEPARTMENT);
        }
        List<Site> found = sites.findAllById(wanted).stream().filter(site -> site.getAccountId() == account.id() && !site.isDeleted())
                .toList();
        if (found.size() != wanted.size()) {
            throw new BusinessRuleException("enterprise.site.notFound");
        }
        found.forEach(site -> site.tag(name));
        return found.size();
    }

    private MapSqlParameterSource scope(String search) {
        AccountSummary account = gate.requireEnterpriseAccount();
        MapSqlParameterSource params = new MapSqlParameterSource("tenant", TenantContext.require()).addValue("account", account.id());
        if (search != null && !search.isBlank()) {
            params.addValue("name", LikePattern.containing(search.strip().toLowerCase(Locale.ROOT)));
        }
        return params;
    }

    private static String where(String search) {
        return " WHERE s.tenant_id = :tenant AND s.account_id = :account AND s.deleted = FALSE"
                + (search == null || search.isBlank() ? "" : " AND LOWER(s.name) LIKE :name ESCAPE '!'");
    }
}
