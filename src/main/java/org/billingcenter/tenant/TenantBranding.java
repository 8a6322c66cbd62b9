package org.billingcenter.tenant;

/** What the shell needs to brand a page for the current tenant. */
public record TenantBranding(String brandName, String primaryColor, String logoUrl) {

    static TenantBranding of(TenantDefinition tenant) {
        return new TenantBranding(tenant.brandName(), tenant.theme().primaryColor(), TenantAssetController.LOGO_PATH);
    }
}
