package org.billingcenter.ticket;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.billingcenter.shared.file.FileSignature;

/**
 * The kinds of file a ticket accepts, recognised by their first bytes: a renamed executable is
 * refused whatever its name says, and a file's name must agree with what its content is.
 */
enum AttachmentType {
    PNG(FileSignature.PNG),
    JPEG(FileSignature.JPEG),
    PDF(FileSignature.PDF),
    TEXT("text/plain", List.of("txt", "log", "csv"), null);

    private final String mediaType;
    private final List<String> extensions;
    private final FileSignature signature;

    AttachmentType(FileSignature signature) {
        this(signature.mediaType(), signature.extensions(), signature);
    }

    AttachmentType(String mediaType, List<String> extensions, FileSignature signature) {
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
            return signature.matches(content);
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
