package network.ddd.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where invitations are kept. */
public interface InvitationRepository {
    void store(Invitation invitation);

    /** By the token from the e-mailed link (looked up by its hash). */
    Optional<Invitation> findByToken(String token);

    /** Invitations for an e-mail address that can still be accepted at {@code now}. */
    List<Invitation> openFor(EmailAddress email, Instant now);

    /** An organisation's invitations that can still be accepted at {@code now}. */
    List<Invitation> openOf(long organisationId, Instant now);
}
