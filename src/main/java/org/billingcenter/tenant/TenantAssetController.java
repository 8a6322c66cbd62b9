package org.billingcenter.tenant;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the current tenant's logo, so the same URL brands each operator's portal. */
@RestController
class TenantAssetController {

    static final String LOGO_PATH = "/tenant-assets/logo";

    private final TenantRegistry tenants;

    TenantAssetController(TenantRegistry tenants) {
        this.tenants = tenants;
    }

    @GetMapping(LOGO_PATH)
    ResponseEntity<Resource> logo() {
        Path file = tenants.asset(tenants.current().theme().logo());
        if (!Files.isRegularFile(file)) {
            return ResponseEntity.notFound().build();
        }
        MediaType type = MediaTypeFactory.getMediaType(file.getFileName().toString()).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(new FileSystemResource(file));
    }
}
