package org.billingcenter.invoice.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

import jakarta.validation.ConstraintViolationException;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;

/**
 * Saves or deletes what one of the invoice panels lists (invoice details, billing details, mailing
 * addresses): when the service refuses, the reason shows beside the field it names, or as a notice
 * when it names none; the form keeps what was typed.
 */
final class InvoiceFormChanges {

    private InvoiceFormChanges() {
    }

    /** Runs the save; true when it was kept. */
    static boolean saved(Component form, Map<String, HasValidation> fields, Runnable save) {
        try {
            save.run();
            return true;
        } catch (ConstraintViolationException invalid) {
            Forms.showViolations(invalid, fields, form::getTranslation);
        } catch (BusinessRuleException refused) {
            String message = form.getTranslation(refused.messageKey(), refused.arguments());
            HasValidation field = refused.arguments().length > 0 ? fields.get(String.valueOf(refused.arguments()[0])) : null;
            if (field != null) {
                Forms.showError(field, refused.messageKey().equals("invoice.fieldRequired") ? form.getTranslation("validation.required")
                        : message);
            } else {
                Forms.notifyError(message);
            }
        }
        return false;
    }

    /** Runs the deletion; true when it was done, else the refusal is shown as a notice. */
    static boolean deleted(Component panel, Runnable delete) {
        try {
            delete.run();
            return true;
        } catch (BusinessRuleException refused) {
            Forms.notifyError(panel.getTranslation(refused.messageKey(), refused.arguments()));
            return false;
        }
    }
}
