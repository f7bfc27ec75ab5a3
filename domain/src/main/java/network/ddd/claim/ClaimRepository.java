package network.ddd.claim;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where claims and their evidence documents are kept. */
public interface ClaimRepository {
    Optional<Claim> find(long id);

    /** Persists a new or changed claim; a new one has its id afterwards. */
    void store(Claim claim);

    void storeEvidence(ClaimEvidence evidence);

    Optional<ClaimEvidence> evidenceOf(long claimId);

    /** The organisation's open claim on a profile, if any. */
    Optional<Claim> openClaim(long supplierId, long organisationId);

    /** Claims in a status, oldest first; {@code page} from 1. */
    List<Claim> withStatus(ClaimStatus status, int page, int size);

    long countWithStatus(ClaimStatus status);

    /** Claims of these organisations, latest first. */
    List<Claim> ofOrganisations(Collection<Long> organisationIds);
}
