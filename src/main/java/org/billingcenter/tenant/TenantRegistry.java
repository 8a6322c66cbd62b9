package org.billingcenter.tenant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.billingcenter.shared.pdf.Letterhead;
import org.billingcenter.shared.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.validation.Validator;

/**
 * Every tenant of this deployment, read from the tenants folder once at start-up. A broken file
 * stops start-up: serving a tenant with a half-understood price list would bill people wrongly.
 */
@Service
public class TenantRegistry {

    private static final Logger log = LoggerFactory.getLogger(TenantRegistry.class);

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final Map<String, TenantDefinition> byId = new LinkedHashMap<>();
    private final Map<String, TenantDefinition> byHost = new LinkedHashMap<>();
    private final Map<String, Path> files = new LinkedHashMap<>();
    private final TenantDefinition defaultTenant;
    private final Path directory;

    public TenantRegistry(TenantProperties properties, Validator validator) {
        this.directory = properties.directory().toAbsolutePath().normalize();
        TenantFileReader reader = new TenantFileReader(validator);
        for (Path file : tenantFiles(directory)) {
            register(file, reader.read(file));
        }
        if (byId.isEmpty()) {
            throw new IllegalStateException("No tenant files (*.yml) found in " + directory);
        }
        String defaultId = properties.defaultTenant() == null || properties.defaultTenant().isBlank() ? null
                : properties.defaultTenant();
        if (defaultId != null && !byId.containsKey(defaultId)) {
            throw new IllegalStateException("billing.tenants.default-tenant names '" + defaultId
                    + "', which has no file in " + directory);
        }
        this.defaultTenant = defaultId == null ? null : byId.get(defaultId);
        log.info("Serving {} tenants from {}: {}", byId.size(), directory, byId.keySet());
    }

    private static List<Path> tenantFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches(".+\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the tenants folder " + directory + ": " + e.getMessage(), e);
        }
    }

    private void register(Path file, TenantDefinition tenant) {
        if (byId.putIfAbsent(tenant.id(), tenant) != null) {
            throw new TenantFileException(file, "id", "repeats tenant '" + tenant.id() + "'");
        }
        files.put(tenant.id(), file);
        for (String host : hostsOf(tenant)) {
            TenantDefinition other = byHost.putIfAbsent(host, tenant);
            if (other != null) {
                throw new TenantFileException(file, "hosts", "claims '" + host + "', already served by tenant '" + other.id() + "'");
            }
        }
    }

    /** A tenant always answers at {@code <id>.localhost}, which every browser resolves locally. */
    private static List<String> hostsOf(TenantDefinition tenant) {
        return Stream.concat(Stream.of(tenant.id() + ".localhost"), tenant.hosts().stream())
                .map(host -> host.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    public Collection<TenantDefinition> all() {
        return byId.values();
    }

    public Optional<TenantDefinition> find(String tenantId) {
        return Optional.ofNullable(byId.get(tenantId));
    }

    public TenantDefinition get(String tenantId) {
        return find(tenantId).orElseThrow(() -> new IllegalArgumentException("Unknown tenant " + tenantId));
    }

    /**
     * The tenant serving a host name (port and case ignored). Loopback names fall back to the
     * default tenant; any other unknown host is served by nobody rather than by a guess.
     */
    public Optional<TenantDefinition> forHost(String host) {
        String name = host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
        TenantDefinition tenant = byHost.get(name);
        if (tenant == null && LOOPBACK_NAMES.contains(name)) {
            tenant = defaultTenant;
        }
        return Optional.ofNullable(tenant);
    }

    /** The file a tenant is declared in, for messages that name it. */
    public Path fileOf(String tenantId) {
        return files.get(tenantId);
    }

    /** The tenant of the work on this thread. */
    public TenantDefinition current() {
        return get(TenantContext.require());
    }

    public TenantBranding currentBranding() {
        return TenantBranding.of(current());
    }

    /** The current tenant as the header of its printed documents: logo, legal name, address and tax number. */
    public Letterhead currentLetterhead() {
        LegalEntity issuer = current().issuer();
        byte[] logo = null;
        if (issuer.documentLogo() != null) {
            try {
                logo = Files.readAllBytes(asset(issuer.documentLogo()));
            } catch (IOException unreadable) {
                // Checked when the file was read; a logo gone since only leaves the document without it.
                logo = null;
            }
        }
        return new Letterhead(logo, issuer.name(), issuer.address(), issuer.taxId());
    }

    /** A file beside the tenant's definition (its logo, say). */
    Path asset(String name) {
        return directory.resolve(name).normalize();
    }
}
