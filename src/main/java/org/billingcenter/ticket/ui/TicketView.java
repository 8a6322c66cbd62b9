package org.billingcenter.ticket.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
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
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.ticket.TicketDetail;
import org.billingcenter.ticket.TicketProperties;
import org.billingcenter.ticket.TicketService;
import org.billingcenter.ticket.TicketStatus;
import org.billingcenter.ticket.TicketSummary;

/** One of the account's tickets: its thread, a reply with files, closing it and rating the answer. */
@Route("support/ticket")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR})
public class TicketView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final H2 subject = new H2();
    final Span facts = new Span();
    final TextArea reply = new TextArea();
    final Button send = new Button();
    final Button close = new Button();
    final Select<Integer> stars = new Select<>();
    final TextField ratingComment = new TextField();
    final Button rate = new Button();
    final Span rating = new Span();
    final RouterLink back = new RouterLink();
    final AttachmentPicker files;

    private final TicketService tickets;
    private final TicketFormat format;
    private final boolean canWrite = !CurrentUser.require().has(Role.AUDITOR);
    private final VerticalLayout content = new VerticalLayout();
    private long ticketId;

    public TicketView(TicketService tickets, TenantRegistry tenants, TicketProperties limits) {
        this.tickets = tickets;
        this.format = new TicketFormat(tenants.current().timeZone(), this);
        subject.setId("ticket-heading");
        facts.setId("ticket-facts");
        reply.setLabel(getTranslation("ticket.reply"));
        reply.setId("reply-text");
        reply.setMaxLength(4000);
        reply.setWidthFull();
        files = new AttachmentPicker(limits, "reply-files");
        send.setText(getTranslation("ticket.send"));
        send.setId("reply-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> act(() -> tickets.reply(ticketId, reply.getValue(), files.files()), "ticket.replySent"));
        close.setText(getTranslation("ticket.close"));
        close.setId("ticket-close");
        close.addClickListener(click -> act(() -> tickets.close(ticketId), "ticket.closedDone"));
        stars.setLabel(getTranslation("ticket.rating"));
        stars.setId("rating-stars");
        stars.setItems(5, 4, 3, 2, 1);
        stars.setItemLabelGenerator(n -> "★".repeat(n));
        ratingComment.setLabel(getTranslation("ticket.ratingComment"));
        ratingComment.setId("rating-comment");
        ratingComment.setMaxLength(500);
        rate.setText(getTranslation("ticket.rate"));
        rate.setId("rating-submit");
        rate.addClickListener(click -> {
            if (stars.getValue() == null) {
                Forms.showError(stars, getTranslation("validation.required"));
                return;
            }
            act(() -> tickets.rate(ticketId, stars.getValue(), ratingComment.getValue()), "ticket.rated");
        });
        rating.setId("ticket-rating");
        Forms.clearErrorOnEdit(reply, stars);
        content.setPadding(false);
        back.setText(getTranslation("ticket.backToList"));
        back.setRoute(TicketsView.class);
        back.setId("ticket-back");
        add(back, subject, facts, content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        ticketId = id;
        show();
    }

    private void show() {
        TicketDetail detail;
        try {
            detail = tickets.myTicket(ticketId);
        } catch (BusinessRuleException notFound) {
            subject.setText(getTranslation(notFound.messageKey()));
            facts.setText("");
            content.removeAll();
            return;
        }
        TicketSummary ticket = detail.ticket();
        subject.setText("#" + ticket.id() + " " + ticket.subject());
        facts.setText(String.join(" · ", format.type(ticket.type()), format.status(ticket.status()),
                getTranslation("ticket.openedAt", format.time(ticket.createdAt())),
                getTranslation("ticket.updatedAt", format.time(ticket.updatedAt()))));
        content.removeAll();
        content.add(new ThreadPanel(detail.thread(), format, attachment -> tickets.attachment(ticketId, attachment)));
        if (ticket.rating() != null) {
            rating.setText(getTranslation("ticket.ratedAs", "★".repeat(ticket.rating()),
                    ticket.ratingComment() == null ? "" : ticket.ratingComment()));
            content.add(rating);
        }
        if (!canWrite) {
            return;
        }
        if (ticket.status() != TicketStatus.CLOSED) {
            content.add(reply, files, new HorizontalLayout(send, close));
        }
        if (ticket.rating() == null && (ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CLOSED)) {
            HorizontalLayout rateRow = new HorizontalLayout(stars, ratingComment, rate);
            rateRow.setAlignItems(FlexComponent.Alignment.BASELINE);
            content.add(rateRow);
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            reply.clear();
            files.reset();
            Forms.notifySuccess(getTranslation(doneKey));
            show();
        } catch (BusinessRuleException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            if (refused.messageKey().equals("ticket.messageRequired") || refused.messageKey().equals("ticket.tooLong")) {
                Forms.showError(reply, message);
            } else {
                Forms.notifyError(message);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ticket.title");
    }
}
