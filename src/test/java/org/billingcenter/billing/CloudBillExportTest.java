package org.billingcenter.billing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import org.billingcenter.account.CloudAccountDetails;
import org.billingcenter.account.CloudAccountService;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.support.UiTest;
import org.billingcenter.tenant.TenantDefinition.SettlementMethod;
import org.billingcenter.usage.UsageIngestionService;
import org.billingcenter.usage.UsageRecord;
import org.billingcenter.workspace.NewWorkspace;
import org.billingcenter.workspace.SettlementChoiceService;
import org.billingcenter.workspace.WorkspaceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cloud bill is in the menu of those who see money, and its month downloads as CSV with the
 * lines the page shows. The clock runs in May 2029, a month of this test's own.
 */
class CloudBillExportTest extends UiTest {

    @Autowired
    CloudAccountService clouds;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    SettlementChoiceService choices;
    @Autowired
    UsageIngestionService usage;
    @Autowired
    DailyRating rating;

    @Test
    @SuppressWarnings("unchecked")
    void theMonthOfACloudAccountDownloadsAsCsv() {
        clock.set(Instant.parse("2029-05-10T10:00:00Z"));
        SignedInUser owner = newOwner(INTL);
        CloudAccountDetails aws = as(owner, () -> clouds.bind(SettlementMethod.AWS, "aws-" + key().substring(0, 6), "sub-" + key()));
        SystemIdentity.runAsOperator(owner.tenantId(), () -> clouds.confirm(aws.id(), "subscription checked"));
        WorkspaceSummary web = as(owner, () -> workspaces.bind(new NewWorkspace("web-" + key().substring(0, 4), "us-west-1", null)));
        as(owner, () -> choices.choose(web.id(), SettlementMethod.AWS, aws.id()));
        clock.set(Instant.parse("2029-05-12T10:00:00Z"));
        SystemIdentity.callAsOperator(INTL, () -> usage.ingest(List.of(new UsageRecord(UUID.randomUUID().toString(), web.id(), "LOGS",
                Instant.parse("2029-05-11T12:00:00Z"), new BigDecimal("2000000")))));
        SystemIdentity.runAsOperator(INTL, () -> rating.rate(LocalDate.of(2029, 5, 11)));

        signIn(owner);
        navigate("");
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).contains("Cloud bill");
        navigate("cloud-bill");
        ((ComboBox<CloudAccountDetails>) find(ComboBox.class, "cloud-bill-account")).setValue(aws);
        ((ComboBox<YearMonth>) find(ComboBox.class, "cloud-bill-month")).setValue(YearMonth.of(2029, 5));

        String csv = new String(DownloadKt._download(find(Anchor.class, "cloud-bill-csv")), StandardCharsets.UTF_8);
        List<String> rows = csv.replace("\uFEFF", "").lines().toList();
        assertThat(rows.getFirst()).isEqualTo("Month,Cloud account,Workspace,Site,Item,Quantity,Amount,Currency");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith("2029-05," + aws.cloudAccountId() + "," + web.id() + ",").contains(",LOGS,2000000,")
                .endsWith(",USD");
    }

    @Test
    void membersWithoutMoneySeeNoCloudBillInTheMenu() {
        signIn(newMember(newOwner(INTL), Role.MEMBER));
        navigate("");
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).doesNotContain("Cloud bill");
    }
}
