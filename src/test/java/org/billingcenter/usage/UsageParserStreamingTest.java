package org.billingcenter.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.billingcenter.shared.error.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** JSON batches are read record by record from the stream, in either accepted shape. */
class UsageParserStreamingTest {

    static final String RECORD = "{\"sourceId\": \"a-1\", \"workspaceId\": \"12\", \"itemCode\": \"LOGS\","
            + " \"hour\": \"2026-11-14T03:00:00Z\", \"quantity\": \"1.5\"}";

    @Test
    void aWrappedBatchIsReadAfterSkippingOtherFields() {
        List<UsageParser.Parsed> rows = UsageParser.json(new StringReader(
                "{\"note\": {\"skipped\": [1, {\"records\": 2}]}, \"records\": [" + RECORD + ", 7]}"), 10);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).record().workspaceId()).isEqualTo(12);
        assertThat(rows.get(1).problem()).isEqualTo("not an object");
    }

    @Test
    void aBareArrayIsABatchToo() {
        assertThat(UsageParser.json(new StringReader("[" + RECORD + "," + RECORD + "]"), 10)).hasSize(2);
    }

    @Test
    void aBatchPastTheRowLimitIsRefusedAtItsFirstExtraRecord() {
        assertThatThrownBy(() -> UsageParser.json(new StringReader("[" + RECORD + "," + RECORD + "," + RECORD + "]"), 2))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("usage.batchTooLarge");
    }

    @Test
    void aQuantityWithAnAbsurdExponentOrLengthIsARowError() {
        String absurd = RECORD.replace("\"1.5\"", "\"1e999999999\"");
        String long_ = RECORD.replace("\"1.5\"", "\"" + "9".repeat(10_000) + "\"");
        List<UsageParser.Parsed> rows = UsageParser.json(new StringReader("[" + absurd + "," + long_ + "]"), 10);
        assertThat(rows.get(0).record().quantity()).isEqualByComparingTo("1e999999999");
        assertThat(rows.get(1).problem()).contains("is not a number").hasSizeLessThan(100);
    }

    @Test
    void somethingElseIsUnreadable() {
        assertThatThrownBy(() -> UsageParser.json(new StringReader("{\"rows\": []}"), 10)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("usage.unreadable");
        assertThatThrownBy(() -> UsageParser.json(new StringReader("\"text\""), 10)).isInstanceOf(BusinessRuleException.class);
    }
}
