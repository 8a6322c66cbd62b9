package org.billingcenter.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a tenant offers is read from its file: implied by what it declares, or listed outright. */
class TenantFeaturesFromFilesTest {

    @TempDir
    Path dir;

    private final TenantFileReader reader = TenantFiles.reader();

    @Test
    void aContractHostingTenantOffersOnlyEnterpriseContracts() {
        TenantDefinition hosting = reader.read(Path.of("tenants/harbor-hosting.yml"));
        assertThat(hosting.offeredFeatures()).containsExactly(Feature.ENTERPRISE_CONTRACTS);
    }

    @Test
    void aPayAsYouGoTenantWithCloudProvidersOffersEverythingButContracts() {
        TenantDefinition cn = reader.read(Path.of("tenants/lumen-cn.yml"));
        assertThat(cn.offeredFeatures()).isEqualTo(EnumSet.complementOf(EnumSet.of(Feature.ENTERPRISE_CONTRACTS)));
        TenantDefinition intl = reader.read(Path.of("tenants/lumen-intl.yml"));
        assertThat(intl.offeredFeatures()).isEqualTo(cn.offeredFeatures());
    }

    @Test
    void withoutCloudMethodsOrVouchersInTheDeductionOrderThoseFeaturesAreOff() throws IOException {
        // The sample file settles only through the portal and deducts cash alone.
        TenantDefinition tenant = reader.read(write(TenantFileReaderTest.validTenant()));
        assertThat(tenant.offeredFeatures()).contains(Feature.PAY_AS_YOU_GO, Feature.WORKSPACES, Feature.TAX_INVOICES)
                .doesNotContain(Feature.CLOUD_SETTLEMENT, Feature.VOUCHERS, Feature.STORED_VALUE_CARDS, Feature.ENTERPRISE_CONTRACTS);
    }

    @Test
    void anExplicitFeaturesListOverridesWhatTheFileImplies() throws IOException {
        TenantDefinition tenant = reader.read(write(TenantFileReaderTest.validTenant() + "features: [workspaces, TAX_INVOICES]\n"));
        assertThat(tenant.offeredFeatures()).containsExactlyInAnyOrder(Feature.WORKSPACES, Feature.TAX_INVOICES);

        TenantDefinition none = reader.read(write(TenantFileReaderTest.validTenant() + "features: []\n"));
        assertThat(none.offeredFeatures()).isEmpty();
    }

    @Test
    void anUnknownFeatureNamesTheFileAndTheField() throws IOException {
        Path file = write(TenantFileReaderTest.validTenant() + "features: [WORKSPACES, TELEPORTATION]\n");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(TenantFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("features");
    }

    private Path write(String yaml) throws IOException {
        Files.writeString(dir.resolve("logo.svg"), "<svg/>");
        Path file = dir.resolve("test-tenant.yml");
        Files.writeString(file, yaml);
        return file;
    }
}
