package org.billingcenter.enterprise;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.audit.AuditTrail;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in the monthly traffic the hosting platform measured, by API or as a CSV file on the
 * console. A batch is checked whole first: with any bad row nothing is recorded. A site whose
 * traffic passes its plan's limit moves up to the smallest plan of the tenant file that carries it.
 */
@Service
@Transactional
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class TrafficIntake {

    private final SiteRepository sites;
    private final PortfolioService portfolio;
    private final AuditTrail auditTrail;

    TrafficIntake(SiteRepository sites, PortfolioService portfolio, AuditTrail auditTrail) {
        this.sites = sites;
        this.portfolio = portfolio;
        this.auditTrail = auditTrail;
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public TrafficReport recordJson(String body) {
        return record(TrafficParser.json(body));
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public TrafficReport recordCsv(String body) {
        return record(TrafficParser.csv(new StringReader(body == null ? "" : body)));
    }

    private TrafficReport record(List<TrafficParser.Parsed> rows) {
        List<TrafficReport.RowError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (TrafficParser.Parsed row : rows) {
            String problem = row.problem() != null ? row.problem() : check(row.siteId(), seen);
            if (problem != null) {
                errors.add(new TrafficReport.RowError(row.row(), row.siteId(), problem));
            }
        }
        if (!errors.isEmpty() || rows.isEmpty()) {
            return new TrafficReport(rows.size(), 0, true, List.of(), errors);
        }
        auditTrail.because(Message.of("audit.reason.monthlyTraffic"));
        List<TrafficReport.Upgrade> upgrades = new ArrayList<>();
        for (TrafficParser.Parsed row : rows) {
            SitePlan before = sites.findById(row.siteId()).orElseThrow().getPlan();
            SitePlan after = portfolio.recordTraffic(row.siteId(), row.reading().monthlyTraffic()).plan();
            if (!after.equals(before)) {
                upgrades.add(new TrafficReport.Upgrade(row.siteId(), before.code(), after.code()));
            }
        }
        return new TrafficReport(rows.size(), rows.size(), false, upgrades, List.of());
    }

    /** Another tenant's site is "not found", exactly like a site that does not exist. */
    private String check(long siteId, Set<Long> seen) {
        if (!seen.add(siteId)) {
            return "site " + siteId + " appears twice in the batch";
        }
        Optional<Site> site = sites.findById(siteId);
        if (site.isEmpty()) {
            return "no such site";
        }
        if (site.get().getStatus() == SiteStatus.DEACTIVATED) {
            return "the site is deactivated";
        }
        return null;
    }
}
