package network.ddd.organisation;

import network.ddd.directory.SupplierProfile;

/**
 * A firm not yet on the network registers itself.
 *
 * @param kind    what kind of firm
 * @param name    its name as it should be shown
 * @param brn     the business registration number as typed (dashes allowed); required, must pass its check digit
 * @param profile the directory profile, required for (and only for) {@link OrganisationKind#SUPPLIER}; its
 *                registration number, when given, must be the same
 */
public record Registration(OrganisationKind kind, String name, String brn, SupplierProfile profile) {
}
