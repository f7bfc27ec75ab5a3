package network.ddd.claim;

import network.ddd.platform.NotFoundException;

public class ClaimNotFoundException extends NotFoundException {
    public ClaimNotFoundException(Object id) {
        super("error.claim.notFound", String.valueOf(id));
    }
}
