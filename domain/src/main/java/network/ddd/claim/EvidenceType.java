package network.ddd.claim;

import java.util.Arrays;
import java.util.Optional;

/**
 * The document types accepted as evidence, recognised by their first bytes (magic numbers), never by the file name
 * or the content type the browser sent.
 */
public enum EvidenceType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String contentType;
    private final String extension;
    private final byte[] magic;

    EvidenceType(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    /** The type whose magic number the content starts with. */
    public static Optional<EvidenceType> sniff(byte[] content) {
        return Arrays.stream(values()).filter(t -> t.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        return content != null && content.length > magic.length
                && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** The content type to serve it with. */
    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<EvidenceType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
    }
}
