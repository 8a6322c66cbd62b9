package org.billingcenter.wallet.ui;

import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.ui.chart.ApexChart;
import org.billingcenter.shared.ui.chart.ChartSeries;
import org.billingcenter.shared.ui.chart.ChartType;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.DailyBalance;
import org.billingcenter.wallet.RechargeService;
import org.billingcenter.wallet.StoredValueCardService;
import org.billingcenter.wallet.VoucherPurchaseService;
import org.billingcenter.wallet.VoucherService;
import org.billingcenter.wallet.WalletService;

/**
 * The account holder's wallet: what the account holds, how it moved over the last 30 days, the
 * money commands (not for auditors, who only read), and the detail lists with CSV export.
 */
@Route("wallet")
@Menu(order = 10, title = "menu.wallet")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
public class WalletView extends VerticalLayout implements HasDynamicTitle {

    static final int CHART_DAYS = 30;

    private final WalletService wallet;
    private final WalletFormat format;
    private final WalletFigures figures;
    private final ApexChart chart = new ApexChart(ChartType.AREA);
    /** The lists behind the tabs, each built when its tab is first opened: most visits never open three of them. */
    private final List<LazyTab> tabs = new ArrayList<>();
    final TabSheet lists = new TabSheet();

    public WalletView(WalletService wallet, RechargeService rechargeService, VoucherService voucherService,
            StoredValueCardService cardService, VoucherPurchaseService voucherPurchases, TenantRegistry tenants) {
        this.wallet = wallet;
        TenantDefinition tenant = tenants.current();
        this.format = new WalletFormat(UI.getCurrent().getLocale(), tenant.timeZone());
        this.figures = new WalletFigures(format);

        add(new H2(getTranslation("wallet.title")), figures);
        if (movesMoney(CurrentUser.require())) {
            add(actions(tenant, rechargeService, voucherService, cardService, voucherPurchases));
        }
        chart.setId("balance-chart");
        chart.setTitle(getTranslation("wallet.chart.title", CHART_DAYS));
        chart.setNoDataText(getTranslation("wallet.chart.empty"));
        chart.setMoneyFormat(tenant.currency());

        lists.setId("wallet-lists");
        lists.setWidthFull();
        tab("wallet.tab.movements", () -> new MovementsTab(wallet, format), MovementsTab::refresh);
        if (tenant.offers(Feature.VOUCHERS)) {
            tab("wallet.tab.vouchers", () -> new LotsTab(wallet, format, false), LotsTab::refresh);
        }
        if (tenant.offers(Feature.STORED_VALUE_CARDS)) {
            tab("wallet.tab.cards", () -> new LotsTab(wallet, format, true), LotsTab::refresh);
        }
        tab("wallet.tab.recharges", () -> new RechargesTab(rechargeService, format), RechargesTab::refresh);
        lists.addSelectedChangeListener(change -> tabs.get(lists.getSelectedIndex()).open());
        tabs.getFirst().open();
        add(chart, lists);
        showFigures();
    }

    /** Auditors read; the services refuse them too, hiding the buttons only spares them the refusal. */
    private static boolean movesMoney(SignedInUser user) {
        return user.has(Role.OWNER) || user.has(Role.ADMINISTRATOR) || user.has(Role.FINANCE);
    }

    private HorizontalLayout actions(TenantDefinition tenant, RechargeService rechargeService, VoucherService voucherService,
            StoredValueCardService cardService, VoucherPurchaseService voucherPurchases) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("wallet-actions");
        if (!tenant.rechargeMethods().isEmpty()) {
            actions.add(action("wallet.recharge", "open-recharge", ButtonVariant.LUMO_PRIMARY,
                    () -> new RechargeDialog(rechargeService, tenant, format, this::refresh).open()));
        }
        if (tenant.offers(Feature.VOUCHERS)) {
            actions.add(action("wallet.redeemVoucher", "open-redeem", ButtonVariant.LUMO_CONTRAST,
                    () -> new RedeemVoucherDialog(voucherService, format, this::refresh).open()));
        }
        if (tenant.offers(Feature.VOUCHERS) && !tenant.voucherPurchases().isEmpty()) {
            actions.add(action("wallet.buyVoucher", "open-buy-voucher", ButtonVariant.LUMO_CONTRAST,
                    () -> new BuyVoucherDialog(voucherPurchases, tenant, format, this::refresh).open()));
        }
        if (tenant.offers(Feature.STORED_VALUE_CARDS)) {
            actions.add(action("wallet.buyCard", "open-buy-card", ButtonVariant.LUMO_CONTRAST,
                    () -> new BuyStoredValueCardDialog(cardService, tenant, format, this::refresh).open()));
        }
        return actions;
    }

    private Button action(String key, String id, ButtonVariant variant, Runnable open) {
        Button button = new Button(getTranslation(key), click -> open.run());
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    private <T extends Component> void tab(String titleKey, Supplier<T> create, Consumer<T> refresh) {
        Div holder = new Div();
        holder.setWidthFull();
        tabs.add(new LazyTab(() -> {
            T content = create.get();
            holder.add(content);
            return () -> refresh.accept(content);
        }));
        lists.add(getTranslation(titleKey), holder);
    }

    /** After a command: figures, chart and every list opened so far show the new state. */
    void refresh() {
        showFigures();
        tabs.forEach(LazyTab::refresh);
    }

    /** A tab's content, made on first opening (which answers how to refresh it) and refreshed only once it exists. */
    private static final class LazyTab {
        private final Supplier<Runnable> build;
        private Runnable refresh;

        LazyTab(Supplier<Runnable> build) {
            this.build = build;
        }

        void open() {
            if (refresh == null) {
                refresh = build.get();
            }
        }

        void refresh() {
            if (refresh != null) {
                refresh.run();
            }
        }
    }

    private void showFigures() {
        figures.show(wallet.overview());
        List<DailyBalance> days = wallet.balanceHistory(CHART_DAYS);
        DateTimeFormatter dayFormat = ApexChart.dayFormat(getLocale());
        chart.setCategories(days.stream().map(day -> dayFormat.format(day.day())).toList());
        chart.setSeries(List.of(
                new ChartSeries(getTranslation("wallet.chart.cash"), days.stream().map(day -> day.cash().amount()).toList()),
                new ChartSeries(getTranslation("wallet.chart.lots"), days.stream().map(day -> day.lots().amount()).toList())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wallet.title");
    }
}
