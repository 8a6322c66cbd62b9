package org.billingcenter.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import org.billingcenter.account.CloudAccountService;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.UiTest;
import org.billingcenter.support.Views;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.FeatureUnavailableException;
import org.billingcenter.verification.VerificationService;
import org.billingcenter.wallet.VoucherService;
import org.billingcenter.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A contract-hosting tenant (enterprise accounts only, no price list, no cloud settlement) shows
 * none of the pay-as-you-go screens: not in the menu, not at their addresses, not through the
 * services behind them; a pay-as-you-go tenant keeps them all.
 */
class FeaturesFollowTheTenantTest extends UiTest {

    /** The screens of the features harbor-hosting does not offer. */
    private static final List<String> PAY_AS_YOU_GO_ROUTES = List.of("workspaces", "consumption", "cloud-bill", "cloud-accounts",
            "verification", "bills", "invoices");

    @Override
    protected boolean appErrorPages() {
        return true;
    }

    @Autowired
    WorkspaceService workspaces;
    @Autowired
    CloudAccountService cloudAccounts;
    @Autowired
    VerificationService verification;
    @Autowired
    VoucherService vouchers;

    @Test
    void aHostingCustomersMenuHasNoPayAsYouGoEntries() {
        SignedInUser owner = newOwner(HOSTING);
        signIn(owner);
        navigate("");
        assertThat(menuPaths()).contains("wallet", "team", "support").doesNotContainAnyElementsOf(PAY_AS_YOU_GO_ROUTES);

        SignedInUser admin = newMember(owner, Role.ADMINISTRATOR);
        switchTo(admin);
        navigate("");
        assertThat(menuPaths()).contains("enterprise/invoices").doesNotContainAnyElementsOf(PAY_AS_YOU_GO_ROUTES);
    }

    @Test
    void aHostingCustomerOpeningAPayAsYouGoAddressSeesNotFoundInTheFrame() {
        signIn(newOwner(HOSTING));
        for (String route : PAY_AS_YOU_GO_ROUTES) {
            navigate(route);
            assertThat(Views.current()).as(route).isInstanceOf(NotFoundView.class);
            assertThat(UI().getInternals().getActiveRouterTargetsChain()).as(route).anyMatch(MainLayout.class::isInstance);
        }
    }

    @Test
    void aHostingOperatorHasNoReviewQueuesOfFeaturesTheTenantLacks() {
        signIn(newOperator(HOSTING));
        navigate("operator");
        assertThat(menuPaths()).contains("operator", "operator/wallet")
                .doesNotContain("operator/verifications", "operator/invoices", "operator/usage", "operator/billing");
        navigate("operator/verifications");
        assertThat(Views.current()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void servicesOfFeaturesTheTenantLacksRefuseEvenWhenCalledDirectly() {
        SignedInUser owner = newOwner(HOSTING);
        assertThatThrownBy(() -> as(owner, () -> workspaces.myWorkspaces())).isInstanceOf(FeatureUnavailableException.class)
                .extracting(e -> ((FeatureUnavailableException) e).feature()).isEqualTo(Feature.WORKSPACES);
        assertThatThrownBy(() -> as(owner, () -> cloudAccounts.mine())).isInstanceOf(FeatureUnavailableException.class);
        assertThatThrownBy(() -> as(owner, () -> verification.mine())).isInstanceOf(FeatureUnavailableException.class);
        assertThatThrownBy(() -> as(owner, () -> vouchers.redeem("ANY-CODE", key()))).isInstanceOf(FeatureUnavailableException.class);
    }

    @Test
    void aPayAsYouGoTenantKeepsItsScreensAndServices() {
        SignedInUser owner = newOwner(INTL);
        assertThat(as(owner, () -> workspaces.myWorkspaces())).isEmpty();
        signIn(owner);
        navigate("");
        assertThat(menuPaths()).containsAll(PAY_AS_YOU_GO_ROUTES).doesNotContain("enterprise/invoices");
        navigate("workspaces");
        assertThat(Views.current()).isNotInstanceOf(NotFoundView.class);
    }

    private static List<String> menuPaths() {
        return _get(SideNav.class, s -> s.withId("main-navigation")).getItems().stream().map(SideNavItem::getPath).toList();
    }

    private static com.vaadin.flow.component.UI UI() {
        return com.vaadin.flow.component.UI.getCurrent();
    }
}
