package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/** A holder who declares a bank transfer learns where to send it and what to quote; the operator matches by that reference. */
class RemittanceInstructionTest extends WalletServicesTest {

    @Autowired
    RemittanceInstructions instructions;

    @Test
    void aHolderWhoDeclaresATransferGetsThePayeesAccountTheAmountAndAReferenceOfThatOrder() {
        SignedInUser owner = newOwner(INTL);
        long first = declare(owner, "1250", "Acme AP");
        long second = declare(owner, "1250", "Acme AP");

        RemittanceInstruction instruction = as(owner, () -> instructions.of(first));

        assertThat(instruction.payee().accountName()).isEqualTo("Lumen Observability, Inc.");
        assertThat(instruction.payee().accountNumber()).isEqualTo("4420 0017 3391");
        assertThat(instruction.payee().routingNumber()).isEqualTo("123456780");
        assertThat(instruction.amount()).isEqualTo(Money.of("1250", "USD"));
        assertThat(instruction.payerName()).isEqualTo("Acme AP");
        assertThat(instruction.status()).isEqualTo(RechargeStatus.PENDING);
        assertThat(instruction.reference()).startsWith("RF").isNotEqualTo(as(owner, () -> instructions.of(second)).reference());
        assertThat(RemittanceReference.orderIdOf(instruction.reference())).contains(first);
    }

    @Test
    void aHolderMayDeclareBeforeTheirBankHasGivenAReference() {
        SignedInUser owner = newOwner(CN);
        long order = as(owner, () -> recharges.recordRemittance(new BigDecimal("300"), "示例公司", " ", key()));
        Recharge declared = as(owner, () -> recharges.myRecharges(Pageable.unpaged())).getContent().getFirst();
        assertThat(declared.id()).isEqualTo(order);
        assertThat(declared.bankReference()).isNull();
        assertThat(declared.remittanceReference()).isEqualTo(RemittanceReference.of(order));
        assertThat(as(owner, () -> instructions.of(order)).payee().bankName()).isEqualTo("示例商业银行");
    }

    @Test
    void nobodyElseReadsTheInstructionOfAnAccountsTransfer() {
        SignedInUser owner = newOwner(INTL);
        long order = declare(owner, "500", "Acme AP");

        for (SignedInUser stranger : new SignedInUser[] {newOwner(INTL), newOwner(CN)}) {
            assertThatThrownBy(() -> as(stranger, () -> instructions.of(order))).isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("recharge.notFound");
        }
        assertThatThrownBy(() -> as(newMember(owner, Role.MEMBER), () -> instructions.of(order))).isInstanceOf(AccessDeniedException.class);
        SignedInUser finance = newMember(owner, Role.FINANCE);
        assertThat(as(finance, () -> instructions.of(order)).orderId()).isEqualTo(order);
    }

    @Test
    void anOnlinePaymentHasNoRemittanceInstruction() {
        SignedInUser owner = newOwner(INTL);
        long online = as(owner, () -> recharges.startOnlineRecharge(new BigDecimal("20"), key())).orderId();
        assertThatThrownBy(() -> as(owner, () -> instructions.of(online))).hasMessageContaining("recharge.notFound");
    }

    @Test
    void theOperatorFindsTheTransferByTheReferenceItQuotes() {
        SignedInUser owner = newOwner(HOSTING);
        long order = declare(owner, "2000", "Harbor Client LLC");
        String quoted = RemittanceReference.of(order).toLowerCase().replace(" ", "");

        var found = as(newOperator(HOSTING), () -> recharges.remittancesAwaitingDecision(quoted, Pageable.unpaged())).getContent();

        assertThat(found).extracting(Recharge::id).containsExactly(order);
        assertThat(found.getFirst().remittanceReference()).isEqualTo(RemittanceReference.of(order));
    }

    private long declare(SignedInUser owner, String amount, String payer) {
        return as(owner, () -> recharges.recordRemittance(new BigDecimal(amount), payer, null, key()));
    }
}
