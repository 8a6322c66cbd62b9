package org.billingcenter.wallet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.tenant.TenantDefinition.VoucherOffer;
import org.billingcenter.wallet.WalletOverview;
import org.junit.jupiter.api.Test;

/** In lumen-cn the holder buys a voucher with cash: picks the offer, reads the price back, confirms, and finds it in the voucher details. */
class BuyAVoucherWithCashDialogTest extends WalletUiTest {

    @Test
    void theHolderConfirmsThePriceAndFindsTheVoucherInTheVoucherDetails() {
        SignedInUser owner = newOwner(CN);
        grant(owner, "1000", "CNY");
        signIn(owner);
        navigate("wallet");

        click("open-buy-voucher");
        click("buy-voucher-continue");
        assertThat(find(Select.class, "buy-voucher-offer").isInvalid()).as("no offer chosen yet").isTrue();
        _assertNone(Paragraph.class, s -> s.withId("buy-voucher-summary").withPredicate(p -> p.isVisible() && !p.getText().isEmpty()));
        @SuppressWarnings("unchecked")
        Select<VoucherOffer> offer = find(Select.class, "buy-voucher-offer");
        offer.setValue(offer.getListDataView().getItems().filter(o -> o.faceValue().intValue() == 300).findFirst().orElseThrow());
        click("buy-voucher-continue");
        assertThat(find(Paragraph.class, "buy-voucher-summary").getText()).contains("¥285.00", "¥300.00", "180");
        assertThat(overview(owner).cash().amount()).as("nothing moves before the confirmation").isEqualByComparingTo("1000");
        click("buy-voucher-confirm");

        WalletOverview after = overview(owner);
        assertThat(after.cash().amount()).isEqualByComparingTo("715");
        assertThat(after.vouchers().amount()).isEqualByComparingTo("300");
        find(TabSheet.class, "wallet-lists").setSelectedIndex(1);
        Grid<?> vouchers = find(Grid.class, "vouchers-grid");
        assertThat(GridKt._size(vouchers)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(vouchers, 0)).contains("¥300.00", "现金购买，售价 ¥285.00");
    }
}
