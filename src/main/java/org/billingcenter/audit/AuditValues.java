package org.billingcenter.audit;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Version;

import org.hibernate.envers.NotAudited;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Turns an audited row into the field → text map people read and compare. Fields Envers does
 * not keep (not audited, the version counter) and the tenant key are left out, so they never
 * show as spurious changes.
 */
final class AuditValues {

    private AuditValues() {
    }

    static Map<String, String> of(EntityPersister persister, Object entity) {
        Set<String> skipped = skippedFields(entity.getClass());
        Map<String, String> fields = new LinkedHashMap<>();
        String[] names = persister.getPropertyNames();
        Object[] values = persister.getValues(entity);
        for (int i = 0; i < names.length; i++) {
            if (!skipped.contains(names[i])) {
                fields.put(names[i], text(values[i]));
            }
        }
        return fields;
    }

    /** The same fields with their values as mapped, for callers that compare typed values. */
    static Map<String, Object> raw(EntityPersister persister, Object entity) {
        Map<String, Object> fields = new LinkedHashMap<>();
        String[] names = persister.getPropertyNames();
        Object[] values = persister.getValues(entity);
        for (int i = 0; i < names.length; i++) {
            if (!AuditService.TENANT_PROPERTY.equals(names[i])) {
                fields.put(names[i], values[i]);
            }
        }
        return fields;
    }

    /** Of {@code names}, those the history shows for {@code type}: not the skipped ones. */
    static Set<String> shownFields(Class<?> type, Set<String> names) {
        Set<String> shown = new java.util.LinkedHashSet<>(names);
        shown.removeAll(skippedFields(type));
        return shown;
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    private static Set<String> skippedFields(Class<?> type) {
        Set<String> skipped = new HashSet<>(Set.of(AuditService.TENANT_PROPERTY));
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(NotAudited.class) || field.isAnnotationPresent(Version.class)) {
                    skipped.add(field.getName());
                }
            }
        }
        return skipped;
    }
}
