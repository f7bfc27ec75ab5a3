package network.ddd.organisation;

import network.ddd.platform.ConflictException;

/** An invitation cannot be accepted; the message key says why. */
public class InvitationException extends ConflictException {
    public static final String EXPIRED = "error.invitation.expired";
    public static final String USED = "error.invitation.used";
    /** Signed in with another (or no verified) e-mail address than the one invited. */
    public static final String OTHER_ADDRESS = "error.invitation.otherAddress";

    public InvitationException(String messageKey) {
        super(messageKey);
    }
}
