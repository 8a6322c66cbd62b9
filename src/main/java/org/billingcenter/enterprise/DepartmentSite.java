package org.billingcenter.enterprise;

/** A live site as the departments page lists it; a null department means untagged. */
public record DepartmentSite(long id, String name, String owner, String department, SitePlan plan, SiteStatus status,
        String contractNumber) {
}
