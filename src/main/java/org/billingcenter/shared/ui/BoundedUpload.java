package org.billingcenter.shared.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

/**
 * An upload kept in memory only within limits the server enforces itself: the browser's
 * {@code maxFileSize} and {@code maxFiles} are advice a hand-made request ignores. Vaadin refuses a
 * request whose declared length or file count is too large before reading it; a body without a
 * declared length (chunked) is read at most one byte past the limit and then refused, so no
 * upload ever holds more than the limit in memory. Files past the count are refused unread until
 * {@link #reset()} (the form was sent or cleared) or {@link #removed()} (the person removed one).
 */
public final class BoundedUpload implements UploadHandler {

    private final long maxBytes;
    private final int maxFiles;
    private final InMemoryUploadCallback whenAccepted;
    private final AtomicInteger held = new AtomicInteger();

    public BoundedUpload(long maxBytes, int maxFiles, InMemoryUploadCallback whenAccepted) {
        if (maxBytes <= 0 || maxFiles <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + " bytes, " + maxFiles + " files");
        }
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
        this.whenAccepted = whenAccepted;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            event.reject("file too large");
            return;
        }
        if (held.incrementAndGet() > maxFiles) {
            held.decrementAndGet();
            event.reject("too many files");
            return;
        }
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
        }
        if (content.length > maxBytes) {
            held.decrementAndGet();
            event.reject("file too large");
            return;
        }
        whenAccepted.complete(new UploadMetadata(event.getFileName(), event.getContentType(), content.length), content);
    }

    /** A file the person removed no longer counts towards the limit. */
    public void removed() {
        held.updateAndGet(n -> Math.max(0, n - 1));
    }

    /** Nothing is held any more (the files were sent, or the form cleared). */
    public void reset() {
        held.set(0);
    }

    @Override
    public long getRequestSizeMax() {
        // The file plus a multipart envelope (boundaries, headers of each part).
        return maxBytes * maxFiles + 64 * 1024;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return maxFiles;
    }
}
