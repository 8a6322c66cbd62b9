package org.billingcenter.account.ui;

import java.util.function.BiFunction;

import com.vaadin.flow.component.UI;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a team command and says how it went. A refusal of access means the person's own role
 * changed while the page was open: they are told so and taken to the start page.
 */
class TeamCommands {

    private final BiFunction<String, Object[], String> translate;
    private final Runnable reload;

    TeamCommands(BiFunction<String, Object[], String> translate, Runnable reload) {
        this.translate = translate;
        this.reload = reload;
    }

    boolean run(Runnable command, String doneKey) {
        try {
            command.run();
            Forms.notifySuccess(translate.apply(doneKey, new Object[0]));
            reload.run();
            return true;
        } catch (BusinessRuleException refused) {
            Forms.notifyError(translate.apply(refused.messageKey(), refused.arguments()));
            reload.run();
        } catch (AccessDeniedException lost) {
            Forms.notifyError(translate.apply("team.accessLost", new Object[0]));
            UI.getCurrent().navigate("");
        }
        return false;
    }
}
