package org.billingcenter.account.ui;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;

/**
 * Changing a way to reach a person (sign-in e-mail, phone): the new value, then the code sent to
 * the old address and the one sent to the new. The code fields show only while a change waits.
 */
final class ContactChangeForm extends VerticalLayout {

    /** A change that waits for its codes, as the form shows it. */
    record Waiting(String newValue, int attemptsLeft, String oldCodeLabelKey) {
    }

    /**
     * The service's side: {@code start} sends the codes for a new value and answers the translation
     * key of what to tell the person; {@code confirm} takes the old and the new code.
     */
    record Steps(Function<String, String> start, BiConsumer<String, String> confirm, Supplier<Optional<Waiting>> waiting) {
    }

    /** Translation keys of the form's texts. */
    record Wording(String sendCodes, String pending, String newCode, String confirm, String changed) {
    }

    /** Element ids of the new value, the buttons, the pending line and the code fields. */
    record Ids(String value, String sendCodes, String pending, String oldCode, String newCode, String confirm) {
    }

    private final AbstractField<?, String> value;
    private final HasValidation valueValidation;
    private final Steps steps;
    private final Wording wording;
    private final Runnable afterChange;
    private final Paragraph pending = new Paragraph();
    private final TextField oldCode = new TextField();
    private final TextField newCode = new TextField();
    private final Button confirm = new Button();

    /** {@code afterChange} runs after every step, e.g. to show the current value again. */
    <F extends AbstractField<?, String> & HasValidation> ContactChangeForm(F value, Steps steps, Wording wording, Ids ids,
            Runnable afterChange) {
        this.value = value;
        this.valueValidation = value;
        this.steps = steps;
        this.wording = wording;
        this.afterChange = afterChange;
        setPadding(false);
        value.setId(ids.value());
        Button sendCodes = new Button(getTranslation(wording.sendCodes()), click -> start());
        sendCodes.setId(ids.sendCodes());
        pending.setId(ids.pending());
        oldCode.setId(ids.oldCode());
        newCode.setLabel(getTranslation(wording.newCode()));
        newCode.setId(ids.newCode());
        confirm.setText(getTranslation(wording.confirm()));
        confirm.setId(ids.confirm());
        confirm.addClickListener(click -> confirm());
        Forms.clearErrorOnEdit(value, oldCode, newCode);
        add(new FormLayout(value), sendCodes, pending, new FormLayout(oldCode, newCode), confirm);
        showState();
    }

    private void start() {
        try {
            Forms.notifySuccess(getTranslation(steps.start().apply(value.getValue())));
            showState();
        } catch (BusinessRuleException refused) {
            Forms.showError(valueValidation, translated(refused));
        }
    }

    private void confirm() {
        try {
            steps.confirm().accept(oldCode.getValue(), newCode.getValue());
            Forms.notifySuccess(getTranslation(wording.changed()));
            oldCode.clear();
            newCode.clear();
            value.clear();
        } catch (BusinessRuleException refused) {
            showState();
            // A change that ended (expired, too many attempts) hides the code fields: say it at the start.
            Forms.showError(newCode.isVisible() ? newCode : valueValidation, translated(refused));
            return;
        }
        showState();
    }

    private void showState() {
        Optional<Waiting> change = steps.waiting().get();
        pending.setText(change.map(c -> getTranslation(wording.pending(), c.newValue(), c.attemptsLeft())).orElse(""));
        change.ifPresent(c -> oldCode.setLabel(getTranslation(c.oldCodeLabelKey())));
        oldCode.setVisible(change.isPresent());
        newCode.setVisible(change.isPresent());
        confirm.setVisible(change.isPresent());
        afterChange.run();
    }

    private String translated(BusinessRuleException refused) {
        return getTranslation(refused.messageKey(), refused.arguments());
    }
}
