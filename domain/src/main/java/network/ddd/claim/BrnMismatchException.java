package network.ddd.claim;

import network.ddd.platform.InvalidInputException;

/** The typed business registration number is not the one the profile carries. Field: {@code brn}. */
public class BrnMismatchException extends InvalidInputException {
    public BrnMismatchException() {
        super("brn", "error.claim.brnMismatch");
    }
}
