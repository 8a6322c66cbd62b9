package org.billingcenter.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A change as an auditor reads it, in their language: the record's type and name ("Workspace",
 * "prod-logs (#12)"), the kind of change, and every changed field with its label and its old and
 * new values formatted as the screens show them. {@code state} is the record's raw fields after
 * the change, for links to the screen that shows it.
 */
public record ChangeEntry(long revision, Instant at, String actor, String clientAddress, String reason, String entityType,
        long entityId, String recordType, String recordName, Revision.ChangeKind kind, String kindLabel,
        List<Field> fields, Map<String, String> state) {

    /** One changed field: its raw name, its label, and its old and new values as shown (null when there was none). */
    public record Field(String name, String label, String before, String after) {
    }

    /** "Label: old → new; …", for a one-line summary of the change. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        for (Field field : fields) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(field.label()).append(": ").append(shown(field.before())).append(" → ").append(shown(field.after()));
        }
        return text.toString();
    }

    public static String shown(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }
}
