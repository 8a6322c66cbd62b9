package org.billingcenter.workspace;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkspaceRepository extends JpaRepository<Workspace, Long> {

    List<Workspace> findByAccountIdOrderByName(long accountId);

    List<Workspace> findByAccountIdAndStatus(long accountId, WorkspaceStatus status);

    List<Workspace> findByIdIn(Collection<Long> ids);

    boolean existsByAccountIdAndNameAndStatus(long accountId, String name, WorkspaceStatus status);
}
