package network.ddd.claim;

/**
 * An evidence document to download. Serve it with exactly {@link #contentType()},
 * {@code Content-Disposition: attachment} and {@code X-Content-Type-Options: nosniff}.
 */
public record EvidenceDocument(String fileName, String contentType, int size, String sha256, byte[] content) {
}
