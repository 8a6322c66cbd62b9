package org.billingcenter.ticket.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.audit.Revision;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.ticket.TicketDeskService;
import org.billingcenter.ticket.TicketDetail;
import org.billingcenter.ticket.TicketProperties;
import org.billingcenter.ticket.TicketStatus;
import org.billingcenter.ticket.TicketSummary;

/**
 * A ticket at the support desk: the whole thread with internal notes, taking it, replying (and
 * where the ticket goes next), notes the customer never sees, status changes with a reason, and
 * the audit history of who did what.
 */
@Route("operator/ticket")
@RolesAllowed(Role.Names.OPERATOR)
public class DeskTicketView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final H2 subject = new H2();
    final Span facts = new Span();
    final TextField assignReason = new TextField();
    final Button assign = new Button();
    final TextArea reply = new TextArea();
    final Select<TicketStatus> replyNext = new Select<>();
    final Button send = new Button();
    final AttachmentPicker files;
    final TextArea note = new TextArea();
    final Button addNote = new Button();
    final Select<TicketStatus> newStatus = new Select<>();
    final TextField statusReason = new TextField();
    final Button changeStatus = new Button();
    final Grid<Revision> history = new Grid<>();
    /** To the console by path: the console embeds this package's queue, so a class link would run both ways. */
    final Anchor back = new Anchor("operator", "");

    private final TicketDeskService desk;
    private final TicketFormat format;
    private final VerticalLayout thread = new VerticalLayout();
    private long ticketId;

    public DeskTicketView(TicketDeskService desk, TenantRegistry tenants, TicketProperties limits) {
        this.desk = desk;
        this.format = new TicketFormat(tenants.current().timeZone(), this);
        subject.setId("desk-heading");
        facts.setId("desk-facts");
        thread.setPadding(false);
        assignReason.setLabel(getTranslation("desk.assignReason"));
        assignReason.setId("assign-reason");
        assign.setText(getTranslation("desk.assignToMe"));
        assign.setId("assign-to-me");
        assign.addClickListener(click -> act(() -> desk.assignToMe(ticketId, assignReason.getValue()), "desk.assigned", assignReason));

        reply.setLabel(getTranslation("desk.reply"));
        reply.setId("desk-reply");
        reply.setMaxLength(4000);
        reply.setWidthFull();
        replyNext.setLabel(getTranslation("desk.replyNext"));
        replyNext.setId("desk-reply-next");
        replyNext.setItems(TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CUSTOMER, TicketStatus.RESOLVED);
        replyNext.setItemLabelGenerator(format::status);
        replyNext.setValue(TicketStatus.WAITING_FOR_CUSTOMER);
        files = new AttachmentPicker(limits, "desk-reply-files");
        send.setText(getTranslation("ticket.send"));
        send.setId("desk-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> act(() -> desk.reply(ticketId, reply.getValue(), replyNext.getValue(), files.files()),
                "ticket.replySent", reply));

        note.setLabel(getTranslation("desk.note"));
        note.setId("desk-note");
        note.setMaxLength(4000);
        note.setWidthFull();
        addNote.setText(getTranslation("desk.addNote"));
        addNote.setId("desk-add-note");
        addNote.addClickListener(click -> act(() -> desk.addInternalNote(ticketId, note.getValue()), "desk.noteAdded", note));

        newStatus.setLabel(getTranslation("ticket.column.status"));
        newStatus.setId("desk-status");
        newStatus.setItems(TicketStatus.SET_BY_STAFF.stream().sorted().toList());
        newStatus.setItemLabelGenerator(format::status);
        statusReason.setLabel(getTranslation("desk.statusReason"));
        statusReason.setId("desk-status-reason");
        statusReason.setMaxLength(500);
        changeStatus.setText(getTranslation("desk.changeStatus"));
        changeStatus.setId("desk-change-status");
        changeStatus.addClickListener(click -> act(() -> desk.changeStatus(ticketId, newStatus.getValue(), statusReason.getValue()),
                "desk.statusChanged", statusReason));
        Forms.clearErrorOnEdit(assignReason, reply, note, statusReason);

        history.setId("desk-history");
        history.addColumn(r -> format.time(r.at())).setHeader(getTranslation("desk.history.time")).setKey("time");
        history.addColumn(Revision::actor).setHeader(getTranslation("desk.history.actor")).setKey("actor");
        history.addColumn(revision -> Message.render(revision.reason(), getLocale())).setHeader(getTranslation("desk.history.reason")).setKey("reason").setFlexGrow(3);
        history.setAllRowsVisible(true);

        back.setText(getTranslation("desk.backToConsole"));
        back.setId("desk-back");
        add(back, subject, facts, row(assignReason, assign), thread,
                new H3(getTranslation("desk.reply")), reply, files, row(replyNext, send),
                new H3(getTranslation("desk.note")), note, addNote,
                new H3(getTranslation("desk.changeStatus")), row(newStatus, statusReason, changeStatus),
                new H3(getTranslation("desk.history")), history);
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        ticketId = id;
        show();
    }

    private void show() {
        TicketDetail detail;
        try {
            detail = desk.ticket(ticketId);
        } catch (BusinessRuleException notFound) {
            // Another tenant's ticket is "not found" too: nothing of it is shown, not even that it exists.
            removeAll();
            subject.setText(getTranslation(notFound.messageKey()));
            add(back, subject);
            return;
        }
        TicketSummary ticket = detail.ticket();
        subject.setText("#" + ticket.id() + " " + ticket.subject());
        facts.setText(String.join(" · ", getTranslation("desk.account", ticket.accountId()), ticket.openedBy(),
                format.type(ticket.type()), format.status(ticket.status()),
                ticket.assignee() == null ? getTranslation("desk.unassigned") : getTranslation("desk.assignedTo", ticket.assignee()),
                getTranslation("ticket.openedAt", format.time(ticket.createdAt()))));
        thread.removeAll();
        thread.add(new ThreadPanel(detail.thread(), format, attachment -> desk.attachment(ticketId, attachment)));
        boolean open = ticket.status() != TicketStatus.CLOSED;
        reply.setEnabled(open);
        send.setEnabled(open);
        changeStatus.setEnabled(open);
        history.setItems(desk.history(ticketId));
    }

    private void act(Runnable action, String doneKey, com.vaadin.flow.component.HasValue<?, ?> field) {
        try {
            action.run();
            field.clear();
            files.reset();
            Forms.notifySuccess(getTranslation(doneKey));
            show();
        } catch (BusinessRuleException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            if (field instanceof com.vaadin.flow.component.HasValidation validated) {
                Forms.showError(validated, message);
            } else {
                Forms.notifyError(message);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.title");
    }
}
