package org.billingcenter.workspace;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What binding a workspace asks for; no retention choice means the site's shortest (cheapest) retention. */
public record NewWorkspace(@NotBlank @Size(max = 120) String name, @NotBlank String siteId, @Min(1) Integer retentionDays) {
}
