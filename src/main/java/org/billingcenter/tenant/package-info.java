/**
 * The billing operators served by this deployment. Each is declared in one YAML file under
 * {@code tenants/}, loaded and validated at start-up; the tenant of a web request is resolved from
 * its host and a browser session stays bound to the tenant it started in.
 */
package org.billingcenter.tenant;
