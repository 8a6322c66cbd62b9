package org.billingcenter.account;

import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.persistence.AfterCommit;

/**
 * Ends every session of a person but the one asking. The person's session generation goes up;
 * each request of an older session is refused by AccessRefresh, which reads the generation from
 * the database, so sessions on every application node end. The asking session moves to the new
 * generation, but only once the change is committed: a rolled-back change leaves it as it was.
 */
final class OtherSessions {

    private OtherSessions() {
    }

    static void end(User user) {
        long generation = user.startSessionGeneration();
        long userId = user.getId();
        AfterCommit.run(() -> CurrentUser.get().filter(me -> me.userId() == userId)
                .ifPresent(me -> CurrentUser.replace(me.withSessionGeneration(generation))));
    }
}
