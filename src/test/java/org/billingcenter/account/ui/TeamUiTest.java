package org.billingcenter.account.ui;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.mvysny.kaributesting.v10.MockVaadin;

import org.billingcenter.account.InvitationService;
import org.billingcenter.account.TeamService;
import org.billingcenter.notification.Outbox;
import org.billingcenter.notification.OutboxEntry;
import org.billingcenter.security.AccessRefresh;
import org.billingcenter.support.UiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** What the team pages' tests share: finding by id, typing, the outbox, and a session's next request. */
abstract class TeamUiTest extends UiTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/invitation/([A-Za-z0-9_-]+)");

    @Autowired
    protected TeamService team;
    @Autowired
    protected InvitationService invitations;
    @Autowired
    protected Outbox outbox;
    @Autowired
    protected AccessRefresh accessRefresh;

    /** The token of the newest invitation link mailed to the address, read as the tenant's staff would. */
    protected String invitationTokenSentTo(String tenantId, String address) {
        List<OutboxEntry> mails = as(newOperator(tenantId), () -> outbox.recent(org.springframework.data.domain.PageRequest.of(0, 200)))
                .stream().filter(mail -> mail.recipient().equalsIgnoreCase(address)).toList();
        Matcher link = LINK.matcher(mails.getFirst().body());
        if (!link.find()) {
            throw new AssertionError("No invitation link in: " + mails.getFirst().body());
        }
        return link.group(1);
    }

    /** Another person at another desk: a fresh browser, nobody signed in. */
    protected void newBrowser(String tenantId) {
        MockVaadin.tearDown();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        openPortal(tenantId);
    }

    /** What happens at the start of every request of an open session: the sign-in is brought up to date. */
    protected void nextRequest() {
        accessRefresh.refresh();
    }
}
