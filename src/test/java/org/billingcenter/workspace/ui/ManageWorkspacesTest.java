package org.billingcenter.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.UiTest;
import org.billingcenter.tenant.TenantDefinition.Site;
import org.billingcenter.workspace.WorkspaceService;
import org.billingcenter.workspace.WorkspaceStatus;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The owner binds, renames and unbinds a workspace on the page; a member only reads the list. */
class ManageWorkspacesTest extends UiTest {

    @Autowired
    WorkspaceService workspaces;

    @Test
    @SuppressWarnings("unchecked")
    void theOwnerBindsRenamesAndUnbindsAWorkspace() {
        SignedInUser owner = newOwner(INTL);
        signIn(owner);
        navigate("workspaces");

        click("workspace-bind");
        assertThat(find(TextField.class, "workspace-name").isInvalid()).isTrue();
        assertThat(find(ComboBox.class, "workspace-site").isInvalid()).isTrue();
        assertThat(as(owner, () -> workspaces.myWorkspaces())).isEmpty();

        find(TextField.class, "workspace-name").setValue("checkout");
        ComboBox<Site> site = find(ComboBox.class, "workspace-site");
        site.setValue(site.getGenericDataView().getItems().filter(s -> s.id().equals("eu-central-1")).findFirst().orElseThrow());
        click("workspace-bind");
        List<WorkspaceSummary> bound = as(owner, () -> workspaces.myWorkspaces());
        assertThat(bound).extracting(WorkspaceSummary::name, WorkspaceSummary::siteId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("checkout", "eu-central-1"));
        long id = bound.getFirst().id();

        // The same name again is refused with a message, and nothing is added.
        find(TextField.class, "workspace-name").setValue("checkout");
        site.setValue(site.getGenericDataView().getItems().findFirst().orElseThrow());
        click("workspace-bind");
        assertThat(notifications()).anyMatch(text -> text.contains("checkout") && text.contains("already exists"));
        assertThat(as(owner, () -> workspaces.myWorkspaces())).hasSize(1);

        actionOf(id, "workspace-rename-").click();
        find(TextField.class, "workspace-new-name").setValue("checkout-eu");
        confirm("workspace-rename-dialog");
        assertThat(as(owner, () -> workspaces.myWorkspaces())).extracting(WorkspaceSummary::name).containsExactly("checkout-eu");

        actionOf(id, "workspace-unbind-").click();
        confirm("workspace-unbind-dialog");
        assertThat(as(owner, () -> workspaces.myWorkspaces())).extracting(WorkspaceSummary::status)
                .containsExactly(WorkspaceStatus.UNBOUND);
        Grid<WorkspaceSummary> grid = find(Grid.class, "workspaces-grid");
        assertThat(GridKt._getFormattedRow(grid, 0)).anyMatch(cell -> cell.contains("Unbound"));
    }

    @Test
    void aMemberSeesTheWorkspacesButCannotChangeThem() {
        SignedInUser owner = newOwner(INTL);
        as(owner, () -> workspaces.bind(new org.billingcenter.workspace.NewWorkspace("api", "us-west-1", null)));
        SignedInUser member = newMember(owner, Role.MEMBER);
        signIn(member);
        navigate("workspaces");
        assertThat(GridKt._size(find(Grid.class, "workspaces-grid"))).isEqualTo(1);
        assertThat(_find(Button.class, spec -> spec.withId("workspace-bind"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Button actionOf(long workspaceId, String prefix) {
        Grid<WorkspaceSummary> grid = _get(Grid.class, spec -> spec.withId("workspaces-grid"));
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid, 0, "actions");
        return actions.getChildren().filter(c -> c.getId().orElse("").equals(prefix + workspaceId)).map(Button.class::cast)
                .findFirst().orElseThrow();
    }

    private static void confirm(String dialogId) {
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId(dialogId));
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
    }
}
