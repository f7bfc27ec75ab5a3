package network.ddd.claim;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The stored evidence document of a claim, in a table of its own so lists of claims never read the bytes.
 * Immutable once stored (no version: nothing updates it).
 */
@Entity
@Table(name = "claim_evidence")
@NamedQuery(name = ClaimEvidence.OF_CLAIM, query = "select e from ClaimEvidence e where e.claimId = :claimId")
public class ClaimEvidence {
    public static final String OF_CLAIM = "ClaimEvidence.ofClaim";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private long claimId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected ClaimEvidence() {
        // for JPA
    }

    public ClaimEvidence(long claimId, Evidence evidence, Instant now) {
        this.claimId = claimId;
        this.fileName = evidence.fileName();
        this.contentType = evidence.type().contentType();
        this.sizeBytes = evidence.size();
        this.sha256 = evidence.sha256();
        this.content = evidence.content();
        this.uploadedAt = now;
    }

    public long claimId() {
        return claimId;
    }

    /** The document, checked again on the way out. */
    public Evidence evidence() {
        return Evidence.of(fileName, content);
    }

    public EvidenceDocument document() {
        return new EvidenceDocument(fileName, contentType, sizeBytes, sha256, content.clone());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClaimEvidence that && claimId == that.claimId && sha256.equals(that.sha256);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(claimId) * 31 + sha256.hashCode();
    }
}
