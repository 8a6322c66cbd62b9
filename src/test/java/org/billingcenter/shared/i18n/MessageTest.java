package org.billingcenter.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.billingcenter.shared.money.Money;
import org.junit.jupiter.api.Test;

/** A text kept for later is said in each reader's language; what was written as plain text stays as it was. */
class MessageTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aKeptMessageIsSaidInTheReadersLanguage() {
        String stored = Message.of("journal.lotExpired", Message.label("lot.kind.STORED_VALUE_CARD")).stored();
        assertThat(Message.render(stored, Locale.ENGLISH)).isEqualTo("Stored-value card expired");
        assertThat(Message.render(stored, CHINESE)).isEqualTo("储值卡已过期");
    }

    @Test
    void datesAndAmountsAreFormattedForTheReader() {
        String stored = Message.of("notice.balanceLow.text", Money.of("1234.5", "CNY"), "3", LocalDate.of(2026, 11, 20)).stored();
        assertThat(Message.render(stored, CHINESE)).contains("¥1,234.50", "2026年11月20日", "约可使用 3 天");
        assertThat(Message.render(stored, Locale.ENGLISH)).contains("CN¥1,234.50", "Nov 20, 2026", "about 3 days");
    }

    @Test
    void plainTextWrittenBeforeReadsAsItIs() {
        assertThat(Message.render("STORED_VALUE_CARD expired", CHINESE)).isEqualTo("STORED_VALUE_CARD expired");
        assertThat(Message.render("欢迎礼金", Locale.ENGLISH)).isEqualTo("欢迎礼金");
        assertThat(Message.render(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aStoredMessageSurvivesTheRoundTripWithArgumentsThatLookLikeSeparators() {
        Message message = Message.of("journal.billAdjustment", "2026-10", "reason with | pipes and i18n: in it");
        assertThat(Message.parse(message.stored())).contains(message);
    }

    @Test
    void aMissingTextShowsTheMarkerTheRouteWalkLooksFor() {
        assertThat(Message.render(Message.of("no.such.key").stored(), CHINESE)).isEqualTo("!zh: no.such.key");
    }

    @Test
    void aRefusalNamesAnEnumInTheReadersWords() {
        assertThat(Translations.text(CHINESE, "team.roleNotGrantable", Message.label("role.ADMINISTRATOR"))).contains("管理员")
                .doesNotContain("ADMINISTRATOR");
    }
}
