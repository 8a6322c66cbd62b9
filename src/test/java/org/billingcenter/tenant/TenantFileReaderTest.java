package org.billingcenter.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.billingcenter.tenant.TenantDefinition.Aggregation;
import org.billingcenter.tenant.TenantDefinition.FundingSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tenant files are read strictly: every mistake names the file and the field. */
class TenantFileReaderTest {

    @TempDir
    Path dir;

    private final TenantFileReader reader = TenantFiles.reader();

    @Test
    void readsTheShippedTenantFiles() {
        TenantDefinition cn = reader.read(Path.of("tenants/lumen-cn.yml"));
        assertThat(cn.currency()).isEqualTo(Currency.getInstance("CNY"));
        assertThat(cn.defaultLocale()).isEqualTo(Locale.forLanguageTag("zh-CN"));
        assertThat(cn.locales()).contains(Locale.ENGLISH);
        assertThat(cn.deductionOrder()).containsExactly(FundingSource.values());
        assertThat(cn.priceList()).extracting(TenantDefinition.BillingItem::code).contains("LOGS", "TIME_SERIES", "SMS");
        assertThat(cn.priceList().stream().filter(i -> i.code().equals("TIME_SERIES")).findFirst().orElseThrow().aggregation())
                .isEqualTo(Aggregation.DAILY_MAX);

        TenantDefinition hosting = reader.read(Path.of("tenants/harbor-hosting.yml"));
        assertThat(hosting.accountKinds()).containsExactly(TenantDefinition.AccountKind.ENTERPRISE);
        assertThat(hosting.storedValueCards().faceValueStep()).isEqualTo(100);
        assertThat(hosting.plans()).extracting(TenantDefinition.HostingPlan::code)
                .containsExactly("STARTER", "BUSINESS", "PREMIUM", "ENTERPRISE");
        assertThat(hosting.plans().getFirst().carries(50_000)).isTrue();
        assertThat(hosting.plans().getFirst().carries(50_001)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad currency           | currency: CNY           | currency: XYZ            | currency
            missing brand name     | brand-name: Test Brand  | brand-name: ''           | brand-name
            bad colour             | 'primary-color: "#123456"' | 'primary-color: red'  | theme.primary-color
            colour too light       | 'primary-color: "#123456"' | 'primary-color: "#e8590c"' | theme.primary-color
            unknown setting        | time-zone: Asia/Shanghai | time-zone: Asia/Shanghai\\nfavourite-colour: blue | favourite-colour
            price for unknown site | 'site: s1,'             | 'site: mars-1,'          | price-list[0].prices[0].site
            default locale unlisted| default-locale: en      | default-locale: fr       | default-locale
            arrears not last       | deduction-order: [CASH, ARREARS] | deduction-order: [ARREARS, CASH] | deduction-order
            bad aggregation        | aggregation: SUM        | aggregation: AVERAGE     | price-list[0].aggregation
            plan limits not rising | traffic-limit: 500 }    | traffic-limit: 50 }      | plans[1].traffic-limit
            last plan with a limit | 'name: Big }'           | 'name: Big, traffic-limit: 9000 }' | plans[2].traffic-limit
            plan repeated          | code: BIG               | code: SMALL              | plans[2].code
            bad plan code          | code: MID               | code: mid-size           | plans[1].code
            public url with a path | hosts: [test.example]   | hosts: [test.example]\\npublic-url: https://test.example/x?next=evil | public-url
            public url not http    | hosts: [test.example]   | hosts: [test.example]\\npublic-url: javascript:alert(1) | public-url
            """)
    void namesTheFileAndTheFieldOfAMistake(String mistake, String good, String bad, String field) throws IOException {
        Path file = writeTenant(validTenant().replace(good, bad.replace("\\n", "\n")));
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(TenantFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("'" + field + "'");
    }

    @Test
    void everyShippedTenantTellsPayersItsBankAccount() {
        for (String id : List.of("lumen-cn", "lumen-intl", "harbor-hosting")) {
            BankRemittance payee = reader.read(Path.of("tenants/" + id + ".yml")).payeeAccount().orElseThrow();
            assertThat(payee.accountName()).as(id).isNotBlank();
            assertThat(payee.accountNumber()).as(id).isNotBlank();
        }
        assertThat(reader.read(Path.of("tenants/lumen-intl.yml")).payeeAccount().orElseThrow().routingNumber()).isEqualTo("123456780");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no account name         | account-name    | ''             | bank-remittance.account-name
            account number of words | account-number  | call us        | bank-remittance.account-number
            routing check digit     | routing-number  | '"123456789"'  | bank-remittance.routing-number
            routing not nine digits | routing-number  | '"12345"'      | bank-remittance.routing-number
            bad SWIFT code          | swift-code      | EXNB           | bank-remittance.swift-code
            unknown bank setting    | iban-ish        | x              | bank-remittance.iban-ish
            """)
    void namesTheFieldOfABadBankAccount(String mistake, String key, String value, String field) throws IOException {
        Map<String, String> account = new LinkedHashMap<>(Map.of("account-name", "Test Payee Ltd", "bank-name", "Test Bank",
                "account-number", "\"1234 5678\"", "routing-number", "\"123456780\"", "swift-code", "TESTUS33"));
        account.put(key, value);
        StringBuilder yaml = new StringBuilder(validTenant()).append("recharge-methods: [BANK_REMITTANCE]\nbank-remittance:\n");
        account.forEach((name, setting) -> yaml.append("  ").append(name).append(": ").append(setting).append('\n'));
        Path file = writeTenant(yaml.toString());
        assertThatThrownBy(() -> reader.read(file)).as(mistake).isInstanceOf(TenantFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("'" + field + "'");
    }

    @Test
    void everyShippedTenantNamesWhoIssuesItsInvoices() {
        for (String id : List.of("lumen-cn", "lumen-intl", "harbor-hosting")) {
            LegalEntity issuer = reader.read(Path.of("tenants/" + id + ".yml")).legalEntity();
            assertThat(issuer).as(id).isNotNull();
            assertThat(issuer.name()).as(id).isNotBlank();
            assertThat(issuer.address()).as(id).isNotEmpty();
            assertThat(Path.of("tenants").resolve(issuer.documentLogo())).as(id).isRegularFile();
        }
        assertThat(reader.read(Path.of("tenants/lumen-cn.yml")).issuer().vatRate()).isEqualByComparingTo("0.06");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no legal name           | name: ''                         | legal-entity.name
            no address              | address: []                      | legal-entity.address
            blank address line      | address: ["1 Main St", ""]       | legal-entity.address[1]
            logo PDF cannot draw    | document-logo: logo.svg          | legal-entity.document-logo
            logo that is not there  | document-logo: missing.png       | legal-entity.document-logo
            VAT rate as a percent   | vat-rate: 6                      | legal-entity.vat-rate
            """)
    void namesTheFieldOfABadLegalEntity(String mistake, String bad, String field) throws IOException {
        Map<String, String> entity = new LinkedHashMap<>(Map.of("name", "name: Test Payee Ltd", "address", "address: ['1 Main St']",
                "document-logo", "document-logo: logo.png"));
        entity.put(bad.substring(0, bad.indexOf(':')), bad);
        StringBuilder yaml = new StringBuilder(validTenant()).append("legal-entity:\n");
        entity.values().forEach(line -> yaml.append("  ").append(line).append('\n'));
        Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path file = writeTenant(yaml.toString());
        assertThatThrownBy(() -> reader.read(file)).as(mistake).isInstanceOf(TenantFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("'" + field + "'");
        Path good = writeTenant(validTenant() + "legal-entity:\n  name: Test Payee Ltd\n  address: ['1 Main St']\n  document-logo: logo.png\n");
        assertThat(reader.read(good).issuer().name()).isEqualTo("Test Payee Ltd");
    }

    @Test
    void offeringBankRemittanceNeedsTheBankAccount() throws IOException {
        Path file = writeTenant(validTenant() + "recharge-methods: [BANK_REMITTANCE]\n");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(TenantFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("'bank-remittance'");
    }

    @Test
    void theIdMustMatchTheFileName() throws IOException {
        Path file = dir.resolve("other.yml");
        Files.writeString(file, validTenant());
        Files.writeString(dir.resolve("logo.svg"), "<svg/>");
        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("field 'id'");
    }

    @Test
    void linksInEMailsStartAtThePublicUrlOrAtHttpsAndTheFirstHost() throws IOException {
        assertThat(reader.read(writeTenant(validTenant())).publicUrl()).isEqualTo("https://test.example");
        assertThat(reader.read(writeTenant(validTenant().replace("hosts: [test.example]",
                "hosts: [test.example]\npublic-url: https://billing.test.example:8443"))).publicUrl())
                .isEqualTo("https://billing.test.example:8443");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            price above face value | [ORDINARY_VOUCHER, CASH, ARREARS] | '{ face-value: 100, price: 120, validity-days: 30 }' | voucher-purchases[0].price
            no validity            | [ORDINARY_VOUCHER, CASH, ARREARS] | '{ face-value: 100, price: 90, validity-days: 0 }'   | voucher-purchases[0].validity-days
            no vouchers offered    | [CASH, ARREARS]                   | '{ face-value: 100, price: 90, validity-days: 30 }'  | voucher-purchases
            """)
    void namesTheFieldOfABadVoucherOffer(String mistake, String order, String offer, String field) throws IOException {
        Path file = writeTenant(validTenant().replace("deduction-order: [CASH, ARREARS]", "deduction-order: " + order)
                + "\nvoucher-purchases:\n  - " + offer + "\n");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(TenantFileException.class).hasMessageContaining("'" + field + "'");
        TenantDefinition good = reader.read(writeTenant(validTenant().replace("deduction-order: [CASH, ARREARS]",
                "deduction-order: [ORDINARY_VOUCHER, CASH, ARREARS]") + "\nvoucher-purchases:\n  - { face-value: 100, price: 90, validity-days: 30 }\n"));
        assertThat(good.voucherPurchases()).singleElement().satisfies(o -> assertThat(o.price()).isEqualByComparingTo("90"));
    }

    @Test
    void aValidFileReads() throws IOException {
        TenantDefinition tenant = reader.read(writeTenant(validTenant()));
        assertThat(tenant.brandName()).isEqualTo("Test Brand");
        assertThat(tenant.site("s1")).isPresent();
    }

    private Path writeTenant(String yaml) throws IOException {
        Files.writeString(dir.resolve("logo.svg"), "<svg/>");
        Path file = dir.resolve("test-tenant.yml");
        Files.writeString(file, yaml);
        return file;
    }

    static String validTenant() {
        return """
                id: test-tenant
                brand-name: Test Brand
                hosts: [test.example]
                default-locale: en
                locales: [en]
                currency: CNY
                time-zone: Asia/Shanghai
                theme:
                  primary-color: "#123456"
                  logo: logo.svg
                account-kinds: [STANDARD]
                settlement-methods: [BILLING_CENTER]
                deduction-order: [CASH, ARREARS]
                sites:
                  - { id: s1, name: Site one }
                price-list:
                  - code: LOGS
                    name: Logs
                    unit: million
                    unit-size: 1000000
                    aggregation: SUM
                    prices:
                      - { site: s1, retention-days: 7, unit-price: 1.00 }
                ticket-types: [BILLING]
                plans:
                  - { code: SMALL, name: Small, traffic-limit: 100 }
                  - { code: MID, name: Mid, traffic-limit: 500 }
                  - { code: BIG, name: Big }
                """;
    }
}
