package org.billingcenter.wallet.ui;

import com.vaadin.flow.component.html.Div;

import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.ui.FigureCard;
import org.billingcenter.wallet.WalletOverview;

/** The wallet's headline figures: cash, vouchers, stored-value cards, arrears and this month's spend. */
class WalletFigures extends Div {

    private final WalletFormat format;

    WalletFigures(WalletFormat format) {
        this.format = format;
        addClassName("bc-cards");
        setWidthFull();
    }

    void show(WalletOverview overview) {
        removeAll();
        FigureCard arrears = figure("wallet.arrears", overview.arrears(), "wallet-arrears");
        if (overview.inArrears()) {
            // A recharge settles arrears before anything else, so say so where the debt shows.
            arrears.warn(getTranslation("wallet.arrearsHint"), "arrears-hint");
        }
        add(figure("wallet.cash", overview.cash(), "wallet-cash").primary(),
                figure("wallet.vouchers", overview.vouchers(), "wallet-vouchers"),
                figure("wallet.cards", overview.cards(), "wallet-cards"),
                arrears,
                figure("wallet.monthToDate", overview.monthToDateSpend(), "wallet-month-to-date"));
    }

    private FigureCard figure(String labelKey, Money amount, String id) {
        return new FigureCard(getTranslation(labelKey), format.money(amount), id);
    }
}
