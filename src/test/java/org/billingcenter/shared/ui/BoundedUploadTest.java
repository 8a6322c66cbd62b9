package org.billingcenter.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;

import org.junit.jupiter.api.Test;

/**
 * Uploads sent by hand, ignoring what the browser was told: a file declared too large, a file of
 * unknown length that never ends, one file more than allowed. None is held; the endless one is read
 * only one byte past the limit.
 */
class BoundedUploadTest {

    static final int LIMIT = 1024;

    final List<byte[]> accepted = new ArrayList<>();
    final BoundedUpload upload = new BoundedUpload(LIMIT, 2, (metadata, content) -> accepted.add(content));

    @Test
    void aFileDeclaredLargerThanTheLimitIsRefusedUnread() throws IOException {
        Endless body = new Endless();
        UploadEvent event = event(body, LIMIT * 1000L);
        upload.handleUploadRequest(event);
        assertThat(event.isRejected()).isTrue();
        assertThat(body.read).isZero();
        assertThat(accepted).isEmpty();
    }

    @Test
    void aFileOfUnknownLengthIsReadOnlyOneBytePastTheLimit() throws IOException {
        Endless body = new Endless();
        UploadEvent event = event(body, -1);
        upload.handleUploadRequest(event);
        assertThat(event.isRejected()).isTrue();
        assertThat(body.read).isEqualTo(LIMIT + 1);
        assertThat(accepted).isEmpty();
    }

    @Test
    void filesPastTheCountAreRefusedUntilTheFormIsCleared() throws IOException {
        upload.handleUploadRequest(event(new Sized(10), 10));
        upload.handleUploadRequest(event(new Sized(10), 10));
        UploadEvent third = event(new Sized(10), 10);
        upload.handleUploadRequest(third);
        assertThat(third.isRejected()).isTrue();
        assertThat(accepted).hasSize(2);

        upload.reset();
        upload.handleUploadRequest(event(new Sized(LIMIT), LIMIT));
        assertThat(accepted).hasSize(3);
        assertThat(accepted.get(2)).hasSize(LIMIT);
    }

    @Test
    void vaadinIsToldTheLimitsToo() {
        assertThat(upload.getFileSizeMax()).isEqualTo(LIMIT);
        assertThat(upload.getFileCountMax()).isEqualTo(2);
        assertThat(upload.getRequestSizeMax()).isGreaterThanOrEqualTo(2L * LIMIT);
    }

    private static UploadEvent event(InputStream body, long declared) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, mock(VaadinResponse.class), mock(VaadinSession.class), "file.csv", declared, "text/csv",
                null, null);
    }

    /** A body that never ends, counting what was taken from it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            read += len;
            return len;
        }
    }

    static final class Sized extends InputStream {
        private int left;

        Sized(int size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 'x' : -1;
        }
    }
}
