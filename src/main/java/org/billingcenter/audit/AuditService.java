package org.billingcenter.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * Reads change history, always within the current tenant. Envers' queries ignore Hibernate's
 * tenant filter, so every query here adds the tenant predicate on both the audited row and the
 * revision; an id of another tenant therefore yields an empty history, not someone else's.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    /** The property every tenant-owned entity keeps its {@code @TenantId} in. */
    static final String TENANT_PROPERTY = "tenantId";

    private final EntityManager entityManager;

    AuditService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @RolesAllowed({Role.Names.AUDITOR, Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.OPERATOR})
    public List<Revision> historyOf(Class<?> entityType, Object id) {
        String tenant = TenantContext.require();
        AuditReader reader = AuditReaderFactory.get(entityManager);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.property(TENANT_PROPERTY).eq(tenant))
                .add(AuditEntity.revisionProperty(TENANT_PROPERTY).eq(tenant))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        EntityPersister persister = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel().getEntityDescriptor(entityType);
        return rows.stream().map(row -> toRevision(persister, row)).toList();
    }

    private static Revision toRevision(EntityPersister persister, Object[] row) {
        AuditRevision revision = (AuditRevision) row[1];
        return new Revision(revision.getId(), revision.getTimestamp(), revision.getActor(), revision.getClientAddress(),
                revision.getReason(), kindOf((RevisionType) row[2]), persister.getEntityName(), stateOf(persister, row[0]));
    }

    /** The entity's mapped fields by name, in mapping order; the tenant key is left out as noise. */
    private static Map<String, Object> stateOf(EntityPersister persister, Object entity) {
        Map<String, Object> state = new LinkedHashMap<>();
        String[] names = persister.getPropertyNames();
        Object[] values = persister.getValues(entity);
        for (int i = 0; i < names.length; i++) {
            if (!TENANT_PROPERTY.equals(names[i])) {
                state.put(names[i], values[i]);
            }
        }
        return state;
    }

    private static Revision.ChangeKind kindOf(RevisionType type) {
        return switch (type) {
            case ADD -> Revision.ChangeKind.CREATED;
            case MOD -> Revision.ChangeKind.CHANGED;
            case DEL -> Revision.ChangeKind.DELETED;
        };
    }
}
