package network.ddd.organisation;

import java.util.List;
import java.util.Optional;
import network.ddd.directory.BusinessRegistrationNumber;

/** Where organisations (with their members) are kept. */
public interface OrganisationRepository {
    Optional<Organisation> find(long id);

    /** The organisation that owns a supplier profile. */
    Optional<Organisation> findBySupplier(long supplierId);

    Optional<Organisation> findByBrn(BusinessRegistrationNumber brn);

    /** The organisations a user belongs to, by name. */
    List<Organisation> ofMember(String subject);

    /** Organisations in a verification status, longest waiting first. */
    List<Organisation> withStatus(VerificationStatus status, int max);

    /** Persists a new or changed organisation; a new one has its id afterwards. */
    void store(Organisation organisation);
}
