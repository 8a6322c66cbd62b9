package org.billingcenter.notification.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.notification.AccountNotification;
import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.data.domain.PageRequest;

/** The account's notification centre, newest first; unread lines are marked and can be marked read. */
@Route("notifications")
@Menu(order = 65, title = "menu.notifications")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR})
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final Span unread = new Span();
    final Button markAllRead = new Button();
    final Grid<AccountNotification> grid = new Grid<>();

    private final Notifications notifications;

    public NotificationsView(Notifications notifications, TenantRegistry tenants) {
        this.notifications = notifications;
        var zone = tenants.current().timeZone();
        unread.setId("notifications-unread");
        markAllRead.setText(getTranslation("notification.markAllRead"));
        markAllRead.setId("notifications-mark-all-read");
        markAllRead.addClickListener(click -> {
            notifications.markAllRead();
            refresh();
        });
        grid.setId("notifications-grid");
        grid.addColumn(n -> n.read() ? "" : "●").setHeader("").setKey("unread").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> TIME.format(n.createdAt().atZone(zone))).setHeader(getTranslation("notification.column.time"))
                .setKey("time");
        grid.addColumn(n -> kind(n.kind())).setHeader(getTranslation("notification.column.kind")).setKey("kind");
        grid.addColumn(n -> n.text(getLocale())).setHeader(getTranslation("notification.column.text")).setKey("text").setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("notification.empty"));
        grid.setItems(query -> notifications.mine(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(notifications.mine(PageRequest.of(0, 1)).getTotalElements()));
        grid.addItemClickListener(click -> {
            if (!click.getItem().read()) {
                notifications.markRead(click.getItem().id());
                refresh();
            }
        });
        HorizontalLayout bar = new HorizontalLayout(unread, markAllRead);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("notification.title")), bar, grid);
        showUnread();
    }

    /** Kinds come from the features that notify; one without a translation shows as its code. */
    private String kind(String kind) {
        String key = "notification.kind." + kind;
        String label = getTranslation(key);
        return label == null || label.contains(key) ? kind : label;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showUnread();
    }

    private void showUnread() {
        unread.setText(getTranslation("notification.unread", notifications.unreadCount()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
