package network.ddd.organisation;

import network.ddd.platform.ConflictException;

/** An organisation's invariant refuses the change; the message key says which one. */
public class OrganisationConflictException extends ConflictException {
    /** An organisation must keep at least one owner. */
    public static final String LAST_OWNER = "error.member.lastOwner";
    /** The user (or e-mail address) already belongs to the organisation. */
    public static final String ALREADY_MEMBER = "error.member.duplicate";
    /** The verification status does not allow this decision; args: current status. */
    public static final String VERIFICATION_TRANSITION = "error.verification.transition";
    /** An organisation with this registration number is already registered. */
    public static final String BRN_TAKEN = "error.organisation.brnTaken";
    /** The directory already has a profile with this registration number: claim it instead; args: supplier id. */
    public static final String IN_DIRECTORY = "error.organisation.inDirectory";
    /** The organisation already owns a (different) supplier profile. */
    public static final String OWNS_PROFILE = "error.organisation.ownsProfile";
    /** Only an organisation of the supplier kind owns a supplier profile. */
    public static final String NOT_A_SUPPLIER = "error.organisation.notSupplier";

    public OrganisationConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
