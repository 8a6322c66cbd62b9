package org.billingcenter.shared.ui;

import java.util.Map;
import java.util.function.BiFunction;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/** Small habits shared by every feature's forms. */
public final class Forms {

    private Forms() {
    }

    /** An error message belongs to the value it was about; editing the field takes it away. */
    public static void clearErrorOnEdit(AbstractField<?, ?>... fields) {
        for (AbstractField<?, ?> field : fields) {
            if (field instanceof HasValidation validated) {
                field.addValueChangeListener(change -> validated.setInvalid(false));
            }
        }
    }

    public static void showError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /**
     * Shows the service's bean-validation refusals on the fields they are about. Message templates
     * are translation keys ({@code {validation.email}}), so the reader gets their own language.
     */
    public static void showViolations(ConstraintViolationException invalid, Map<String, ? extends HasValidation> fieldsByProperty,
            BiFunction<String, Object[], String> translate) {
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            String property = violation.getPropertyPath().toString().replaceFirst("^.*\\.", "");
            HasValidation field = fieldsByProperty.get(property);
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

    public static void notifySuccess(String message) {
        Notification.show(message, 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void notifyError(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
