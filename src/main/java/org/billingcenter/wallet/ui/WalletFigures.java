package org.billingcenter.wallet.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import org.billingcenter.shared.money.Money;
import org.billingcenter.wallet.WalletOverview;

/** The wallet's headline figures: cash, vouchers, stored-value cards, arrears and this month's spend. */
class WalletFigures extends FlexLayout {

    private final WalletFormat format;

    WalletFigures(WalletFormat format) {
        this.format = format;
        addClassName("figures");
        setFlexWrap(FlexWrap.WRAP);
    }

    void show(WalletOverview overview) {
        removeAll();
        Div arrears = figure("wallet.arrears", overview.arrears(), "wallet-arrears");
        if (overview.inArrears()) {
            // A recharge settles arrears before anything else, so say so where the debt shows.
            arrears.addClassName("in-arrears");
            Paragraph hint = new Paragraph(getTranslation("wallet.arrearsHint"));
            hint.setId("arrears-hint");
            arrears.add(hint);
        }
        add(figure("wallet.cash", overview.cash(), "wallet-cash"),
                figure("wallet.vouchers", overview.vouchers(), "wallet-vouchers"),
                figure("wallet.cards", overview.cards(), "wallet-cards"),
                arrears,
                figure("wallet.monthToDate", overview.monthToDateSpend(), "wallet-month-to-date"));
    }

    private Div figure(String labelKey, Money amount, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Span value = new Span(format.money(amount));
        value.addClassName("figure-value");
        value.setId(id);
        Div card = new Div(label, value);
        card.addClassName("figure-card");
        return card;
    }
}
