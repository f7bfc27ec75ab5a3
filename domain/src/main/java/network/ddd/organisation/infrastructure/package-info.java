/**
 * JPA implementations of the organisation and invitation repositories, and of the ports the access policy
 * ({@link network.ddd.access.MembershipDirectory}) and the directory ({@link network.ddd.directory.ProfileOwnership})
 * ask of organisations. Every method joins the caller's transaction.
 */
package network.ddd.organisation.infrastructure;
