package org.billingcenter.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.billingcenter.audit.Revision;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.Test;

/** Changes to an account are audited with who, when, why and the state after the change. */
class ProfileAuditTest extends ApplicationTest {

    @Test
    void aProfileChangeIsRecordedWithActorReasonAndNewValues() {
        SignedInUser owner = newOwner(INTL);
        clock.advance(java.time.Duration.ofHours(2));
        as(owner, () -> accounts.updateProfile(new AccountProfile("Renamed Ltd", "Logistics", "EMEA", "We ship", "Kim",
                "kim@example.com", "+44 20 7946 0000")));

        List<Revision> history = as(owner, () -> accounts.profileHistory());

        assertThat(history).hasSize(2);
        assertThat(history.get(0).kind()).isEqualTo(Revision.ChangeKind.CREATED);
        Revision change = history.get(1);
        assertThat(change.kind()).isEqualTo(Revision.ChangeKind.CHANGED);
        assertThat(change.actor()).isEqualTo(owner.email());
        assertThat(Message.render(change.reason(), Locale.ENGLISH)).isEqualTo("Profile updated");
        assertThat(change.state()).containsEntry("enterpriseName", "Renamed Ltd").containsEntry("industry", "Logistics")
                .doesNotContainKey("tenantId");
    }
}
