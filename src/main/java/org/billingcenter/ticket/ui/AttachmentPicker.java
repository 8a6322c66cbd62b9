package org.billingcenter.ticket.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.vaadin.flow.component.upload.Upload;

import org.billingcenter.shared.ui.BoundedUpload;
import org.billingcenter.ticket.NewAttachment;
import org.billingcenter.ticket.TicketProperties;

/**
 * Collects the files sent with a message. The browser is told the limits so most mistakes are
 * caught there, but only the service's check of the content decides what is accepted.
 */
class AttachmentPicker extends Upload {

    private final List<NewAttachment> files = Collections.synchronizedList(new ArrayList<>());
    private final BoundedUpload handler;

    AttachmentPicker(TicketProperties limits, String id) {
        setId(id);
        handler = new BoundedUpload(limits.maxAttachmentSize().toBytes(), limits.maxAttachments(),
                (metadata, content) -> files.add(new NewAttachment(metadata.fileName(), content)));
        setUploadHandler(handler);
        setMaxFiles(limits.maxAttachments());
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxAttachmentSize().toBytes()));
        setAcceptedFileTypes(limits.acceptedExtensions().toArray(String[]::new));
        addFileRemovedListener(removed -> {
            if (files.removeIf(file -> file.fileName().equals(removed.getFileName()))) {
                handler.removed();
            }
        });
    }

    List<NewAttachment> files() {
        synchronized (files) {
            return List.copyOf(files);
        }
    }

    void reset() {
        files.clear();
        handler.reset();
        clearFileList();
    }
}
