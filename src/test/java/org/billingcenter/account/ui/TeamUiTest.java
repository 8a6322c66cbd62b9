package org.billingcenter.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

import org.billingcenter.account.InvitationService;
import org.billingcenter.account.TeamService;
import org.billingcenter.notification.Outbox;
import org.billingcenter.notification.OutboxEntry;
import org.billingcenter.security.AccessRefresh;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.Input;
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

    protected static void click(String id) {
        _click(_get(Button.class, s -> s.withId(id)));
    }

    protected static <C extends Component> C find(Class<C> type, String id) {
        return _get(type, s -> s.withId(id));
    }

    protected static <V> void type(Class<? extends AbstractField<?, V>> type, String id, V value) {
        Input.type(find(type, id), value);
    }

    protected static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

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

    protected void switchTo(SignedInUser user) {
        MockVaadin.tearDown();
        signIn(user);
    }

    /** What happens at the start of every request of an open session: the sign-in is brought up to date. */
    protected void nextRequest() {
        accessRefresh.refresh();
    }
}
