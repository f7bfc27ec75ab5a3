package network.ddd.directory;

import java.util.Optional;

/**
 * Port: which organisation owns a supplier profile (after an approved claim or a self-registration). Implemented
 * by the organisation component, so the directory does not depend on it.
 */
public interface ProfileOwnership {
    Optional<Long> owningOrganisationOf(long supplierId);
}
