package org.billingcenter.tenant;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where tenant files live and which tenant answers a host that names none (plain
 * {@code localhost}, or a bare server name).
 */
@ConfigurationProperties("billing.tenants")
public record TenantProperties(@DefaultValue("tenants") Path directory, String defaultTenant) {
}
