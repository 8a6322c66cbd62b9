package org.billingcenter.audit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.tenancy.TenantContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads change history, always within the current tenant and, for an account's own people,
 * within their account. Envers' queries ignore Hibernate's tenant filter, so every query here
 * adds the tenant predicate on both the audited row and the revision, and the account predicate
 * on the row; an id of another tenant or account therefore yields an empty history.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    /** The property every tenant-owned entity keeps its {@code @TenantId} in. */
    static final String TENANT_PROPERTY = "tenantId";

    private final EntityManager entityManager;
    private final HistoryReader history;
    private final ChangeEntries entries;

    AuditService(EntityManager entityManager, HistoryReader history, ChangeEntries entries) {
        this.entityManager = entityManager;
        this.history = history;
        this.entries = entries;
    }

    /** One entity's revisions with its state after each; empty if the caller may not see it. */
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.OPERATOR})
    public List<Revision> historyOf(Class<?> entityType, Object id) {
        HistoryScope scope = HistoryScope.ofCaller(null);
        Optional<AuditedType> known = history.typeOf(scope, entityType);
        if (known.isEmpty() && !scope.staff()) {
            return List.of();
        }
        String tenant = TenantContext.require();
        AuditReader reader = AuditReaderFactory.get(entityManager);
        var query = reader.createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.property(TENANT_PROPERTY).eq(tenant))
                .add(AuditEntity.revisionProperty(TENANT_PROPERTY).eq(tenant));
        if (scope.account() != null) {
            String property = known.orElseThrow().accountProperty();
            query.add("id".equals(property) ? AuditEntity.id().eq(scope.account()) : AuditEntity.property(property).eq(scope.account()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        EntityPersister persister = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel().getEntityDescriptor(entityType);
        return rows.stream().map(row -> toRevision(persister, row)).toList();
    }

    /** The change history of the caller's account (staff: of the tenant, or of one account), newest first. */
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.OPERATOR})
    public List<Change> changes(HistoryQuery query) {
        return history.changes(HistoryScope.ofCaller(query.accountId()), query);
    }

    /**
     * A page of the change history as the reader reads it, in {@code locale}: labels, names beside
     * ids and formatted values; newest first, within the same bounds as {@link #changes}.
     */
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.OPERATOR})
    public List<ChangeEntry> entries(HistoryQuery query, Locale locale, int offset, int limit) {
        HistoryScope scope = HistoryScope.ofCaller(query.accountId());
        List<Change> all = history.changes(scope, query);
        int from = Math.min(all.size(), Math.max(0, offset));
        return entries.present(scope, all.subList(from, Math.min(all.size(), from + Math.max(0, limit))), locale);
    }

    /** How many changes {@link #entries} has for the query (at most the history's limit per read). */
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.OPERATOR})
    public int count(HistoryQuery query) {
        return history.changes(HistoryScope.ofCaller(query.accountId()), query).size();
    }

    /** The label of a record type in {@code locale}, for the history's filter. */
    public static String typeLabel(Locale locale, String type) {
        return HistoryLabels.type(locale, type);
    }

    /** The label of a field of a record type in {@code locale}, for an "as of" state. */
    public static String fieldLabel(Locale locale, String type, String field) {
        return ChangeEntries.label(locale, type, field);
    }

    /** An entity as it stood at a moment, if it existed then and the caller may see it. */
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.OPERATOR})
    public Optional<EntityState> stateAsOf(String entityType, long id, Instant at) {
        HistoryScope scope = HistoryScope.ofCaller(null);
        return history.type(scope, entityType).map(type -> history.asOf(scope, type, id, at.toEpochMilli()))
                .orElseGet(() -> history.feedAsOf(scope, entityType, id, at));
    }

    /** The same state in the reader's language: each field's label and its value as the screens show it. */
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.OPERATOR})
    public List<ChangeEntry.Field> shownState(EntityState state, Locale locale) {
        HistoryScope scope = HistoryScope.ofCaller(null);
        List<FieldChange> fields = state.fields().entrySet().stream()
                .map(field -> new FieldChange(field.getKey(), null, field.getValue())).toList();
        Change asChange = new Change(state.revision(), state.since(), "", null, null, state.entityType(), state.entityId(),
                Revision.ChangeKind.CHANGED, fields, state.fields());
        return entries.present(scope, List.of(asChange), locale).getFirst().fields();
    }

    /** The kinds of records whose history the caller may read, for the history's filter. */
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.OPERATOR})
    public List<String> historyTypes() {
        return history.visibleTypeNames(HistoryScope.ofCaller(null));
    }

    private static Revision toRevision(EntityPersister persister, Object[] row) {
        AuditRevision revision = (AuditRevision) row[1];
        return new Revision(revision.getId(), revision.getTimestamp(), revision.getActor(), revision.getClientAddress(),
                revision.getReason(), kindOf((RevisionType) row[2]), persister.getEntityName(),
                new java.util.LinkedHashMap<>(AuditValues.raw(persister, row[0])));
    }

    static Revision.ChangeKind kindOf(RevisionType type) {
        return switch (type) {
            case ADD -> Revision.ChangeKind.CREATED;
            case MOD -> Revision.ChangeKind.CHANGED;
            case DEL -> Revision.ChangeKind.DELETED;
        };
    }
}
