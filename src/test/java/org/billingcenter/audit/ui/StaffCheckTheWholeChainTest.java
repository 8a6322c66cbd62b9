package org.billingcenter.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;

import org.billingcenter.support.UiTest;
import org.junit.jupiter.api.Test;

/** Staff run a full check of the chain from the history page and follow it until it reports the tenant's position. */
class StaffCheckTheWholeChainTest extends UiTest {

    @Test
    void staffStartAFullCheckAndThePageFollowsItToTheEnd() throws InterruptedException {
        signIn(newOperator(INTL));
        navigate("history");

        _click(_get(Button.class, s -> s.withId("history-verify-full")));
        Paragraph verdict = _get(Paragraph.class, s -> s.withId("history-verify-result"));
        for (int i = 0; i < 1200 && !verdict.getText().contains("recorded up to position"); i++) {
            Thread.sleep(50);
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        }

        assertThat(verdict.getText()).matches("The history is as it was recorded up to position (\\d+); this check hashed \\1 changes"
                + " after position 0\\.");
        _assertNone(ProgressBar.class, s -> s.withId("history-verify-progress"));
        assertThat(UI.getCurrent().getPollInterval()).as("polling stops when the check is done").isEqualTo(-1);
    }
}
