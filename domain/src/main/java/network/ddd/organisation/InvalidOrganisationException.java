package network.ddd.organisation;

import network.ddd.platform.InvalidInputException;

/** A value typed for an organisation, a member or a decision breaks a rule; {@link #field()} names it. */
public class InvalidOrganisationException extends InvalidInputException {
    public InvalidOrganisationException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
