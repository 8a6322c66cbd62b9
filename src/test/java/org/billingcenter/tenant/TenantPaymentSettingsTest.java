package org.billingcenter.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A tenant file's payments block names providers and the environment variables of their secrets, never a secret. */
class TenantPaymentSettingsTest {

    private static final String STRIPE = """
            recharge-methods: [ONLINE_PAYMENT]
            payments:
              providers: [STRIPE]
              stripe:
                api-key-env: TEST_STRIPE_API_KEY
                webhook-secret-env: TEST_STRIPE_WEBHOOK_SECRET
            """;

    @TempDir
    Path dir;

    private final TenantFileReader reader = TenantFiles.reader();

    @Test
    void aTenantNamesItsProvidersAndTheVariablesOfTheirSecrets() throws IOException {
        TenantDefinition tenant = reader.read(write(STRIPE));

        assertThat(tenant.payments().providers()).containsExactly(Payments.Provider.STRIPE);
        assertThat(tenant.payments().stripe().apiKeyEnv()).isEqualTo("TEST_STRIPE_API_KEY");
        assertThat(tenant.payments().alipay()).isNull();
    }

    @Test
    void aTenantWithoutAPaymentsBlockOffersNoProvider() throws IOException {
        Path file = dir.resolve("test-tenant.yml");
        Files.writeString(file, TenantFileReaderTest.validTenant());
        Files.writeString(dir.resolve("logo.svg"), "<svg/>");

        assertThat(reader.read(file).payments().providers()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a secret instead of a name   | api-key-env: TEST_STRIPE_API_KEY | api-key-env: sk_live_51Habc      | payments.stripe.api-key-env
            a provider without its block | providers: [STRIPE]              | providers: [STRIPE, ALIPAY]      | payments.alipay
            a block without its provider | providers: [STRIPE]              | providers: []                    | payments.providers
            an unknown provider          | providers: [STRIPE]              | providers: [PAYPAL]              | payments.providers[0]
            online payment not offered   | recharge-methods: [ONLINE_PAYMENT] | recharge-methods: [BANK_REMITTANCE]\\nbank-remittance: { account-name: Payee, bank-name: Bank, account-number: ABCD1234 } | payments.providers
            a provider named twice       | providers: [STRIPE]              | providers: [STRIPE, STRIPE]      | payments.providers
            """)
    void namesTheFileAndTheFieldOfAMistake(String mistake, String good, String bad, String field) throws IOException {
        Path file = write(STRIPE.replace(good, bad.replace("\\n", "\n")));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(TenantFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("'" + field + "'");
    }

    private Path write(String payments) throws IOException {
        Path file = dir.resolve("test-tenant.yml");
        Files.writeString(file, TenantFileReaderTest.validTenant() + payments);
        Files.writeString(dir.resolve("logo.svg"), "<svg/>");
        return file;
    }
}
