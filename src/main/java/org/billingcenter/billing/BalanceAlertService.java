package org.billingcenter.billing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.persistence.ParameterMarks;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account's low-balance alert: read by those who see money, set by those who move it. */
@Service
@Transactional(readOnly = true)
@RequiresFeature(Feature.PAY_AS_YOU_GO)
public class BalanceAlertService {

    private final JdbcTemplate jdbc;

    BalanceAlertService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
    public BalanceAlert myAlert() {
        return alertsOf(List.of(CurrentUser.requireAccountId())).values().stream().findFirst().orElse(BalanceAlert.DEFAULT);
    }

    @Transactional
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    public void setMyAlert(BalanceAlert alert) {
        String tenant = TenantContext.require();
        long account = CurrentUser.requireAccountId();
        jdbc.update("INSERT INTO balance_alert (tenant_id, account_id, kind, threshold) VALUES (?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE kind = VALUES(kind), threshold = VALUES(threshold)",
                tenant, account, alert.kind().name(), alert.threshold());
    }

    /** The alerts the accounts chose; accounts that chose none are left out. */
    Map<Long, BalanceAlert> alertsOf(Collection<Long> accountIds) {
        Map<Long, BalanceAlert> alerts = new HashMap<>();
        if (accountIds.isEmpty()) {
            return alerts;
        }
        List<Object> arguments = new ArrayList<>(List.of(TenantContext.require()));
        arguments.addAll(accountIds);
        jdbc.query("SELECT account_id, kind, threshold FROM balance_alert WHERE tenant_id = ? AND account_id IN ("
                + ParameterMarks.of(accountIds.size()) + ")", row -> {
                    alerts.put(row.getLong(1), new BalanceAlert(BalanceAlert.Kind.valueOf(row.getString(2)), row.getBigDecimal(3)));
                }, arguments.toArray());
        return alerts;
    }
}
