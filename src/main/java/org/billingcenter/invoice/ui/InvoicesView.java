package org.billingcenter.invoice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.invoice.InvoiceService;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Display;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.tenant.TenantDefinition.TaxInvoiceKind;
import org.billingcenter.verification.VerificationKind;
import org.billingcenter.verification.VerificationService;
import org.billingcenter.verification.VerifiedIdentity;

/**
 * The account's tax invoices: request one over invoiceable documents, follow the requests and
 * download issued PDFs, and keep the invoice profiles (or, for international invoices, the billing
 * details) and mailing addresses. Auditors read only.
 */
@Route("invoices")
@Menu(order = 40, title = "menu.invoices")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
@RequiresFeature(Feature.TAX_INVOICES)
public class InvoicesView extends VerticalLayout implements HasDynamicTitle {

    final RequestsPanel requests;
    /** The PRC invoice profiles; null where the tenant issues international invoices. */
    final ProfilesPanel profiles;
    /** The international billing details; null where the tenant issues PRC VAT invoices. */
    final BillingDetailsPanel billingDetails;
    final AddressesPanel addresses;
    RequestPanel request;

    public InvoicesView(InvoiceService invoices, VerificationService verification, TenantRegistry tenants) {
        Display display = new Display(tenants.current().timeZone(), getLocale());
        boolean manages = !CurrentUser.require().has(Role.AUDITOR);
        VerifiedIdentity identity = verification.verifiedIdentity().orElse(null);
        add(new H2(getTranslation("invoice.title")));
        boolean international = invoices.kindOffered() == TaxInvoiceKind.INTERNATIONAL;
        requests = new RequestsPanel(invoices, display);
        profiles = international ? null : new ProfilesPanel(invoices, identity, manages);
        billingDetails = international ? new BillingDetailsPanel(invoices, identity, manages) : null;
        addresses = new AddressesPanel(invoices, manages);
        if (identity == null) {
            Paragraph notice = new Paragraph(getTranslation("invoice.needsVerification"));
            notice.setId("invoice-needs-verification");
            Anchor link = new Anchor("verification", getTranslation("invoice.goVerify"));
            link.getElement().setAttribute("router-link", true);
            add(notice, link);
        } else if (!international && identity.kind() != VerificationKind.ENTERPRISE) {
            Paragraph notice = new Paragraph(getTranslation("invoice.needsEnterprise"));
            notice.setId("invoice-needs-enterprise");
            Anchor link = new Anchor("verification", getTranslation("invoice.goVerify"));
            link.getElement().setAttribute("router-link", true);
            add(notice, link);
        } else if (manages) {
            request = new RequestPanel(invoices, display, requests::refresh);
            if (international) {
                request.profile.setLabel(getTranslation("invoice.intl.billingDetails"));
                billingDetails.onChange(request::reloadChoices);
            } else {
                profiles.onChange(request::reloadChoices);
            }
            addresses.onChange(request::reloadChoices);
            add(new H3(getTranslation("invoice.requestTitle")), request);
        }
        add(new H3(getTranslation("invoice.requestsTitle")), requests,
                new H3(getTranslation(international ? "invoice.intl.billingDetailsTitle" : "invoice.profilesTitle")),
                international ? billingDetails : profiles,
                new H3(getTranslation("invoice.addressesTitle")), addresses);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invoice.title");
    }
}
