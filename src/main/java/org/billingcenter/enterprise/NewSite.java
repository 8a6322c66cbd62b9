package org.billingcenter.enterprise;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A site to add to a contract; the owner and the department (cost centre) may be left empty. */
public record NewSite(long contractId, @NotBlank @Size(max = 200) String name, @Size(max = 200) String owner,
        @Size(max = 100) String department, @NotNull SitePlan plan, @NotNull SiteStatus status, @NotNull LocalDate createdOn) {
}
