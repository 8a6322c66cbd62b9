package org.billingcenter.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.envers.query.criteria.AuditDisjunction;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * The Envers queries behind the change history. Every query carries the tenant predicate on
 * the row and on the revision, and, for an account's people, the account predicate on the row:
 * Envers applies neither by itself. Field differences are worked out from each entity's full
 * sequence of revisions, so the first revision a reader may see still shows what it changed.
 */
@Component
class HistoryReader {

    static final int MAX_CHANGES = 2000;
    private static final int IDS_PER_QUERY = 200;

    private final EntityManager entityManager;
    private final Map<String, AuditedType> types = new LinkedHashMap<>();
    private final Map<String, ChangeFeed> feeds = new LinkedHashMap<>();

    HistoryReader(EntityManager entityManager, List<HistorySource> sources, List<ChangeFeed> feeds) {
        this.entityManager = entityManager;
        feeds.stream().sorted(Comparator.comparing(ChangeFeed::entityType)).forEach(feed -> this.feeds.put(feed.entityType(), feed));
        sources.stream().flatMap(source -> source.auditedTypes().stream())
                .sorted(Comparator.comparing(AuditedType::name)).forEach(type -> types.put(type.name(), type));
    }

    List<AuditedType> visibleTypes(HistoryScope scope) {
        return types.values().stream().filter(scope::sees).toList();
    }

    /** Every type name the reader may filter by: audited entities and feeds, alphabetically. */
    List<String> visibleTypeNames(HistoryScope scope) {
        return Stream.concat(visibleTypes(scope).stream().map(AuditedType::name), feeds.keySet().stream())
                .sorted().toList();
    }

    Optional<EntityState> feedAsOf(HistoryScope scope, String type, long id, Instant at) {
        return Optional.ofNullable(feeds.get(type)).flatMap(feed -> feed.asOf(scope.tenant(), scope.account(), id, at));
    }

    Optional<AuditedType> type(HistoryScope scope, String name) {
        return Optional.ofNullable(types.get(name)).filter(scope::sees);
    }

    Optional<AuditedType> typeOf(HistoryScope scope, Class<?> entity) {
        return types.values().stream().filter(t -> t.entity().equals(entity)).findFirst().filter(scope::sees);
    }

    List<Change> changes(HistoryScope scope, HistoryQuery query) {
        List<AuditedType> wanted = query.entityType() == null ? visibleTypes(scope)
                : type(scope, query.entityType()).map(List::of).orElse(List.of());
        List<Change> changes = new ArrayList<>();
        for (AuditedType type : wanted) {
            changes.addAll(changesOf(scope, type, query));
        }
        feeds.values().stream().filter(feed -> query.entityType() == null || feed.entityType().equals(query.entityType()))
                .forEach(feed -> changes.addAll(feed.changes(scope.tenant(), scope.account(), query, MAX_CHANGES)));
        return changes.stream().filter(query::admits)
                .sorted(Comparator.comparing(Change::at).thenComparing(Change::revision).reversed())
                .limit(MAX_CHANGES).toList();
    }

    Optional<EntityState> asOf(HistoryScope scope, AuditedType type, long id, long epochMilli) {
        AuditQuery query = scoped(scope, type, true).add(AuditEntity.id().eq(id))
                .add(AuditEntity.revisionProperty("timestamp").le(epochMilli))
                .addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(1);
        List<?> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.getFirst();
        if (row[2] == RevisionType.DEL) {
            return Optional.empty();
        }
        AuditRevision revision = (AuditRevision) row[1];
        return Optional.of(new EntityState(type.name(), id, revision.getId(), revision.getTimestamp(),
                AuditValues.of(persister(type), row[0])));
    }

    private List<Change> changesOf(HistoryScope scope, AuditedType type, HistoryQuery query) {
        AuditQuery visible = scoped(scope, type, true);
        if (query.entityId() != null) {
            visible.add(AuditEntity.id().eq(query.entityId()));
        }
        List<Object[]> shown = rows(visible);
        if (shown.isEmpty()) {
            return List.of();
        }
        EntityPersister persister = persister(type);
        Set<String> shownKeys = shown.stream().map(row -> key(row, persister)).collect(Collectors.toSet());
        List<Object[]> all = scope.account() == null ? shown : fullHistory(scope, type, shown, persister);
        Map<Long, Map<String, String>> previous = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        for (Object[] row : all) {
            long id = idOf(row[0], persister);
            Map<String, String> after = AuditValues.of(persister, row[0]);
            Map<String, String> before = previous.put(id, after);
            if (shownKeys.contains(key(row, persister))) {
                changes.add(change(type, id, row, before, after));
            }
        }
        return changes;
    }

    /** Every revision of the entities the reader may see, including ones before they came into the account. */
    private List<Object[]> fullHistory(HistoryScope scope, AuditedType type, List<Object[]> shown, EntityPersister persister) {
        List<Long> ids = shown.stream().map(row -> idOf(row[0], persister)).distinct().toList();
        List<Object[]> all = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            AuditDisjunction anyOf = AuditEntity.disjunction();
            ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)).forEach(id -> anyOf.add(AuditEntity.id().eq(id)));
            all.addAll(rows(scoped(scope, type, false).add(anyOf)));
        }
        all.sort(Comparator.comparingLong(row -> ((AuditRevision) row[1]).getId()));
        return all;
    }

    private Change change(AuditedType type, long id, Object[] row, Map<String, String> before, Map<String, String> after) {
        AuditRevision revision = (AuditRevision) row[1];
        RevisionType kind = (RevisionType) row[2];
        List<FieldChange> fields = new ArrayList<>();
        after.forEach((field, value) -> {
            String old = before == null ? null : before.get(field);
            if (kind == RevisionType.DEL) {
                String last = old != null ? old : value;
                if (last != null) {
                    fields.add(new FieldChange(field, last, null));
                }
            } else if (!Objects.equals(old, value)) {
                fields.add(new FieldChange(field, old, value));
            }
        });
        Map<String, String> state = kind == RevisionType.DEL && before != null ? before : after;
        return new Change(revision.getId(), revision.getTimestamp(), revision.getActor(), revision.getClientAddress(),
                revision.getReason(), type.name(), id, AuditService.kindOf(kind), fields, state);
    }

    /** The tenant predicate always; the account predicate when the reader is bound to one account and asks for it. */
    AuditQuery scoped(HistoryScope scope, AuditedType type, boolean byAccount) {
        AuditQuery query = AuditReaderFactory.get(entityManager).createQuery().forRevisionsOfEntity(type.entity(), false, true)
                .add(AuditEntity.property(AuditService.TENANT_PROPERTY).eq(scope.tenant()))
                .add(AuditEntity.revisionProperty(AuditService.TENANT_PROPERTY).eq(scope.tenant()));
        if (byAccount && scope.account() != null) {
            if (!type.accountScoped()) {
                // A type that cannot be tied to an account has no history for one account.
                query.add(AuditEntity.revisionNumber().lt(0));
            } else if ("id".equals(type.accountProperty())) {
                query.add(AuditEntity.id().eq(scope.account()));
            } else {
                query.add(AuditEntity.property(type.accountProperty()).eq(scope.account()));
            }
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(AuditQuery query) {
        return new ArrayList<>((List<Object[]>) query.addOrder(AuditEntity.revisionNumber().asc()).getResultList());
    }

    private String key(Object[] row, EntityPersister persister) {
        return ((AuditRevision) row[1]).getId() + ":" + idOf(row[0], persister);
    }

    private long idOf(Object entity, EntityPersister persister) {
        return ((Number) entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity)).longValue();
    }

    /** Every registered audited type, whoever reads; for labels and reference names. */
    List<AuditedType> allTypes() {
        return List.copyOf(types.values());
    }

    /** The Java type of each audited field of {@code type}, as the history shows them (tenant key left out). */
    Map<String, Class<?>> fieldTypes(AuditedType type) {
        EntityPersister persister = persister(type);
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (!AuditService.TENANT_PROPERTY.equals(names[i])) {
                fields.put(names[i], persister.getPropertyTypes()[i].getReturnedClass());
            }
        }
        fields.keySet().retainAll(AuditValues.shownFields(type.entity(), fields.keySet()));
        return fields;
    }

    EntityPersister persister(AuditedType type) {
        return entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(type.entity());
    }
}
