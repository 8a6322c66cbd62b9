package org.billingcenter.enterprise;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.account.AccountSummary;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts page of a contract account: each contract's terms beside today's use of each
 * plan's allotment, counted from the live sites (what the next invoice will bill if nothing changes).
 */
@Service
@Transactional(readOnly = true)
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class AccountContracts {

    private final PortfolioService portfolio;
    private final EnterpriseGate gate;
    private final NamedParameterJdbcTemplate jdbc;
    private final HostingPlans plans;

    AccountContracts(PortfolioService portfolio, EnterpriseGate gate, NamedParameterJdbcTemplate jdbc, HostingPlans plans) {
        this.plans = plans;
        this.portfolio = portfolio;
        this.gate = gate;
        this.jdbc = jdbc;
    }

    /** The signed-in Administrator's account's contracts, by number; allotments smallest plan first. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<ContractUsage> contracts() {
        AccountSummary account = gate.requireEnterpriseAccount();
        Map<Long, Map<String, Long>> inUse = new HashMap<>();
        jdbc.query("""
                SELECT contract_id, plan, COUNT(*) FROM ent_site
                WHERE tenant_id = :tenant AND account_id = :account AND status = 'ACTIVE' AND deleted = FALSE AND deactivated_on IS NULL
                GROUP BY contract_id, plan""", new MapSqlParameterSource("tenant", TenantContext.require()).addValue("account", account.id()),
                rs -> {
                    inUse.computeIfAbsent(rs.getLong(1), c -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return portfolio.contracts().stream().map(contract -> new ContractUsage(contract, contract.allotments().stream()
                .sorted(Comparator.comparing(NewContract.PlanAllotment::plan, plans.upgradeOrder()))
                .map(a -> new AllotmentUsage(a.plan(), a.sites(), inUse.getOrDefault(contract.id(), Map.of()).getOrDefault(a.plan().code(), 0L)))
                .toList())).toList();
    }
}
