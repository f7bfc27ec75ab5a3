/** JPA implementation of the {@link network.ddd.claim.ClaimRepository}; every method joins the caller's transaction. */
package network.ddd.claim.infrastructure;
