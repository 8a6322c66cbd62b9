package org.billingcenter.tenant;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.billingcenter.tenant.TenantDefinition.BillingItem;
import org.billingcenter.tenant.TenantDefinition.FundingSource;
import org.billingcenter.tenant.TenantDefinition.RechargeMethod;
import org.billingcenter.tenant.Payments.Provider;

/** The rules that span several fields of one tenant file, beyond what annotations say. */
record TenantRules(Path file, TenantDefinition tenant) {

    void check() {
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        require(tenant.id().equals(stem), "id", "must equal the file name '" + stem + "'");
        require(tenant.locales().contains(tenant.defaultLocale()), "default-locale", "must be one of 'locales'");
        require(Files.isRegularFile(file.resolveSibling(tenant.theme().logo())), "theme.logo",
                "names a file that does not exist beside the tenant file: " + tenant.theme().logo());
        String documentLogo = tenant.legalEntity() == null ? null : tenant.legalEntity().documentLogo();
        require(documentLogo == null || Files.isRegularFile(file.resolveSibling(documentLogo)), "legal-entity.document-logo",
                "names a file that does not exist beside the tenant file: " + documentLogo);
        // White text sits on the primary colour (buttons) and the colour is link text on white: both need WCAG AA contrast.
        require(contrastWithWhite(tenant.theme().primaryColor()) >= 4.5, "theme.primary-color",
                "is too light for white text on it and for links on white (contrast " + String.format(java.util.Locale.ROOT, "%.2f",
                        contrastWithWhite(tenant.theme().primaryColor())) + ":1, at least 4.5:1 is needed): choose a darker shade");
        checkDeductionOrder(tenant.deductionOrder());
        checkBankRemittance();
        checkSites();
        checkPriceList();
        checkPlans();
        checkVoucherPurchases();
        require(tenant.recharge().minimum().compareTo(tenant.recharge().maximum()) <= 0, "recharge.minimum",
                "must not exceed recharge.maximum");
        require(tenant.recharge().minimum().stripTrailingZeros().scale() <= tenant.currency().getDefaultFractionDigits(),
                "recharge.minimum", "has more decimals than " + tenant.currency() + " allows");
        checkPayments(tenant.payments());
    }

    /** Every provider offered has its block of variable names; a block without its provider is a likely typo. */
    private void checkPayments(Payments payments) {
        List<Provider> offered = payments.providers();
        require(Set.copyOf(offered).size() == offered.size(), "payments.providers", "names a provider twice");
        // Contract invoices are paid through the providers too, so a tenant selling contracts may list them without online recharges.
        require(offered.isEmpty() || tenant.rechargeMethods().contains(RechargeMethod.ONLINE_PAYMENT)
                        || tenant.accountKinds().contains(AccountKind.ENTERPRISE), "payments.providers",
                "lists providers, but recharge-methods does not offer ONLINE_PAYMENT (nor does the tenant sell ENTERPRISE contracts)");
        requireBlock(offered, Provider.STRIPE, payments.stripe());
        requireBlock(offered, Provider.ALIPAY, payments.alipay());
        requireBlock(offered, Provider.WECHATPAY, payments.wechatpay());
    }

    private void requireBlock(List<Provider> offered, Provider provider, Object block) {
        require(!offered.contains(provider) || block != null, "payments." + provider.id(),
                "is missing: payments.providers offers " + provider.id());
        require(offered.contains(provider) || block == null, "payments.providers",
                "does not list " + provider.id() + ", yet payments." + provider.id() + " configures it");
    }

    /** WCAG 2 contrast ratio of a #rrggbb colour against white. */
    static double contrastWithWhite(String colour) {
        double luminance = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double channel = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channel = channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
            luminance += weights[i] * channel;
        }
        return 1.05 / (luminance + 0.05);
    }

    private void checkDeductionOrder(List<FundingSource> order) {
        require(Set.copyOf(order).size() == order.size(), "deduction-order", "names a funding source twice");
        require(order.contains(FundingSource.CASH), "deduction-order", "must include CASH");
        require(!order.contains(FundingSource.ARREARS) || order.getLast() == FundingSource.ARREARS, "deduction-order",
                "must end with ARREARS when it lists it");
    }

    private void checkBankRemittance() {
        require(tenant.bankRemittance() != null || !tenant.rechargeMethods().contains(TenantDefinition.RechargeMethod.BANK_REMITTANCE),
                "bank-remittance", "must give the payee's bank account when recharge-methods offers BANK_REMITTANCE");
        String routing = tenant.bankRemittance() == null ? null : tenant.bankRemittance().routingNumber();
        require(routing == null || BankRemittance.isRoutingNumberValid(routing), "bank-remittance.routing-number",
                "has a wrong check digit: " + routing);
    }

    private void checkSites() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < tenant.sites().size(); i++) {
            var site = tenant.sites().get(i);
            require(ids.add(site.id()), "sites[" + i + "].id", "repeats site '" + site.id() + "'");
            require(tenant.settlementMethods().containsAll(site.settlementMethods()), "sites[" + i + "].settlement-methods",
                    "offers a method the tenant does not: " + site.settlementMethods());
        }
    }

    private void checkPriceList() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < tenant.priceList().size(); i++) {
            BillingItem item = tenant.priceList().get(i);
            require(codes.add(item.code()), "price-list[" + i + "].code", "repeats item '" + item.code() + "'");
            for (int p = 0; p < item.prices().size(); p++) {
                String site = item.prices().get(p).site();
                require(tenant.site(site).isPresent(), "price-list[" + i + "].prices[" + p + "].site",
                        "names site '" + site + "', which is not in 'sites'");
            }
        }
    }

    private void checkPlans() {
        List<TenantDefinition.HostingPlan> plans = tenant.plans();
        require(!tenant.offers(TenantDefinition.AccountKind.ENTERPRISE) || !plans.isEmpty(), "plans",
                "must list the hosting plans when the tenant offers ENTERPRISE accounts");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < plans.size(); i++) {
            var plan = plans.get(i);
            require(codes.add(plan.code()), "plans[" + i + "].code", "repeats plan '" + plan.code() + "'");
            boolean last = i == plans.size() - 1;
            require(last == (plan.trafficLimit() == null), "plans[" + i + "].traffic-limit",
                    last ? "must be left out on the last (largest) plan, so every site has a plan"
                            : "is required on every plan but the last");
            require(i == 0 || last || plan.trafficLimit() > plans.get(i - 1).trafficLimit(), "plans[" + i + "].traffic-limit",
                    "must be larger than the limit of the plan before it");
        }
    }

    private void checkVoucherPurchases() {
        Set<BigDecimal> faceValues = new HashSet<>();
        int digits = tenant.currency().getDefaultFractionDigits();
        for (int i = 0; i < tenant.voucherPurchases().size(); i++) {
            var offer = tenant.voucherPurchases().get(i);
            String at = "voucher-purchases[" + i + "]";
            require(offer.price().compareTo(offer.faceValue()) <= 0, at + ".price", "must not exceed the face value " + offer.faceValue());
            require(offer.price().stripTrailingZeros().scale() <= digits && offer.faceValue().stripTrailingZeros().scale() <= digits,
                    at, "has more decimals than " + tenant.currency() + " allows");
            require(faceValues.add(offer.faceValue().stripTrailingZeros()), at + ".face-value", "repeats the face value " + offer.faceValue());
        }
        require(tenant.voucherPurchases().isEmpty() || tenant.offers(Feature.VOUCHERS), "voucher-purchases",
                "sells vouchers, but the tenant does not offer the VOUCHERS feature");
    }

    private void require(boolean condition, String field, String problem) {
        if (!condition) {
            throw new TenantFileException(file, field, problem);
        }
    }
}
