package org.billingcenter.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two Owners of one account, each trying to demote the other at the same moment, many times over. */
class TwoOwnersDemotingEachOtherTest extends ApplicationTest {

    private static final int ROUNDS = 12;

    @Autowired
    TeamService team;

    @Test
    void theAccountAlwaysKeepsAnOwner() throws Exception {
        try (ExecutorService both = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < ROUNDS; round++) {
                SignedInUser first = newOwner(INTL);
                SignedInUser second = newMember(first, Role.ADMINISTRATOR);
                as(first, () -> team.changeRoles(List.of(memberId(first, second)), Role.OWNER));
                long firstId = memberId(first, first);
                long secondId = memberId(first, second);

                CyclicBarrier start = new CyclicBarrier(2);
                Future<Boolean> firstDemotes = both.submit(() -> demote(first, secondId, start));
                Future<Boolean> secondDemotes = both.submit(() -> demote(second, firstId, start));
                int demoted = (firstDemotes.get() ? 1 : 0) + (secondDemotes.get() ? 1 : 0);

                List<TeamMember> members = as(first, () -> team.members());
                assertThat(members).filteredOn(m -> m.role() == Role.OWNER).as("Owners after round %d", round).hasSize(1);
                assertThat(demoted).isEqualTo(1);
            }
        }
    }

    /** True when the demotion went through; a refusal is what the loser of the race should see. */
    private boolean demote(SignedInUser actor, long memberId, CyclicBarrier start) throws Exception {
        start.await();
        try {
            as(actor, () -> team.changeRoles(List.of(memberId), Role.ADMINISTRATOR));
            return true;
        } catch (RuntimeException refused) {
            assertThat(refused).hasMessageMatching(".*team\\.(lastOwner|onlyOwnerChangesAdministrators|roleNotGrantable).*");
            return false;
        }
    }

    private long memberId(SignedInUser reader, SignedInUser who) {
        return as(reader, () -> team.members()).stream().filter(m -> m.email().equals(who.email())).findFirst().orElseThrow().id();
    }
}
