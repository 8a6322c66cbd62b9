package org.billingcenter.wallet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.tenant.TenantDefinition.RechargeMethod;
import org.billingcenter.wallet.Recharge;
import org.billingcenter.wallet.RechargeService;
import org.billingcenter.wallet.RechargeStatus;
import org.billingcenter.wallet.RemittanceReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The holder declares a bank transfer; an operator who saw the money confirms it, or rejects it with a reason. */
class RechargeByRemittanceTest extends WalletUiTest {

    @Autowired
    RechargeService recharges;

    @Test
    void theOperatorConfirmsADeclaredRemittanceAndTheBalanceRises() {
        SignedInUser owner = newOwner(HOSTING);
        declareRemittance(owner, "1500", "TRX-CONFIRM-1");
        assertThat(notifications()).anyMatch(text -> text.contains("An operator will confirm it"));
        navigate("wallet");
        // The recharges list is built when its tab is first opened.
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Grid.class, spec -> spec.withId("recharges-grid"))).isEmpty();
        // A contract tenant offers neither vouchers nor cards: its wallet lists movements and recharges.
        find(TabSheet.class, "wallet-lists").setSelectedIndex(1);
        assertThat(GridKt._getFormattedRow(find(Grid.class, "recharges-grid"), 0)).contains("Bank remittance", "$1,500.00", "Pending");
        assertThat(overview(owner).cash().amount()).isEqualByComparingTo("0");

        switchTo(newOperator(HOSTING));
        navigate("operator/wallet");
        selectRemittanceOf(owner);
        click("remittance-confirm");
        type(TextArea.class, "decision-note", "Seen on the statement of 14 Nov");
        click("decision-submit");

        assertThat(overview(owner).cash().amount()).isEqualByComparingTo("1500");
        assertThat(myOnlyRecharge(owner).status()).isEqualTo(RechargeStatus.SUCCEEDED);
    }

    @Test
    void rejectingARemittanceNeedsAReasonAndCreditsNothing() {
        SignedInUser owner = newOwner(HOSTING);
        declareRemittance(owner, "800", "TRX-REJECT-1");

        switchTo(newOperator(HOSTING));
        navigate("operator/wallet");
        selectRemittanceOf(owner);
        click("remittance-reject");
        click("decision-submit");
        TextArea reason = find(TextArea.class, "decision-note");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Please give a reason.");
        assertThat(myOnlyRecharge(owner).status()).isEqualTo(RechargeStatus.PENDING);

        type(TextArea.class, "decision-note", "No such transfer arrived");
        click("decision-submit");
        Recharge rejected = myOnlyRecharge(owner);
        assertThat(rejected.status()).isEqualTo(RechargeStatus.REJECTED);
        assertThat(rejected.decisionNote()).isEqualTo("No such transfer arrived");
        assertThat(overview(owner).cash().amount()).isEqualByComparingTo("0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOperatorFindsARemittanceByItsBankReference() {
        SignedInUser owner = newOwner(HOSTING);
        declareRemittance(owner, "250", "TRX-FIND-" + accountOf(owner).id());

        switchTo(newOperator(HOSTING));
        navigate("operator/wallet");
        type(TextField.class, "remittance-search", "trx-find-" + accountOf(owner).id());
        Grid<Recharge> grid = find(Grid.class, "remittances-grid");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).accountId()).isEqualTo(accountOf(owner).id());
        type(TextField.class, "remittance-search", "no such reference 100%");
        assertThat(GridKt._size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo("No waiting remittance matches this search.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHolderSeesWhereToSendTheTransferAndGetsAPrintableInstructionWithTheOrdersReference() {
        SignedInUser owner = newOwner(INTL);
        signIn(owner);
        navigate("wallet");
        click("open-recharge");
        RadioButtonGroup<RechargeMethod> method = find(RadioButtonGroup.class, "recharge-method");
        assertThat(method.getValue()).isEqualTo(RechargeMethod.ONLINE_PAYMENT);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Span.class, spec -> spec.withId("payee-account-number")))
                .as("online payment needs no bank account").isEmpty();
        method.setValue(RechargeMethod.BANK_REMITTANCE);
        assertThat(find(Span.class, "payee-account-name").getText()).isEqualTo("Lumen Observability, Inc.");
        assertThat(find(Span.class, "payee-account-number").getText()).isEqualTo("4420 0017 3391");
        assertThat(find(Span.class, "payee-routing-number").getText()).isEqualTo("123456780");
        assertThat(find(Span.class, "payee-swift-code").getText()).isEqualTo("EXNBUS66");
        type(BigDecimalField.class, "recharge-amount", new BigDecimal("1500"));
        type(TextField.class, "payer-name", "Acme Analytics AP");
        click("recharge-continue");
        assertThat(find(Paragraph.class, "recharge-summary").getText()).contains("$1,500.00", "Acme Analytics AP");
        click("recharge-confirm");

        Recharge declared = myOnlyRecharge(owner);
        assertThat(declared.bankReference()).isNull();
        assertThat(find(Span.class, "remittance-reference").getText()).isEqualTo(RemittanceReference.of(declared.id()));
        assertThat(find(Span.class, "remittance-amount").getText()).isEqualTo("$1,500.00");
        assertThat(find(Span.class, "payee-account-number").getText()).isEqualTo("4420 0017 3391");
        assertThat(find(Paragraph.class, "remittance-declared").getText()).contains("Acme Analytics AP", "Pending");
        click("remittance-print");
        click("remittance-back");
        find(TabSheet.class, "wallet-lists").setSelectedIndex(3);
        Grid<Recharge> recharges = find(Grid.class, "recharges-grid");
        var again = (com.vaadin.flow.router.RouterLink) GridKt._getCellComponent(recharges, 0, "remittanceReference");
        assertThat(again.getText()).isEqualTo(RemittanceReference.of(declared.id()));
        assertThat(again.getHref()).isEqualTo("wallet/remittance/" + declared.id());
    }

    @Test
    void anotherAccountsInstructionIsNotShown() {
        SignedInUser owner = newOwner(INTL);
        long order = as(owner, () -> recharges.recordRemittance(new BigDecimal("40"), "Owner", null, key()));
        signIn(newOwner(INTL));
        navigate("wallet/remittance/" + order);
        assertThat(find(Paragraph.class, "remittance-instruction-missing").getText()).isEqualTo("This recharge could not be found.");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Span.class, spec -> spec.withId("remittance-reference"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOperatorSeesTheQuotedReferenceBesideTheDeclaredAmount() {
        SignedInUser owner = newOwner(HOSTING);
        declareRemittance(owner, "2750", "TRX-BESIDE-1");
        long order = myOnlyRecharge(owner).id();

        switchTo(newOperator(HOSTING));
        navigate("operator/wallet");
        Grid<Recharge> grid = find(Grid.class, "remittances-grid");
        java.util.List<String> keys = grid.getColumns().stream().map(Grid.Column::getKey).toList();
        assertThat(keys.indexOf("remittanceReference")).isEqualTo(keys.indexOf("amount") + 1);
        assertThat(grid.getColumnByKey("remittanceReference").getHeaderText()).isEqualTo("Remittance reference");
        int row = IntStream.range(0, GridKt._size(grid)).filter(r -> GridKt._get(grid, r).id() == order).findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, row)).containsSubsequence("$2,750.00", RemittanceReference.of(order));
        selectRemittanceOf(owner);
        click("remittance-confirm");
        assertThat(find(Paragraph.class, "decision-summary").getText()).contains("$2,750.00", RemittanceReference.of(order));
    }

    @SuppressWarnings("unchecked")
    private void declareRemittance(SignedInUser owner, String amount, String reference) {
        signIn(owner);
        navigate("wallet");
        click("open-recharge");
        // Harbor offers bank remittance only: it is the one choice, already made.
        assertThat(find(RadioButtonGroup.class, "recharge-method").getValue()).isEqualTo(RechargeMethod.BANK_REMITTANCE);
        type(BigDecimalField.class, "recharge-amount", new BigDecimal(amount));
        type(TextField.class, "payer-name", "Harbor Customer Inc.");
        type(TextField.class, "bank-reference", reference);
        click("recharge-continue");
        click("recharge-confirm");
    }

    /** Other tests leave remittances of their own in the tenant: pick this holder's. */
    @SuppressWarnings("unchecked")
    private void selectRemittanceOf(SignedInUser owner) {
        long account = accountOf(owner).id();
        Grid<Recharge> grid = find(Grid.class, "remittances-grid");
        Recharge mine = IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row))
                .filter(remittance -> remittance.accountId() == account).findFirst().orElseThrow();
        grid.select(mine);
    }

    private Recharge myOnlyRecharge(SignedInUser owner) {
        return as(owner, () -> recharges.myRecharges(PageRequest.of(0, 10))).getContent().getFirst();
    }
}
