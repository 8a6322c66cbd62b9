package org.billingcenter.usage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.UiTest;
import org.billingcenter.support.Views;
import org.billingcenter.usage.RowError;
import org.billingcenter.workspace.NewWorkspace;
import org.billingcenter.workspace.WorkspaceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An operator uploads a usage file: a good one is kept and counted once when sent again; one bad
 * row refuses the whole file, and the page names the row and the reason.
 */
class UploadUsageTest extends UiTest {

    private static final String HEADER = "source_id,workspace_id,item_code,hour,quantity\n";

    @Autowired
    WorkspaceService workspaces;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aGoodFileIsKeptOnceAndABadRowRefusesTheWholeFile() {
        clock.set(Instant.parse("2028-10-20T12:00:00Z"));
        SignedInUser owner = newOwner(INTL);
        WorkspaceSummary web = as(owner, () -> workspaces.bind(new NewWorkspace("web", "us-west-1", null)));
        String prefix = key();
        String good = HEADER + prefix + "-1," + web.id() + ",HOSTS,2028-10-18T03:00:00Z,4\n"
                + prefix + "-2," + web.id() + ",SMS,2028-10-18T04:00:00Z,12\n";

        signIn(newOperator(INTL));
        navigate("operator/usage");
        UsageUploadView view = (UsageUploadView) Views.current();
        view.take(good.getBytes(StandardCharsets.UTF_8));
        assertThat(find(Paragraph.class, "usage-outcome").getText()).isEqualTo("Kept: 2 rows, 2 new, 0 sent before.");
        view.take(good.getBytes(StandardCharsets.UTF_8));
        assertThat(find(Paragraph.class, "usage-outcome").getText()).isEqualTo("Kept: 2 rows, 0 new, 2 sent before.");
        assertThat(stored(web)).isEqualTo(2);

        String bad = HEADER + prefix + "-3," + web.id() + ",HOSTS,2028-10-18T05:00:00Z,4\n"
                + prefix + "-4," + web.id() + ",HOSTS,yesterday,4\n";
        view.take(bad.getBytes(StandardCharsets.UTF_8));
        assertThat(find(Paragraph.class, "usage-outcome").getText()).startsWith("Refused: 1 of 2 rows are bad");
        Grid<RowError> errors = find(Grid.class, "usage-errors");
        assertThat(errors.isVisible()).isTrue();
        assertThat(GridKt._size(errors)).isEqualTo(1);
        RowError error = GridKt._get(errors, 0);
        assertThat(error.row()).isEqualTo(2);
        assertThat(error.reason()).contains("yesterday");
        assertThat(stored(web)).isEqualTo(2);

        view.take(new byte[] {(byte) 0xff, 0x00, 0x13});
        assertThat(find(Paragraph.class, "usage-outcome").getText()).isNotBlank();
        assertThat(stored(web)).isEqualTo(2);
    }

    private long stored(WorkspaceSummary workspace) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM usage_record WHERE tenant_id = ? AND workspace_id = ?", Long.class, INTL,
                workspace.id());
    }
}
