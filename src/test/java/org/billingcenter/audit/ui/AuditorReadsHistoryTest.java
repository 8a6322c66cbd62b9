package org.billingcenter.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import org.billingcenter.audit.ChangeEntry;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.support.UiTest;
import org.billingcenter.wallet.VoucherService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** An Auditor reads who changed a voucher code and how, field by field, and can change nothing. */
class AuditorReadsHistoryTest extends UiTest {

    @Autowired
    VoucherService vouchers;

    @Test
    void anAuditorSeesTheFieldLevelDiffOfAVoucherChange() throws InterruptedException {
        SignedInUser owner = newOwner(INTL);
        SignedInUser auditor = newMember(owner, Role.AUDITOR);
        String code = as(newOperator(INTL), () -> vouchers.createCodes(1, Money.of("25", "USD"), 30,
                START.plus(Duration.ofDays(10)))).getFirst().code();
        clock.advance(Duration.ofHours(1));
        as(owner, () -> vouchers.redeem(code, key()));

        signIn(auditor);
        navigate("history");
        @SuppressWarnings("unchecked")
        Select<String> type = _get(Select.class, s -> s.withId("history-type"));
        type.setValue("VoucherCode");
        _click(_get(Button.class, s -> s.withId("history-apply")));

        @SuppressWarnings("unchecked")
        Grid<ChangeEntry> changes = _get(Grid.class, s -> s.withId("history-grid"));
        assertThat(GridKt._size(changes)).isEqualTo(1);
        // In words: the record by name, the account by name with its number, the values as labels.
        assertThat(String.join(" | ", GridKt._getFormattedRow(changes, 0))).contains(owner.email(), "Voucher code · ", "Changed",
                "Voucher code redeemed", "Status: Available → Redeemed",
                "Redeemed by account: — → " + accountOf(owner).enterpriseName() + " (#" + owner.accountId() + ")")
                .doesNotContain("redeemedAccountId", "AVAILABLE", "history.");

        changes.select(GridKt._get(changes, 0));
        @SuppressWarnings("unchecked")
        Grid<Object> fields = _get(Grid.class, s -> s.withId("history-fields"));
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(fields))
                .mapToObj(i -> String.join("|", GridKt._getFormattedRow(fields, i)))).contains("Status|Available|Redeemed");
        // The detail pane shows who, when, from where and why, and links to the wallet that shows the code's value.
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("history-detail-facts")).getElement().getTextRecursively())
                .contains(owner.email(), "Voucher code redeemed", "From address: ");
        Anchor open = _get(Anchor.class, s -> s.withId("history-detail-open"));
        assertThat(open.isVisible()).isTrue();
        assertThat(open.getHref()).isEqualTo("wallet");

        // Picking the change fills "as of" with its moment: the code as the redemption left it.
        _click(_get(Button.class, s -> s.withId("asof-show")));
        assertThat(_get(Paragraph.class, s -> s.withId("asof-summary")).getText()).startsWith("As left by change");
        @SuppressWarnings("unchecked")
        Grid<Object> state = _get(Grid.class, s -> s.withId("asof-fields"));
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(state))
                .mapToObj(i -> String.join("|", GridKt._getFormattedRow(state, i)))).contains("Status|Redeemed");
        // Before the redemption the code was not the account's: nothing to show.
        _get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class, s -> s.withId("asof-at"))
                .setValue(java.time.LocalDateTime.ofInstant(START.plus(Duration.ofMinutes(30)), java.time.ZoneId.of("America/Los_Angeles")));
        _click(_get(Button.class, s -> s.withId("asof-show")));
        assertThat(_get(Paragraph.class, s -> s.withId("asof-summary")).getText()).startsWith("This record did not exist");

        String csv = new String(DownloadKt._download(_get(Anchor.class, s -> s.withId("history-csv"))), StandardCharsets.UTF_8);
        assertThat(csv).contains("Status,Available,Redeemed").doesNotContain("AVAILABLE");

        // The check runs in the background; the page asks for its progress as its poll fires.
        _click(_get(Button.class, s -> s.withId("history-verify")));
        _assertNone(Button.class, s -> s.withId("history-verify-full"));
        Paragraph verdict = _get(Paragraph.class, s -> s.withId("history-verify-result"));
        for (int i = 0; i < 600 && !verdict.getText().contains("confirmed"); i++) {
            Thread.sleep(50);
            com.vaadin.flow.component.ComponentUtil.fireEvent(com.vaadin.flow.component.UI.getCurrent(),
                    new com.vaadin.flow.component.PollEvent(com.vaadin.flow.component.UI.getCurrent(), true));
        }
        assertThat(verdict.getText()).matches("\\d+ changes to your account are confirmed as they were recorded\\.");

        // Read only: no command on the page, and the services refuse the Auditor's changes.
        _assertNone(Button.class, s -> s.withText("Save"));
        assertThatThrownBy(() -> as(auditor, () -> vouchers.redeem(code, key()))).isInstanceOf(AccessDeniedException.class);
    }
}
