package org.billingcenter.enterprise;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.account.AccountSummary;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's saved chargeback rules: a name, the shared-cost method and, for fixed
 * percentages, each department's share (checked to total 100 as when allocating). Saving under a
 * name the account already uses replaces that rule.
 */
@Service
@Transactional
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class ChargebackRules {

    static final int MAX_NAME = 100;
    static final int MAX_RULES = 50;

    private final ChargebackRuleRepository rules;
    private final EnterpriseGate gate;

    ChargebackRules(ChargebackRuleRepository rules, EnterpriseGate gate) {
        this.rules = rules;
        this.gate = gate;
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<SavedChargebackRule> rules() {
        return rules.findByAccountIdOrderByName(gate.requireEnterpriseAccount().id()).stream().map(ChargebackRule::view).toList();
    }

    /** Saves the rule under the name (replacing the account's rule of that name); returns its id. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public long save(String name, SharedCostRule rule) {
        AccountSummary account = gate.requireEnterpriseAccount();
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty() || wanted.length() > MAX_NAME) {
            throw new BusinessRuleException("enterprise.rules.badName", MAX_NAME);
        }
        ChargebackService.validate(rule);
        if (rule.percentages().keySet().stream().anyMatch(department -> department.length() > DepartmentTags.MAX_DEPARTMENT)) {
            throw new BusinessRuleException("enterprise.departments.badName", DepartmentTags.MAX_DEPARTMENT);
        }
        var existing = rules.findByAccountIdAndName(account.id(), wanted);
        if (existing.isPresent()) {
            existing.get().change(rule);
            return existing.get().view().id();
        }
        if (rules.findByAccountIdOrderByName(account.id()).size() >= MAX_RULES) {
            throw new BusinessRuleException("enterprise.rules.tooMany", MAX_RULES);
        }
        return rules.save(new ChargebackRule(account.id(), wanted, rule)).view().id();
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public void delete(long ruleId) {
        rules.delete(rules.findByIdAndAccountId(ruleId, gate.requireEnterpriseAccount().id())
                .orElseThrow(() -> new BusinessRuleException("enterprise.rules.notFound")));
    }
}
