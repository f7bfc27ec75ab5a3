package network.ddd.organisation;

import java.util.Set;

/**
 * Whether the operator has confirmed that an organisation is the firm it says it is. UNVERIFIED → PENDING (the
 * firm asks, or submits a claim) → VERIFIED or REJECTED (the operator decides, a rejection with a reason);
 * REJECTED → PENDING again when the firm asks anew. The operator may also decide straight from UNVERIFIED (e.g.
 * after a phone call). VERIFIED is final here; revoking it is a later feature.
 */
public enum VerificationStatus {
    UNVERIFIED,
    PENDING,
    VERIFIED,
    REJECTED;

    private static final Set<VerificationStatus> DECIDABLE = Set.of(UNVERIFIED, PENDING);

    /** Whether the operator may verify or reject from this status. */
    public boolean isDecidable() {
        return DECIDABLE.contains(this);
    }

    /** Whether the firm may ask (again) for verification from this status. */
    public boolean mayRequest() {
        return this == UNVERIFIED || this == REJECTED;
    }
}
