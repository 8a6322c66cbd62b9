package org.billingcenter.enterprise;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.billingcenter.shared.persistence.TenantOwned;

/** A shared-cost rule an account saved under a name, to allocate each period the same way. */
@Entity
@Table(name = "ent_chargeback_rule")
class ChargebackRule extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SharedCostRule.Basis basis;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ent_chargeback_rule_share", joinColumns = @JoinColumn(name = "rule_id"))
    @MapKeyColumn(name = "department", length = 100)
    @Column(name = "percentage", nullable = false, precision = 7, scale = 4)
    private Map<String, BigDecimal> percentages = new HashMap<>();

    @Version
    private long version;

    protected ChargebackRule() {
    }

    ChargebackRule(long accountId, String name, SharedCostRule rule) {
        this.accountId = accountId;
        this.name = name;
        change(rule);
    }

    void change(SharedCostRule rule) {
        basis = rule.basis();
        percentages.clear();
        if (rule.basis() == SharedCostRule.Basis.FIXED_PERCENTAGES) {
            rule.percentages().forEach((department, percent) -> {
                if (percent.signum() > 0) {
                    percentages.put(department, percent);
                }
            });
        }
    }

    long getAccountId() {
        return accountId;
    }

    SavedChargebackRule view() {
        return new SavedChargebackRule(id, name, new SharedCostRule(basis, percentages));
    }
}
