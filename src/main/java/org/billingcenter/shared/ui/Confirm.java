package org.billingcenter.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before a step that cannot be undone; the action runs only on the confirm button. */
public final class Confirm extends Dialog {

    private Confirm(String idPrefix, String title, String text, String confirmText, String cancelText, Runnable action) {
        setId(idPrefix + "-dialog");
        setHeaderTitle(title);
        setWidth("min(32rem, 95vw)");
        Paragraph message = new Paragraph(text);
        message.setId(idPrefix + "-text");
        add(message);
        Button confirm = new Button(confirmText, click -> {
            close();
            action.run();
        });
        confirm.setId(idPrefix + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(cancelText, click -> close());
        cancel.setId(idPrefix + "-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, confirm);
    }

    /** Opens the question; the texts come translated from the calling view. */
    public static void ask(String idPrefix, String title, String text, String confirmText, String cancelText, Runnable action) {
        new Confirm(idPrefix, title, text, confirmText, cancelText, action).open();
    }
}
