package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Payment callbacks write the recharge orders' history rows with plain SQL, naming the columns
 * they copy: a column added to the orders' history table must be added there too, or the change
 * history of a settled order would miss it.
 */
class CallbackOrdersAuditEveryColumnTest extends WalletServicesTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theCopiedColumnsAreEveryAuditedColumnOfAnOrder() {
        Set<String> audited = jdbc.queryForList("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name = 'recharge_order_aud'", String.class).stream()
                .map(column -> column.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        audited.removeAll(Set.of("rev", "revtype"));
        Set<String> copied = Arrays.stream(CallbackOrders.AUDITED_COLUMNS.split(",")).map(String::strip).collect(Collectors.toSet());

        assertThat(audited).as("columns of recharge_order_aud").isNotEmpty();
        assertThat(copied).isEqualTo(audited);
    }
}
