package network.ddd.claim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A document that shows a firm is who it claims to be (a business registration certificate, 사업자등록증): a PDF,
 * JPEG or PNG of at most {@value #MAX_MB} MB. The type is read from the content's first bytes; the name the
 * browser sent is kept for display only, reduced to its last path segment.
 *
 * <p>Immutable: the content is copied in and out.
 */
public final class Evidence {
    public static final int MAX_MB = 10;
    public static final int MAX_BYTES = MAX_MB * 1024 * 1024;
    public static final int MAX_NAME = 200;

    private final String fileName;
    private final EvidenceType type;
    private final byte[] content;

    private Evidence(String fileName, EvidenceType type, byte[] content) {
        this.fileName = fileName;
        this.type = type;
        this.content = content;
    }

    /**
     * Checks an upload.
     *
     * @param fileName the name the browser sent (may carry a path, may be blank)
     * @param content  the bytes
     * @throws InvalidEvidenceException empty, larger than {@value #MAX_MB} MB, or not a PDF, JPEG or PNG
     */
    public static Evidence of(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidEvidenceException(InvalidEvidenceException.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidEvidenceException(InvalidEvidenceException.TOO_LARGE, MAX_MB);
        }
        EvidenceType type = EvidenceType.sniff(content)
                .orElseThrow(() -> new InvalidEvidenceException(InvalidEvidenceException.TYPE));
        return new Evidence(displayName(fileName, type), type, content.clone());
    }

    /** The last path segment, NFC, without control characters, at most {@value #MAX_NAME} characters. */
    static String displayName(String fileName, EvidenceType type) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "evidence." + type.extension();
        }
        return name.length() <= MAX_NAME ? name : name.substring(name.length() - MAX_NAME);
    }

    public String fileName() {
        return fileName;
    }

    public EvidenceType type() {
        return type;
    }

    public int size() {
        return content.length;
    }

    public byte[] content() {
        return content.clone();
    }

    /** Hex SHA-256 of the content, kept so a document can be recognised without reading it. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Evidence that && fileName.equals(that.fileName) && type == that.type
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Evidence[" + fileName + " " + type + " " + content.length + " bytes]";
    }
}
