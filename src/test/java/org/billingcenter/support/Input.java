package org.billingcenter.support;

import java.lang.reflect.Method;

import com.vaadin.flow.component.AbstractField;

/**
 * Types into a field as a user would: the value arrives "from the client", so listeners that react
 * only to user input fire. (Karibu's own setter does not match this Vaadin version's internals.)
 */
public final class Input {

    private Input() {
    }

    public static <V> void type(AbstractField<?, V> field, V value) {
        if (!field.isEnabled() || field.isReadOnly()) {
            throw new IllegalStateException("Cannot type into a disabled or read-only field " + field.getId().orElse(""));
        }
        try {
            Method setModelValue = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(field, value, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
