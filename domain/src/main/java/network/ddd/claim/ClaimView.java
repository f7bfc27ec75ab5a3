package network.ddd.claim;

import java.time.Instant;

/** A claim as the claimant's members and the operator see it (without the document's bytes). */
public record ClaimView(long id, long supplierId, long organisationId, String claimantSubject, String brn,
                        boolean brnMatchedProfile, ClaimStatus status, Instant submittedAt, String decidedBy,
                        Instant decidedAt, String rejectionReason) {
    static ClaimView of(Claim c) {
        return new ClaimView(c.id(), c.supplierId(), c.organisationId(), c.claimantSubject(), c.brn().formatted(),
                c.brnMatchedProfile(), c.status(), c.submittedAt(), c.decidedBy().orElse(null),
                c.decidedAt().orElse(null), c.rejectionReason().orElse(null));
    }
}
