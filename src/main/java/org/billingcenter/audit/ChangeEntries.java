package org.billingcenter.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.billingcenter.shared.i18n.Message;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Component;

/**
 * Turns recorded changes into what an auditor reads: labels instead of property names, names
 * beside ids, values formatted as the screens format them. References are named in one query per
 * type for a whole page of changes.
 */
@Component
class ChangeEntries {

    /** Feed fields holding an account's id ("account" of a bill or a journal posting). */
    private static final String FEED_ACCOUNT = "account";
    private static final String ACCOUNT_TYPE = "Account";
    /** Fields kept as text that hold an enum's name (a feed's, or a plain column), and the enum whose labels they take. */
    private static final Map<String, String> NAMED_ENUMS = Map.of("JournalPosting.kind", "MovementKind",
            "WorkspaceSettlement.provider", "SettlementMethod");
    /** A journal posting's price-list item, named as the tenant file names it (as the bill does). */
    private static final String ITEM_FIELD = "JournalPosting.item";
    /** A journal posting's entry fields: a ledger, and for a voucher or card the lot ("CUSTOMER_LOT #7"). */
    private static final Pattern LEDGER_FIELD = Pattern.compile("([A-Z][A-Z_]+)( #\\d+)?");

    private final HistoryReader history;
    private final ReferenceNames references;
    private final TenantRegistry tenants;
    private final Map<String, Map<String, Class<?>>> fieldTypes = new java.util.concurrent.ConcurrentHashMap<>();

    ChangeEntries(HistoryReader history, ReferenceNames references, TenantRegistry tenants) {
        this.history = history;
        this.references = references;
        this.tenants = tenants;
    }

    List<ChangeEntry> present(HistoryScope scope, List<Change> changes, Locale locale) {
        ValueFormat format = new ValueFormat(locale, tenants.current().timeZone());
        Map<String, Map<Long, String>> names = names(scope, changes);
        List<ChangeEntry> entries = new ArrayList<>(changes.size());
        for (Change change : changes) {
            Map<String, Class<?>> types = typesOf(change.entityType());
            List<ChangeEntry.Field> fields = change.fields().stream().map(field -> new ChangeEntry.Field(field.field(),
                    label(locale, change.entityType(), field.field()),
                    value(format, names, change, types, field.field(), field.before()),
                    value(format, names, change, types, field.field(), field.after()))).toList();
            String recordName = named(names, change.entityType(), change.entityId());
            entries.add(new ChangeEntry(change.revision(), change.at(), change.actor(), change.clientAddress(), reason(change, locale),
                    change.entityType(), change.entityId(), HistoryLabels.type(locale, change.entityType()), recordName,
                    change.kind(), HistoryLabels.text(locale, "history.kind." + change.kind().name()), fields, change.state()));
        }
        return entries;
    }

    /** The reason in the reader's language when the server gave it; a person's own words as they wrote them. */
    private static String reason(Change change, Locale locale) {
        return change.reason() == null ? null : Message.render(change.reason(), locale);
    }

    /** The label of a field of a type; a journal posting's ledger fields are named by their ledger. */
    static String label(Locale locale, String type, String field) {
        Matcher ledger = LEDGER_FIELD.matcher(field);
        if (ledger.matches()) {
            String suffix = ledger.group(2) == null ? "" : ledger.group(2);
            return HistoryLabels.find(locale, "history.ledger." + ledger.group(1)).map(word -> word + suffix)
                    .orElse(field);
        }
        return HistoryLabels.field(locale, type, field);
    }

    private String value(ValueFormat format, Map<String, Map<Long, String>> names, Change change, Map<String, Class<?>> types,
            String field, String value) {
        if (value == null) {
            return null;
        }
        Optional<String> reference = referredType(change.entityType(), field, types);
        if (reference.isPresent()) {
            try {
                return named(names, reference.get(), Long.parseLong(value.strip()));
            } catch (NumberFormatException notAnId) {
                return value;
            }
        }
        String namedEnum = NAMED_ENUMS.get(change.entityType() + "." + field);
        if (namedEnum != null) {
            return HistoryLabels.find(format.locale(), "history.enum." + namedEnum + "." + value).orElse(value);
        }
        if (ITEM_FIELD.equals(change.entityType() + "." + field)) {
            return tenants.current().priceList().stream().filter(item -> item.code().equals(value)).findFirst()
                    .map(item -> item.name()).orElse(value);
        }
        return format.format(types.get(field), value, change.state());
    }

    /** "Acme Ltd (#3)", or "#3" when the record has no name the reader may see. */
    private static String named(Map<String, Map<Long, String>> names, String type, long id) {
        String name = names.getOrDefault(type, Map.of()).get(id);
        return name == null ? "#" + id : name + " (#" + id + ")";
    }

    private Map<String, Map<Long, String>> names(HistoryScope scope, List<Change> changes) {
        Map<String, Set<Long>> wanted = new HashMap<>();
        for (Change change : changes) {
            wanted.computeIfAbsent(change.entityType(), type -> new HashSet<>()).add(change.entityId());
            Map<String, Class<?>> types = typesOf(change.entityType());
            for (FieldChange field : change.fields()) {
                referredType(change.entityType(), field.field(), types).ifPresent(type -> {
                    for (String value : new String[] {field.before(), field.after()}) {
                        if (value != null && value.strip().matches("\\d{1,18}")) {
                            wanted.computeIfAbsent(type, t -> new HashSet<>()).add(Long.parseLong(value.strip()));
                        }
                    }
                });
            }
        }
        Map<String, Map<Long, String>> names = new HashMap<>();
        for (AuditedType type : history.allTypes()) {
            Set<Long> ids = wanted.get(type.name());
            if (ids != null) {
                names.put(type.name(), references.names(scope, type, ids));
            }
        }
        return names;
    }

    private Optional<String> referredType(String entityType, String field, Map<String, Class<?>> types) {
        Class<?> javaType = types.get(field);
        if (javaType == null) {
            return FEED_ACCOUNT.equals(field) ? Optional.of(ACCOUNT_TYPE) : Optional.empty();
        }
        if (javaType != Long.class && javaType != long.class) {
            return Optional.empty();
        }
        return references.referredBy(field).map(AuditedType::name);
    }

    Map<String, Class<?>> typesOf(String entityType) {
        return fieldTypes.computeIfAbsent(entityType, name -> history.allTypes().stream().filter(t -> t.name().equals(name))
                .findFirst().map(history::fieldTypes).orElse(Map.of()));
    }
}
