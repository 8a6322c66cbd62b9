package org.billingcenter.shared.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * Asks for one required text before a staff decision (a rejection reason, a tracking number):
 * an empty answer is shown as an error on the field and decides nothing.
 */
public final class TextPrompt {

    private TextPrompt() {
    }

    /**
     * Opens the prompt; the field comes labelled and with its id, the texts translated.
     *
     * @param confirmId the confirm button's id
     */
    public static <F extends AbstractField<?, String> & HasValidation> void ask(String title, F field, String confirmId,
            ButtonVariant confirmVariant, String requiredText, String cancelText, Consumer<String> action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        Button confirm = new Button(title, click -> {
            if (field.getValue() == null || field.getValue().isBlank()) {
                Forms.showError(field, requiredText);
                return;
            }
            dialog.close();
            action.accept(field.getValue());
        });
        confirm.setId(confirmId);
        confirm.addThemeVariants(confirmVariant);
        dialog.add(field);
        dialog.getFooter().add(new Button(cancelText, click -> dialog.close()), confirm);
        dialog.open();
    }
}
