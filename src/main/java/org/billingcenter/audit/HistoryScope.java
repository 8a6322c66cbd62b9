package org.billingcenter.audit;

import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.tenancy.TenantContext;

/**
 * Whose history a reader may see: always one tenant; an account's people only their account;
 * the tenant's staff every account, or one they pick.
 */
record HistoryScope(String tenant, Long account, boolean staff) {

    static HistoryScope ofCaller(Long requestedAccount) {
        SignedInUser me = CurrentUser.require();
        if (me.has(Role.OPERATOR)) {
            return new HistoryScope(TenantContext.require(), requestedAccount, true);
        }
        return new HistoryScope(TenantContext.require(), CurrentUser.requireAccountId(), false);
    }

    boolean sees(AuditedType type) {
        return staff || type.accountScoped();
    }
}
