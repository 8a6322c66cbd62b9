package org.billingcenter.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

import org.springframework.stereotype.Component;

/**
 * Names the records a change points at (its account, user, workspace, contract …) so a person
 * reads "Acme Ltd (#3)" instead of an id. A field {@code …Id} refers to the audited type whose
 * name ends its own ({@code redeemedAccountId} → Account, {@code cloudAccountId} → CloudAccount),
 * or to the type {@link #ALIASES} gives; a record's name is the first of {@link #NAME_FIELDS} it
 * has and fills. Names are read within the reader's tenant and, for an account's people, only
 * from their own account's records: another account's record keeps its bare number.
 */
@Component
class ReferenceNames {

    static final List<String> NAME_FIELDS = List.of("enterpriseName", "name", "displayName", "number", "title", "subject",
            "contactName", "email", "cloudAccountId", "reference");
    /** Reference fields whose name does not end in the type they point at. */
    static final Map<String, String> ALIASES = Map.of("requestId", "InvoiceRequest", "ticketId", "SupportTicket",
            "invoiceId", "ContractInvoice");
    private static final int IDS_PER_QUERY = 500;

    private final EntityManager entityManager;
    private final HistoryReader history;

    ReferenceNames(EntityManager entityManager, HistoryReader history) {
        this.entityManager = entityManager;
        this.history = history;
    }

    /** The type a field refers to, if it is a reference: by alias, else the longest type name ending the field's. */
    Optional<AuditedType> referredBy(String field) {
        if (!field.endsWith("Id") || field.equals("id")) {
            return Optional.empty();
        }
        String alias = ALIASES.get(field);
        String stem = field.substring(0, field.length() - 2).toLowerCase(Locale.ROOT);
        return history.allTypes().stream()
                .filter(type -> alias != null ? type.name().equals(alias) : stem.endsWith(type.name().toLowerCase(Locale.ROOT)))
                .max(java.util.Comparator.comparingInt(type -> type.name().length()));
    }

    /** The name of each id of {@code type} the reader may see; ids without one are left out. */
    Map<Long, String> names(HistoryScope scope, AuditedType type, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        EntityType<?> entity = entityManager.getMetamodel().entity(type.entity());
        List<String> fields = NAME_FIELDS.stream().filter(field -> has(entity, field)).toList();
        List<Long> wanted = ids.stream().distinct().toList();
        if (fields.isEmpty() || wanted.isEmpty() || (!scope.staff() && !readable(scope, type))) {
            return names;
        }
        StringBuilder jpql = new StringBuilder("select e.id");
        fields.forEach(field -> jpql.append(", e.").append(field));
        jpql.append(" from ").append(entity.getName()).append(" e where e.id in :ids and e.").append(AuditService.TENANT_PROPERTY)
                .append(" = :tenant");
        boolean byAccount = !scope.staff() && type.accountScoped();
        if (byAccount) {
            jpql.append(" and e.").append(type.accountProperty()).append(" = :account");
        }
        for (int from = 0; from < wanted.size(); from += IDS_PER_QUERY) {
            var query = entityManager.createQuery(jpql.toString(), Object[].class)
                    .setParameter("ids", new ArrayList<>(wanted.subList(from, Math.min(wanted.size(), from + IDS_PER_QUERY))))
                    .setParameter("tenant", scope.tenant());
            if (byAccount) {
                query.setParameter("account", scope.account());
            }
            for (Object[] row : query.getResultList()) {
                firstFilled(row).ifPresent(name -> names.put(((Number) row[0]).longValue(), name));
            }
        }
        return names;
    }

    /**
     * An account's people read names of their own account's records, and of the people
     * (users) their history mentions: members who made or were given a change in it.
     */
    private static boolean readable(HistoryScope scope, AuditedType type) {
        return type.accountScoped() || USERS.equals(type.name());
    }

    static final String USERS = "User";

    private static Optional<String> firstFilled(Object[] row) {
        for (int i = 1; i < row.length; i++) {
            if (row[i] != null && !row[i].toString().isBlank()) {
                return Optional.of(row[i].toString());
            }
        }
        return Optional.empty();
    }

    private static boolean has(EntityType<?> entity, String field) {
        return entity.getAttributes().stream().anyMatch(attribute -> attribute.getName().equals(field)
                && attribute.getJavaType() == String.class);
    }

}
