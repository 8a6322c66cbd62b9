package org.billingcenter.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;

import org.billingcenter.account.CloudAccountDetails;
import org.billingcenter.account.CloudAccountService;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.support.UiTest;
import org.billingcenter.tenant.TenantDefinition.SettlementMethod;
import org.billingcenter.workspace.NewWorkspace;
import org.billingcenter.workspace.Settlement;
import org.billingcenter.workspace.SettlementOption;
import org.billingcenter.workspace.WorkspaceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The owner moves a workspace onto the account's AWS cloud account through the confirmation dialog; the cloud bill view opens. */
class ChooseSettlementViewTest extends UiTest {

    @Autowired
    WorkspaceService workspaces;
    @Autowired
    CloudAccountService clouds;

    @Test
    @SuppressWarnings("unchecked")
    void theOwnerChoosesACloudAccountInTheDialog() {
        SignedInUser owner = newOwner(INTL);
        CloudAccountDetails aws = as(owner, () -> clouds.bind(SettlementMethod.AWS, "aws-" + key().substring(0, 6), "sub-" + key()));
        SystemIdentity.runAsOperator(owner.tenantId(), () -> clouds.confirm(aws.id(), "subscription checked"));
        WorkspaceSummary web = as(owner, () -> workspaces.bind(new NewWorkspace("web", "us-west-1", null)));

        signIn(owner);
        navigate("workspaces");
        Grid<WorkspaceSummary> grid = _get(Grid.class, spec -> spec.withId("workspaces-grid"));
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid, 0, "actions");
        actions.getChildren().filter(c -> c.getId().orElse("").equals("workspace-settle-" + web.id())).map(Button.class::cast)
                .findFirst().orElseThrow().click();
        ComboBox<SettlementOption> method = _get(ComboBox.class, spec -> spec.withId("settlement-method"));
        method.setValue(method.getGenericDataView().getItems().filter(o -> o.cloudAccountId() != null).findFirst().orElseThrow());
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("settlement-dialog"));
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));

        assertThat(as(owner, () -> workspaces.settlementOn(web.id(), LocalDate.of(2026, 11, 15))))
                .isEqualTo(Settlement.cloudAccount(aws.id(), "AWS"));

        navigate("cloud-bill");
        ComboBox<CloudAccountDetails> cloud = _get(ComboBox.class, spec -> spec.withId("cloud-bill-account"));
        cloud.setValue(aws);
        assertThat(_get(Grid.class, spec -> spec.withId("cloud-bill-grid")).getGenericDataView().getItems().count()).isZero();
    }
}
