package org.billingcenter.wallet.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.billingcenter.shared.error.BusinessRuleException;

/**
 * A money command in two steps: the person fills in the form, then reads back what will happen
 * and confirms. Nothing reaches a service before the confirmation.
 * <p>
 * The dialog carries one idempotency key from the moment it opens, and every submission from it
 * sends that key: a double click, or a retry after a lost response, replays the first submission
 * instead of paying twice.
 */
abstract class ConfirmedDialog extends Dialog {

    protected final String idempotencyKey = UUID.randomUUID().toString();

    final Button next = new Button();
    final Button back = new Button();
    final Button confirm = new Button();
    final Button cancel = new Button();
    final Paragraph summary = new Paragraph();

    private final VerticalLayout editStep = new VerticalLayout();
    private final VerticalLayout confirmStep = new VerticalLayout(summary);

    ConfirmedDialog(String idPrefix, String titleKey) {
        setId(idPrefix + "-dialog");
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(36rem, 95vw)");
        editStep.setPadding(false);
        confirmStep.setPadding(false);
        summary.setId(idPrefix + "-summary");
        add(editStep, confirmStep);

        button(next, "action.continue", idPrefix + "-continue").addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(back, "action.back", idPrefix + "-back");
        button(confirm, "action.confirm", idPrefix + "-confirm").addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(cancel, "action.cancel", idPrefix + "-cancel").addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // The browser disables the button at once; the server enables it again when the command is done.
        confirm.setDisableOnClick(true);
        getFooter().add(cancel, back, next, confirm);

        next.addClickListener(click -> summaryOfValidInput().ifPresent(text -> {
            summary.setText(text);
            showConfirmation(true);
        }));
        back.addClickListener(click -> showConfirmation(false));
        confirm.addClickListener(click -> submit());
        cancel.addClickListener(click -> close());
        showConfirmation(false);
    }

    /** Subclasses add their fields once they exist (after this constructor). */
    protected void addFields(Component... fields) {
        editStep.add(fields);
    }

    /** Runs the command; while it runs the confirm button stays disabled so no second click can start another. */
    void submit() {
        confirm.setEnabled(false);
        try {
            execute();
        } catch (BusinessRuleException refused) {
            showConfirmation(false);
            showRefusal(refused);
        } finally {
            confirm.setEnabled(true);
        }
    }

    private void showConfirmation(boolean confirming) {
        editStep.setVisible(!confirming);
        confirmStep.setVisible(confirming);
        next.setVisible(!confirming);
        back.setVisible(confirming);
        confirm.setVisible(confirming);
    }

    private Button button(Button button, String key, String id) {
        button.setText(getTranslation(key));
        button.setId(id);
        return button;
    }

    protected String translate(BusinessRuleException refused) {
        return getTranslation(refused.messageKey(), refused.arguments());
    }

    /** What will happen, in words, when the input is fit to send; otherwise marks the fields and returns empty. */
    protected abstract Optional<String> summaryOfValidInput();

    /** Sends the command with {@link #idempotencyKey}. */
    protected abstract void execute();

    /** Puts a refusal of the service on the field it is about. */
    protected abstract void showRefusal(BusinessRuleException refused);
}
