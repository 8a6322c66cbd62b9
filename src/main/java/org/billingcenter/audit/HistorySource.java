package org.billingcenter.audit;

import java.util.List;

/** Implemented by each feature that audits entities, so the change history knows how to scope them. */
public interface HistorySource {

    List<AuditedType> auditedTypes();
}
