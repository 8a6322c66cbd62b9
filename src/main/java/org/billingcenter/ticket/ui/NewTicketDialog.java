package org.billingcenter.ticket.ui;

import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.ticket.NewTicket;
import org.billingcenter.ticket.TicketProperties;
import org.billingcenter.ticket.TicketService;

/** Opens a ticket: a type from the tenant's list, a subject, the details and optional files. */
class NewTicketDialog extends Dialog {

    final Select<String> type = new Select<>();
    final TextField subject = new TextField();
    final TextArea details = new TextArea();
    final AttachmentPicker files;
    final Button submit = new Button();

    NewTicketDialog(TicketService tickets, TicketProperties limits, TicketFormat format, LongConsumer onOpened) {
        setId("new-ticket-dialog");
        setHeaderTitle(getTranslation("ticket.new"));
        type.setLabel(getTranslation("ticket.column.type"));
        type.setId("ticket-type");
        type.setItems(tickets.ticketTypes());
        type.setItemLabelGenerator(format::type);
        subject.setLabel(getTranslation("ticket.column.subject"));
        subject.setId("ticket-subject");
        subject.setMaxLength(200);
        subject.setWidthFull();
        details.setLabel(getTranslation("ticket.details"));
        details.setId("ticket-details");
        details.setMaxLength(4000);
        details.setWidthFull();
        files = new AttachmentPicker(limits, "ticket-files");
        Forms.clearErrorOnEdit(type, subject, details);
        add(type, subject, details, files);

        submit.setText(getTranslation("ticket.submit"));
        submit.setId("ticket-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> {
            try {
                long id = tickets.open(new NewTicket(type.getValue(), subject.getValue(), details.getValue(), files.files()));
                close();
                Forms.notifySuccess(getTranslation("ticket.opened", id));
                onOpened.accept(id);
            } catch (BusinessRuleException refused) {
                String message = getTranslation(refused.messageKey(), refused.arguments());
                switch (refused.messageKey()) {
                    case "ticket.typeRequired" -> Forms.showError(type, message);
                    case "ticket.subjectRequired" -> Forms.showError(subject, message);
                    case "ticket.messageRequired", "ticket.tooLong" -> Forms.showError(details, message);
                    default -> Forms.notifyError(message);
                }
            } finally {
                submit.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, submit);
    }
}
