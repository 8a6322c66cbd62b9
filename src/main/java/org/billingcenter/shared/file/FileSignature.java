package org.billingcenter.shared.file;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Binary file kinds recognised by their first bytes, not by what their name claims: a renamed
 * executable is refused whatever its name says, and the name must agree with the content.
 */
public enum FileSignature {
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] magic;

    FileSignature(String mediaType, List<String> extensions, byte[] magic) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** Whether the content starts as this kind of file does. */
    public boolean matches(byte[] content) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** Whether a file of this name carries one of this kind's extensions. */
    public boolean named(String fileName) {
        return extensions.contains(extensionOf(fileName));
    }

    /** The kind among the accepted ones that the content is, provided its name agrees. */
    public static Optional<FileSignature> of(String fileName, byte[] content, List<FileSignature> accepted) {
        return accepted.stream().filter(kind -> kind.matches(content)).findFirst().filter(kind -> kind.named(fileName));
    }

    public static String extensionOf(String fileName) {
        return fileName != null && fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase() : "";
    }
}
