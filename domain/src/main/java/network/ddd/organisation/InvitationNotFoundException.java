package network.ddd.organisation;

import network.ddd.platform.NotFoundException;

/** No invitation has that token (mistyped, or the link was cut). */
public class InvitationNotFoundException extends NotFoundException {
    public InvitationNotFoundException() {
        super("error.invitation.notFound");
    }
}
