package org.billingcenter.ticket;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of file a ticket accepts, recognised by their first bytes: a renamed executable is
 * refused whatever its name says, and a file's name must agree with what its content is.
 */
enum AttachmentType {
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    TEXT("text/plain", List.of("txt", "log", "csv"), null);

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] signature;

    AttachmentType(String mediaType, List<String> extensions, byte[] signature) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.signature = signature;
    }

    String mediaType() {
        return mediaType;
    }

    static List<String> allExtensions() {
        return Arrays.stream(values()).flatMap(type -> type.extensions.stream()).toList();
    }

    /** What the content is, if it is one of the accepted kinds; the name must then carry one of its extensions. */
    static Optional<AttachmentType> of(String fileName, byte[] content) {
        String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase() : "";
        return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst()
                .filter(type -> type.extensions.contains(extension));
    }

    private boolean matches(byte[] content) {
        if (signature != null) {
            return content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
        }
        return isPlainText(content);
    }

    /** Valid UTF-8 without control characters other than tab, line feed, carriage return and form feed. */
    private static boolean isPlainText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f);
        } catch (CharacterCodingException notText) {
            return false;
        }
    }
}
