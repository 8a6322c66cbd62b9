package org.billingcenter.ticket.ui;

import java.io.OutputStream;
import java.util.List;
import java.util.function.LongFunction;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.billingcenter.ticket.AttachmentFile;
import org.billingcenter.ticket.AttachmentInfo;
import org.billingcenter.ticket.EntryKind;
import org.billingcenter.ticket.TicketMessage;

/**
 * A ticket's thread, oldest first. Bodies, names and file names are set as text, so markup a
 * customer typed is shown as the characters it is and never interpreted by the browser.
 */
class ThreadPanel extends Div {

    ThreadPanel(List<TicketMessage> thread, TicketFormat format, LongFunction<AttachmentFile> download) {
        setId("ticket-thread");
        addClassName("bc-thread");
        thread.forEach(message -> add(entry(message, format, download)));
    }

    private Div entry(TicketMessage message, TicketFormat format, LongFunction<AttachmentFile> download) {
        Div entry = new Div();
        entry.setId("entry-" + message.id());
        entry.addClassName("bc-thread-entry");
        entry.addClassName(switch (message.kind()) {
            case MESSAGE -> message.staff() ? "bc-thread-staff" : "bc-thread-customer";
            case INTERNAL_NOTE -> "bc-thread-note";
            case STATUS_CHANGE -> "bc-thread-status";
        });
        String who = message.author() + (message.staff() ? " · " + getTranslation("ticket.staff") : "");
        Span header = new Span(who + " · " + format.time(message.at())
                + (message.kind() == EntryKind.INTERNAL_NOTE ? " · " + getTranslation("ticket.internalNote") : ""));
        header.addClassName("bc-thread-header");
        entry.add(header);
        if (message.kind() == EntryKind.STATUS_CHANGE) {
            entry.add(new Paragraph(getTranslation("ticket.statusChanged", format.status(message.newStatus()))));
        }
        if (message.body() != null) {
            Paragraph body = new Paragraph(message.body());
            body.addClassName("bc-thread-body");
            body.getStyle().set("white-space", "pre-wrap");
            entry.add(body);
        }
        for (AttachmentInfo file : message.attachments()) {
            Anchor link = new Anchor(handler(file, download), AttachmentType.DOWNLOAD, file.fileName());
            link.setId("attachment-" + file.id());
            entry.add(new Div(link));
        }
        return entry;
    }

    private static DownloadHandler handler(AttachmentInfo file, LongFunction<AttachmentFile> download) {
        return event -> {
            AttachmentFile content = download.apply(file.id());
            event.setFileName(content.fileName());
            // Never rendered inline: a file is offered for download under its checked type.
            event.setContentType(content.contentType());
            try (OutputStream out = event.getOutputStream()) {
                out.write(content.content());
            }
        };
    }
}
