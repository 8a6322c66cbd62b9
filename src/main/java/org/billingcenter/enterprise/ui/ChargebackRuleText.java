package org.billingcenter.enterprise.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import org.billingcenter.enterprise.ChargebackService;
import org.billingcenter.enterprise.SharedCostRule;

/** A saved rule's fixed shares as one line, e.g. "Marketing 60%, Untagged sites 40%"; other methods have none. */
final class ChargebackRuleText {

    private ChargebackRuleText() {
    }

    static String percentages(Component view, SharedCostRule rule) {
        return rule.percentages().entrySet().stream()
                .sorted((a, b) -> departmentOrder(a.getKey(), b.getKey()))
                .map(share -> (ChargebackService.UNTAGGED.equals(share.getKey()) ? view.getTranslation("enterprise.chargeback.untagged")
                        : share.getKey()) + " " + share.getValue().stripTrailingZeros().toPlainString() + "%")
                .collect(Collectors.joining(", "));
    }

    private static int departmentOrder(String a, String b) {
        boolean ua = ChargebackService.UNTAGGED.equals(a);
        boolean ub = ChargebackService.UNTAGGED.equals(b);
        return ua == ub ? a.compareTo(b) : ua ? 1 : -1;
    }
}
