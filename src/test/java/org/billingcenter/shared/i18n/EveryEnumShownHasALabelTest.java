package org.billingcenter.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.billingcenter.account.CloudAccountStatus;
import org.billingcenter.account.InvitationStatus;
import org.billingcenter.billing.PaidBy;
import org.billingcenter.enterprise.InvoiceLineKind;
import org.billingcenter.enterprise.PaymentMethod;
import org.billingcenter.enterprise.PortfolioTable;
import org.billingcenter.enterprise.SharedCostRule;
import org.billingcenter.enterprise.SiteStatus;
import org.billingcenter.enterprise.SpendGrouping;
import org.billingcenter.invoice.DocumentType;
import org.billingcenter.invoice.InvoiceType;
import org.billingcenter.notification.OutboxChannel;
import org.billingcenter.notification.OutboxStatus;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.billingcenter.tenant.TenantDefinition.RechargeMethod;
import org.billingcenter.tenant.TenantDefinition.SettlementMethod;
import org.billingcenter.ticket.QueueFilter;
import org.billingcenter.ticket.TicketStatus;
import org.billingcenter.verification.VerificationKind;
import org.billingcenter.verification.VerificationStatus;
import org.billingcenter.wallet.LotKind;
import org.billingcenter.wallet.LotOrigin;
import org.billingcenter.wallet.LotStatus;
import org.billingcenter.wallet.MovementKind;
import org.billingcenter.wallet.RechargeStatus;
import org.billingcenter.workspace.SettlementKind;
import org.billingcenter.workspace.WorkspaceStatus;
import org.junit.jupiter.api.Test;

/**
 * Every value of an enum that people see (in grids, filters, CSV files, notices, PDFs) has a label
 * in both languages, under the key the screens look it up by: a new constant without one fails here
 * rather than showing its code to a person.
 */
class EveryEnumShownHasALabelTest {

    /** Each enum shown to people, and the prefix of its labels' keys. */
    static final Map<Class<? extends Enum<?>>, String> SHOWN = Map.ofEntries(
            Map.entry(Role.class, "role."),
            Map.entry(AccountKind.class, "account.kind."),
            Map.entry(SettlementMethod.class, "cloud.provider."),
            Map.entry(RechargeMethod.class, "recharge.method."),
            Map.entry(CloudAccountStatus.class, "cloud.status."),
            Map.entry(InvitationStatus.class, "invitation.status."),
            Map.entry(PaidBy.class, "consumption.paidBy."),
            Map.entry(InvoiceLineKind.class, "enterprise.InvoiceLineKind."),
            Map.entry(org.billingcenter.enterprise.InvoiceStatus.class, "enterprise.InvoiceStatus."),
            Map.entry(PaymentMethod.class, "enterprise.PaymentMethod."),
            Map.entry(SiteStatus.class, "enterprise.SiteStatus."),
            Map.entry(SpendGrouping.class, "enterprise.SpendGrouping."),
            Map.entry(SharedCostRule.Basis.class, "enterprise.Basis."),
            Map.entry(PortfolioTable.class, "enterprise.portfolio.table."),
            Map.entry(DocumentType.class, "invoice.document."),
            Map.entry(org.billingcenter.invoice.InvoiceStatus.class, "invoice.status."),
            Map.entry(InvoiceType.class, "invoice.type."),
            Map.entry(OutboxChannel.class, "outbox.channel."),
            Map.entry(OutboxStatus.class, "outbox.status."),
            Map.entry(TicketStatus.class, "ticket.status."),
            Map.entry(QueueFilter.Assignment.class, "queue.assignment."),
            Map.entry(VerificationKind.class, "verification.kind."),
            Map.entry(VerificationStatus.class, "verification.status."),
            Map.entry(LotKind.class, "lot.kind."),
            Map.entry(LotOrigin.class, "lot.origin."),
            Map.entry(LotStatus.class, "lot.status."),
            Map.entry(MovementKind.class, "movement.kind."),
            Map.entry(RechargeStatus.class, "recharge.status."),
            Map.entry(SettlementKind.class, "settlement."),
            Map.entry(WorkspaceStatus.class, "workspaces.status."));

    @Test
    void everyValueHasALabelInEnglishAndInChinese() {
        Set<String> missing = new TreeSet<>();
        SHOWN.forEach((type, prefix) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = prefix + value.name();
                if (blank(MessageFiles.ENGLISH.getProperty(key))) {
                    missing.add("en " + key);
                }
                if (blank(MessageFiles.CHINESE.getProperty(key))) {
                    missing.add("zh_CN " + key);
                }
            }
        });
        assertThat(missing).as("enum values shown to people without a label").isEmpty();
    }

    @Test
    void aLabelIsNotTheCodeItself() {
        Set<String> untranslated = new TreeSet<>();
        SHOWN.forEach((type, prefix) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                if (value.name().contains("_") && value.name().equals(MessageFiles.CHINESE.getProperty(prefix + value.name()))) {
                    untranslated.add(prefix + value.name());
                }
            }
        });
        assertThat(untranslated).as("labels that repeat the code").isEmpty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
