package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** A lane runs as many batches at once as its own setting says, else the general one. */
class GroupCommitPropertiesTest {

    @Test
    void aLaneWithoutItsOwnNumberTakesTheGeneralOne() {
        GroupCommitProperties settings = new GroupCommitProperties(1, 64, Map.of("payment-callback", 2));

        assertThat(settings.leaders("payment-callback")).isEqualTo(2);
        assertThat(settings.leaders("credit")).isEqualTo(1);
        assertThat(new GroupCommitProperties(3, 64, null).leaders("charge")).isEqualTo(3);
    }

    @Test
    void noLaneMayHaveFewerThanOneBatchInFlight() {
        assertThatThrownBy(() -> new GroupCommitProperties(1, 64, Map.of("charge", 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new GroupCommitProperties(0, 64, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
