package org.billingcenter.account.ui;

import java.util.Map;
import java.util.function.BiFunction;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextFieldBase;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/** Small habits shared by this feature's forms. */
final class Forms {

    private Forms() {
    }

    /** An error message belongs to the value it was about; editing the field takes it away. */
    @SafeVarargs
    static void clearErrorOnEdit(TextFieldBase<?, String>... fields) {
        for (TextFieldBase<?, String> field : fields) {
            field.addValueChangeListener(change -> field.setInvalid(false));
        }
    }

    static void showError(TextFieldBase<?, String> field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /**
     * Shows the service's bean-validation refusals on the fields they are about. Message templates
     * are translation keys ({@code {validation.email}}), so the reader gets their own language.
     */
    static void showViolations(ConstraintViolationException invalid, Map<String, TextFieldBase<?, String>> fieldsByProperty,
            BiFunction<String, Object[], String> translate) {
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            String property = violation.getPropertyPath().toString().replaceFirst("^.*\\.", "");
            TextFieldBase<?, String> field = fieldsByProperty.get(property);
            String key = violation.getMessageTemplate().replaceAll("^\\{|\\}$", "");
            Object[] arguments = {violation.getConstraintDescriptor().getAttributes().get("min"),
                    violation.getConstraintDescriptor().getAttributes().get("max")};
            String message = translate.apply(key, arguments);
            if (field != null) {
                showError(field, message);
            } else {
                notifyError(message);
            }
        }
    }

    static void notifySuccess(String message) {
        Notification.show(message, 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void notifyError(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
