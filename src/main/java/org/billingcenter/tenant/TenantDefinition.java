package org.billingcenter.tenant;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * One billing operator, exactly as its {@code tenants/<id>.yml} file declares it. Its
 * {@code public-url} (default {@code https://} and its first host) is where links sent by e-mail
 * point.
 */
public record TenantDefinition(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "must be 2-40 lower-case letters, digits or '-', starting with a letter") String id,
        @NotBlank String brandName,
        @NotEmpty List<@NotBlank String> hosts,
        @Pattern(regexp = "https?://[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?",
                message = "must be the portal's address as people reach it, such as https://billing.example.com (scheme and host, no path)")
        String publicUrl,
        @NotNull Locale defaultLocale,
        @NotEmpty List<@NotNull Locale> locales,
        @NotNull Currency currency,
        @NotNull ZoneId timeZone,
        @NotNull @Valid Theme theme,
        @NotEmpty List<@NotNull AccountKind> accountKinds,
        @NotEmpty List<@NotNull SettlementMethod> settlementMethods,
        List<@NotNull RechargeMethod> rechargeMethods,
        List<@NotNull FundingSource> deductionOrder,
        @NotEmpty List<@Valid Site> sites,
        List<@Valid BillingItem> priceList,
        @Valid Recharge recharge,
        @Valid StoredValueCards storedValueCards,
        List<@Valid FullReductionRule> fullReductionVouchers,
        @Valid Arrears arrears,
        @NotEmpty List<@NotBlank String> ticketTypes,
        List<@Valid HostingPlan> plans,
        List<@NotNull Feature> features,
        @Valid BankRemittance bankRemittance,
        @Valid Payments payments,
        @Valid LegalEntity legalEntity,
        List<@Valid VoucherOffer> voucherPurchases,
        IdentityVerificationKind identityVerification,
        TaxInvoiceKind taxInvoices) {

    public TenantDefinition {
        // Links in e-mails start here, never at whatever scheme and host a request claimed.
        publicUrl = publicUrl == null || publicUrl.isBlank() ? (hosts == null || hosts.isEmpty() ? null : "https://" + hosts.getFirst())
                : publicUrl;
        rechargeMethods = rechargeMethods == null ? List.of() : List.copyOf(rechargeMethods);
        deductionOrder = deductionOrder == null || deductionOrder.isEmpty() ? FundingSource.DEFAULT_ORDER : List.copyOf(deductionOrder);
        priceList = priceList == null ? List.of() : List.copyOf(priceList);
        fullReductionVouchers = fullReductionVouchers == null ? List.of() : List.copyOf(fullReductionVouchers);
        recharge = recharge == null ? Recharge.DEFAULT : recharge;
        storedValueCards = storedValueCards == null ? StoredValueCards.DEFAULT : storedValueCards;
        arrears = arrears == null ? Arrears.DEFAULT : arrears;
        plans = plans == null ? List.of() : List.copyOf(plans);
        features = features == null ? null : List.copyOf(features);
        payments = payments == null ? Payments.NONE : payments;
        voucherPurchases = voucherPurchases == null ? List.of() : List.copyOf(voucherPurchases);
        // Every tenant before these settings verified and invoiced the PRC way: a file without them keeps doing so.
        identityVerification = identityVerification == null ? IdentityVerificationKind.PRC : identityVerification;
        taxInvoices = taxInvoices == null ? TaxInvoiceKind.PRC_VAT : taxInvoices;
    }

    /**
     * The capabilities this tenant offers: its {@code features:} list when the file has one (it
     * overrides), else what its account kinds, settlement methods, price list and deduction order imply.
     */
    public Set<Feature> offeredFeatures() {
        if (features == null) {
            return Feature.impliedBy(this);
        }
        return features.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(features));
    }

    public boolean offers(Feature feature) {
        return offeredFeatures().contains(feature);
    }

    /** Who issues the tenant's invoices: its legal entity, or for a file without one, the brand with no address. */
    public LegalEntity issuer() {
        return legalEntity != null ? legalEntity : new LegalEntity(brandName, List.of(), null, null, null);
    }

    /** Where holders send bank transfers, if the tenant offers bank remittance. */
    public Optional<BankRemittance> payeeAccount() {
        return Optional.ofNullable(bankRemittance);
    }

    public boolean offers(AccountKind kind) {
        return accountKinds.contains(kind);
    }

    public Optional<Site> site(String siteId) {
        return sites.stream().filter(site -> site.id().equals(siteId)).findFirst();
    }

    public record Theme(
            @NotNull @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a colour like #1a73e8") String primaryColor,
            @NotBlank String logo) {
    }

    public enum AccountKind { STANDARD, ENTERPRISE }

    /**
     * How account holders prove who they are: the PRC way (resident ID, or a business licence with
     * its unified social credit code) or the international way (name, tax or VAT id, billing address, country).
     */
    public enum IdentityVerificationKind { PRC, INTERNATIONAL }

    /**
     * What a tax invoice request yields: a PRC VAT invoice (ordinary, special or electronic) or an
     * international PDF invoice, with VAT lines when the legal entity declares a rate, else a receipt.
     */
    public enum TaxInvoiceKind { PRC_VAT, INTERNATIONAL }

    public enum SettlementMethod { BILLING_CENTER, ALIBABA_CLOUD, HUAWEI_CLOUD, AWS }

    public enum RechargeMethod { ONLINE_PAYMENT, BANK_REMITTANCE }

    /** What pays a charge, in the order the tenant deducts it. */
    public enum FundingSource {
        ORDINARY_VOUCHER, FULL_REDUCTION_VOUCHER, STORED_VALUE_CARD, CASH, ARREARS;

        static final List<FundingSource> DEFAULT_ORDER = List.of(values());
    }

    public enum Aggregation {
        /** The day's hourly amounts added up (records, messages). */
        SUM,
        /** The day's largest hourly figure (gauges such as time series or hosts). */
        DAILY_MAX
    }

    public record Site(@NotBlank String id, @NotBlank String name,
            List<@NotNull SettlementMethod> settlementMethods) {
        public Site {
            settlementMethods = settlementMethods == null ? List.of() : List.copyOf(settlementMethods);
        }
    }

    public record BillingItem(
            @NotBlank String code,
            @NotBlank String name,
            @NotBlank String unit,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal unitSize,
            @NotNull Aggregation aggregation,
            boolean cashOrCardOnly,
            @NotEmpty List<@Valid Price> prices) {
    }

    public record Price(@NotBlank String site, @Min(1) int retentionDays,
            @NotNull @DecimalMin("0") BigDecimal unitPrice) {
    }

    public record Recharge(@NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal minimum,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal maximum) {
        static final Recharge DEFAULT = new Recharge(BigDecimal.ONE, new BigDecimal("1000000"));
    }

    public record StoredValueCards(@Min(1) int faceValueStep, @Min(1) int minimumFaceValue, @Min(1) int validityMonths) {
        static final StoredValueCards DEFAULT = new StoredValueCards(100, 100, 12);
    }

    /** Buying cards worth at least {@code purchase} at once grants a voucher worth {@code grant}. */
    public record FullReductionRule(@NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal purchase,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal grant) {
    }

    /**
     * A hosting plan sold under enterprise contracts, smallest first in the file: the order is the
     * upgrade order. A site whose monthly traffic passes its plan's limit moves up to the smallest
     * plan that carries it; the last plan has no limit.
     */
    public record HostingPlan(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,19}", message = "must be 1-20 upper-case letters, digits or '_', starting with a letter") String code,
            @NotBlank String name,
            @Min(1) Long trafficLimit) {

        public boolean carries(long monthlyTraffic) {
            return trafficLimit == null || monthlyTraffic <= trafficLimit;
        }
    }

    /**
     * A voucher the account holder may buy with cash ("voucher purchase recharge"): worth
     * {@code faceValue}, sold for {@code price} (at most the face value), valid {@code validityDays}.
     */
    public record VoucherOffer(@NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal faceValue,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal price,
            @Min(1) @Max(3660) int validityDays) {
    }

    public record Arrears(@Min(1) int settlementDays) {
        static final Arrears DEFAULT = new Arrears(14);
    }
}
