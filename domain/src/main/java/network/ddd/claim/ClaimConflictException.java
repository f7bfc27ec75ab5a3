package network.ddd.claim;

import network.ddd.platform.ConflictException;

/** A claim cannot be made or decided in the current state; the message key says why. */
public class ClaimConflictException extends ConflictException {
    /** Decided already; args: the status. */
    public static final String ALREADY_DECIDED = "error.claim.decided";
    /** The organisation already has an open claim on this profile. */
    public static final String OPEN_CLAIM = "error.claim.open";
    /** Another organisation owns the profile already. */
    public static final String ALREADY_OWNED = "error.claim.owned";

    public ClaimConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
