package org.billingcenter.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.billingcenter.tenant.TenantDefinition.IdentityVerificationKind;
import org.billingcenter.tenant.TenantDefinition.TaxInvoiceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kinds of identity verification and tax invoice a tenant file names: PRC unless it says
 * otherwise (as every tenant did before), lumen-intl the international ones, and a kind that does
 * not exist stops start-up naming the file and the field.
 */
class VerificationAndInvoiceKindsTest {

    @TempDir
    Path dir;

    private final TenantFileReader reader = TenantFiles.reader();

    @Test
    void theShippedTenantsVerifyAndInvoiceTheirMarketsWay() {
        TenantDefinition cn = reader.read(Path.of("tenants/lumen-cn.yml"));
        assertThat(cn.identityVerification()).isEqualTo(IdentityVerificationKind.PRC);
        assertThat(cn.taxInvoices()).isEqualTo(TaxInvoiceKind.PRC_VAT);
        TenantDefinition intl = reader.read(Path.of("tenants/lumen-intl.yml"));
        assertThat(intl.identityVerification()).isEqualTo(IdentityVerificationKind.INTERNATIONAL);
        assertThat(intl.taxInvoices()).isEqualTo(TaxInvoiceKind.INTERNATIONAL);
        assertThat(intl.issuer().vatRate()).as("no VAT rate: lumen-intl issues receipts").isNull();
    }

    @Test
    void aFileThatNamesNoKindKeepsThePrcOnesAndKindsReadInKebabCase() throws IOException {
        TenantDefinition plain = reader.read(write(TenantFileReaderTest.validTenant()));
        assertThat(plain.identityVerification()).isEqualTo(IdentityVerificationKind.PRC);
        assertThat(plain.taxInvoices()).isEqualTo(TaxInvoiceKind.PRC_VAT);
        TenantDefinition named = reader.read(write(TenantFileReaderTest.validTenant()
                + "\nidentity-verification: international\ntax-invoices: prc-vat\n"));
        assertThat(named.identityVerification()).isEqualTo(IdentityVerificationKind.INTERNATIONAL);
        assertThat(named.taxInvoices()).isEqualTo(TaxInvoiceKind.PRC_VAT);
    }

    @Test
    void anUnknownKindNamesTheFileAndTheField() throws IOException {
        Path file = write(TenantFileReaderTest.validTenant() + "\ntax-invoices: fapiao-deluxe\n");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(TenantFileException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("'tax-invoices'");
    }

    private Path write(String yaml) throws IOException {
        Files.writeString(dir.resolve("logo.svg"), "<svg/>");
        Path file = dir.resolve("test-tenant.yml");
        Files.writeString(file, yaml);
        return file;
    }
}
