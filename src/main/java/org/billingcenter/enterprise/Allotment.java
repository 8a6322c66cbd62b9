package org.billingcenter.enterprise;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.envers.Audited;

/** How many sites of one plan a contract includes, their monthly price, and the price of each site beyond. */
@Entity
@Table(name = "ent_allotment")
@Audited
class Allotment extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private long contractId;

    @Column(nullable = false, length = 20, updatable = false)
    private SitePlan plan;

    @Column(nullable = false)
    private int sites;

    @Column(name = "monthly_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal monthlyPrice;

    @Column(name = "overage_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal overagePrice;

    @Version
    private long version;

    protected Allotment() {
    }

    Allotment(long contractId, SitePlan plan, int sites, BigDecimal monthlyPrice, BigDecimal overagePrice) {
        this.contractId = contractId;
        this.plan = plan;
        this.sites = sites;
        this.monthlyPrice = monthlyPrice;
        this.overagePrice = overagePrice;
    }

    void reprice(int newSites, BigDecimal newMonthlyPrice, BigDecimal newOveragePrice) {
        this.sites = newSites;
        this.monthlyPrice = newMonthlyPrice;
        this.overagePrice = newOveragePrice;
    }

    long getContractId() {
        return contractId;
    }

    SitePlan getPlan() {
        return plan;
    }

    int getSites() {
        return sites;
    }

    BigDecimal getMonthlyPrice() {
        return monthlyPrice;
    }

    BigDecimal getOveragePrice() {
        return overagePrice;
    }
}
