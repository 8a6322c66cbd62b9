package org.billingcenter.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotFoundError;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.tenant.FeatureUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Only Administrators of contract accounts reach the enterprise billing centre: at the services
 * (called directly, as any caller could) and at the routes.
 */
class EnterpriseGatingTest extends EnterprisePortfolioFixture {

    static final List<String> ROUTES = List.of("enterprise/invoices", "enterprise/chargebacks", "enterprise/spend");

    @Autowired
    SpendService spend;

    @Test
    void otherRolesOfTheEnterpriseAccountAreRefusedByServicesAndRoutes() {
        buildPortfolio();
        long invoice = invoiceList().getFirst().id();
        for (Role role : List.of(Role.FINANCE, Role.MEMBER, Role.AUDITOR)) {
            SignedInUser other = newMember(owner, role);
            refusedEverywhere(other, invoice);
        }
        refusedEverywhere(owner, invoice);
    }

    @Test
    void aPayAsYouGoTenantHasNoEnterpriseBillingCentreAtItsServicesOrAddresses() {
        SignedInUser standardOwner = newOwner(INTL);
        SignedInUser standardAdmin = newMember(standardOwner, Role.ADMINISTRATOR);
        assertThatThrownBy(() -> as(standardAdmin, () -> invoices.invoices(new InvoiceQuery(null, null))))
                .isInstanceOf(FeatureUnavailableException.class);
        assertThatThrownBy(() -> as(standardAdmin, () -> portfolio.contracts())).isInstanceOf(FeatureUnavailableException.class);
        assertThatThrownBy(() -> as(standardAdmin, () -> chargebacks.departments())).isInstanceOf(FeatureUnavailableException.class);
        assertThatThrownBy(() -> as(standardAdmin, () -> invoices.enterpriseAvailable())).isInstanceOf(FeatureUnavailableException.class);
        signIn(standardAdmin);
        for (String route : ROUTES) {
            assertThatThrownBy(() -> navigate(route)).as(route).isInstanceOf(NotFoundError.class);
        }
    }

    @Test
    void anAdministratorCannotReadAnotherEnterpriseAccountsInvoice() {
        buildPortfolio();
        long invoice = invoiceList().getFirst().id();
        SignedInUser otherOwner = newOwner(HOSTING);
        SignedInUser otherAdmin = newMember(otherOwner, Role.ADMINISTRATOR);
        assertThat(as(otherAdmin, () -> invoices.invoices(new InvoiceQuery(null, null)))).isEmpty();
        assertThatThrownBy(() -> as(otherAdmin, () -> report.header(invoice))).hasMessageContaining("enterprise.invoice.notFound");
        assertThatThrownBy(() -> as(otherAdmin, () -> report.rows(invoice, PortfolioTable.ACTIVE, PortfolioFilter.none(), 0, 10)))
                .hasMessageContaining("enterprise.invoice.notFound");
        assertThatThrownBy(() -> as(otherAdmin, () -> report.overview(invoice))).hasMessageContaining("enterprise.invoice.notFound");
        assertThatThrownBy(() -> as(otherAdmin, () -> report.page(invoice, PortfolioTable.ACTIVE, PortfolioFilter.none(),
                PortfolioPageRequest.last(10)))).hasMessageContaining("enterprise.invoice.notFound");
        assertThatThrownBy(() -> as(otherAdmin, () -> report.count(invoice, PortfolioTable.ACTIVE, PortfolioFilter.none())))
                .hasMessageContaining("enterprise.invoice.notFound");
        assertThatThrownBy(() -> as(otherAdmin, () -> invoices.invoice(invoice))).hasMessageContaining("enterprise.invoice.notFound");
    }

    private void refusedEverywhere(SignedInUser user, long invoice) {
        assertThatThrownBy(() -> as(user, () -> invoices.invoices(new InvoiceQuery(null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(user, () -> report.rows(invoice, PortfolioTable.ACTIVE, PortfolioFilter.none(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(user, () -> report.overview(invoice))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(user, () -> report.page(invoice, PortfolioTable.ACTIVE, PortfolioFilter.none(),
                PortfolioPageRequest.first(10)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(user, () -> chargebacks.allocate(invoice, SharedCostRule.bySiteCount())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(user, () -> spend.spend(null))).isInstanceOf(AccessDeniedException.class);
        signIn(user);
        for (String route : ROUTES) {
            assertThatThrownBy(() -> navigate(route)).as(user.roles() + " " + route).isInstanceOf(MockAccessDeniedException.class);
        }
        assertThatThrownBy(() -> navigate("enterprise/portfolio/" + invoice)).isInstanceOf(MockAccessDeniedException.class);
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
    }
}
