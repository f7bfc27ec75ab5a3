/**
 * Organisations: the firms on the network (designer brands, wholesalers, suppliers), their members, invitations and
 * verification by the operator, and self-registration of firms not in the directory.
 *
 * <p>{@link network.ddd.organisation.Organisation} is the aggregate root, with its
 * {@link network.ddd.organisation.Membership}s inside. Invariants it holds whoever calls: at least one owner; a
 * user is a member once; only an owner or the operator invites, removes and changes roles; only the operator
 * decides verification (UNVERIFIED/PENDING → VERIFIED | REJECTED with a reason); it owns at most one supplier
 * profile, and only as a supplier. {@link network.ddd.organisation.Invitation} is its own small aggregate: used
 * once, before it expires, by the invited (verified) e-mail address; only a hash of its token is stored.
 *
 * <p>Application services ({@code OrganisationRegistration}, {@code OrganisationMembers},
 * {@code OrganisationVerification}, {@code OrganisationQueries}) check the {@link network.ddd.access.AccessPolicy},
 * call the aggregate, store, and write the audit trail in the same transaction. Accounts and realm roles in the
 * identity provider go through the {@link network.ddd.identity.IdentityDirectory} port.
 *
 * <p>Not here: claims on imported profiles ({@link network.ddd.claim}), Keycloak code, sending e-mail (the web
 * layer mails the invitation link with the returned token).
 */
package network.ddd.organisation;
