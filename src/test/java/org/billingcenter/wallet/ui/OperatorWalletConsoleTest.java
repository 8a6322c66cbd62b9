package org.billingcenter.wallet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.wallet.LotStatus;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** The operator gives vouchers, creates activation codes to hand out, and writes off what expired. */
class OperatorWalletConsoleTest extends WalletUiTest {

    @Test
    void theOperatorIssuesAVoucherWithAReason() {
        SignedInUser owner = newOwner(INTL);
        String account = String.valueOf(accountOf(owner).id());
        signIn(newOperator(INTL));
        navigate("operator/wallet");

        type(TextField.class, "issue-account", account);
        type(BigDecimalField.class, "issue-amount", new BigDecimal("40"));
        click("issue-voucher");
        assertThat(find(TextField.class, "issue-reason").getErrorMessage()).isEqualTo("Please give a reason.");
        assertThat(overview(owner).vouchers().isZero()).isTrue();

        type(TextField.class, "issue-reason", "Apology for the outage of 3 Nov");
        click("issue-voucher");
        assertThat(notifications()).anyMatch(text -> text.contains("A voucher worth $40.00 was issued to account " + account));
        assertThat(overview(owner).vouchers().amount()).isEqualByComparingTo("40");
    }

    @Test
    void createdCodesAreOfferedAsCsvRightAway() {
        signIn(newOperator(INTL));
        navigate("operator/wallet");

        type(IntegerField.class, "codes-count", 3);
        type(BigDecimalField.class, "codes-face-value", new BigDecimal("15"));
        type(DatePicker.class, "codes-redeem-by", LocalDate.of(2026, 12, 31));
        click("create-codes");

        assertThat(find(Span.class, "codes-created").getText()).startsWith("3 codes worth $15.00 created");
        String csv = new String(DownloadKt._download(find(Anchor.class, "codes-csv")), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFCode,Batch,Face value,Currency,Valid for (days),Redeem by");
        assertThat(csv.lines().skip(1)).hasSize(3).allMatch(line -> line.matches("[A-Z2-9]{16},B\\w+,15.00,USD,90,2026-12-31"));
    }

    @Test
    void tooManyCodesAreRefusedOnTheCount() {
        signIn(newOperator(INTL));
        navigate("operator/wallet");
        type(IntegerField.class, "codes-count", 10_001);
        type(BigDecimalField.class, "codes-face-value", new BigDecimal("15"));
        type(DatePicker.class, "codes-redeem-by", LocalDate.of(2026, 12, 31));
        click("create-codes");
        assertThat(find(IntegerField.class, "codes-count").getErrorMessage()).isEqualTo("Create between 1 and 10,000 codes at a time.");
    }

    @Test
    void expiredVouchersAreWrittenOffOnRequest() {
        SignedInUser owner = newOwner(INTL);
        String account = String.valueOf(accountOf(owner).id());
        signIn(newOperator(INTL));
        navigate("operator/wallet");
        type(TextField.class, "issue-account", account);
        type(BigDecimalField.class, "issue-amount", new BigDecimal("20"));
        type(IntegerField.class, "issue-validity", 1);
        type(TextField.class, "issue-reason", "Trial");
        click("issue-voucher");

        clock.advance(Duration.ofDays(2));
        click("write-off-lots");

        assertThat(find(Span.class, "write-off-result").getText()).endsWith("expired vouchers and cards written off.");
        assertThat(as(owner, () -> wallet.lots(false, null, PageRequest.of(0, 10))).getContent())
                .singleElement().satisfies(lot -> assertThat(lot.status()).isEqualTo(LotStatus.EXPIRED));
    }

    @Test
    void anAccountHolderCannotOpenTheConsole() {
        signIn(newOwner(INTL));
        assertThatThrownBy(() -> navigate("operator/wallet")).isInstanceOf(MockAccessDeniedException.class);
    }
}
