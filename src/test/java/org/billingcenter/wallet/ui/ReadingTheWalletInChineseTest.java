package org.billingcenter.wallet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;

import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.wallet.Charge;
import org.billingcenter.wallet.DeductionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer of the Chinese portal reads their income and expenditure, its CSV file and their
 * notices in Chinese: headers, movement types, the lines the server wrote and the notices' texts;
 * a line written as free text before stays as it was.
 */
class ReadingTheWalletInChineseTest extends WalletUiTest {

    private static final String UPPER_SNAKE = "\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b";

    @Autowired
    DeductionService deduction;
    @Autowired
    Notifications notifications;

    SignedInUser owner;

    @BeforeEach
    void anAccountWithHistoryAndANotice() {
        owner = newOwner(CN);
        long account = accountOf(owner).id();
        LocalDate day = LocalDate.of(2026, 11, 2);
        as(newOperator(CN), () -> {
            wallet.grantCredit(account, Money.of("500", "CNY"), "欢迎礼金", key());
            deduction.charge(new Charge(account, Money.of("12.50", "CNY"), "LOGS", Message.of("journal.usage", "日志", day).stored(), day,
                    key()));
            deduction.charge(new Charge(account, Money.of("1.00", "CNY"), "LOGS", "LOGS 2026-11-03", day.plusDays(1), key()));
        });
        SystemIdentity.runAsOperator(CN, () -> notifications.notify(account, "BALANCE_LOW",
                Message.of("notice.balanceLow.text", Money.of("3.00", "CNY"), "2", day)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void movementsAndTheirCsvAreInChinese() {
        signIn(owner);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        navigate("wallet");
        Grid<Object> grid = find(Grid.class, "movements-grid");
        String rows = String.join(" | ", GridKt._getFormattedRow(grid, 0)) + " | " + String.join(" | ", GridKt._getFormattedRow(grid, 1))
                + " | " + String.join(" | ", GridKt._getFormattedRow(grid, 2));
        assertThat(rows).contains("扣费", "2026年11月2日 日志 用量", "LOGS 2026-11-03", "欢迎礼金").doesNotContain("i18n:")
                .doesNotContainPattern(UPPER_SNAKE).doesNotContain("CHARGE", "ADJUSTMENT");

        String csv = new String(DownloadKt._download(find(Anchor.class, "movements-csv")), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF时间,类型,说明,");
        assertThat(csv).contains("扣费", "2026年11月2日 日志 用量", "LOGS 2026-11-03").doesNotContain("i18n:", "CHARGE", "ADJUSTMENT")
                .doesNotContainPattern(UPPER_SNAKE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNoticeIsInChinese() {
        signIn(owner);
        navigate("notifications");
        Grid<Object> grid = find(Grid.class, "notifications-grid");
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, 0))).contains("余额不足", "剩余 ¥3.00", "2026年11月2日")
                .doesNotContain("BALANCE_LOW", "balance", "i18n:");
    }
}
