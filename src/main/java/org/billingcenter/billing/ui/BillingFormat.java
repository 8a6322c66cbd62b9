package org.billingcenter.billing.ui;

import java.util.Locale;

import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.money.MoneyFormat;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import com.vaadin.flow.data.provider.Query;

/** Formatting and paging shared by the billing screens. */
final class BillingFormat {

    private BillingFormat() {
    }

    static String money(Money amount, Locale locale) {
        return MoneyFormat.format(amount, locale);
    }

    static Pageable page(Query<?, ?> query) {
        return PageRequest.of(query.getPage(), query.getPageSize());
    }
}
