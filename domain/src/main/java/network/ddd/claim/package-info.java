/**
 * Claims: a firm says an imported supplier profile is its own, and the operator decides.
 *
 * <p>{@link network.ddd.claim.Claim} is the aggregate root; its {@link network.ddd.claim.Evidence} document lives
 * in a table of its own ({@link network.ddd.claim.ClaimEvidence}). Invariants: the typed registration number
 * passes its check digit and equals the profile's when the profile has one (otherwise the operator decides on the
 * evidence alone); evidence is a PDF, JPEG or PNG by its magic bytes, 1 byte to 10 MB; one open claim per profile
 * and claimant organisation; SUBMITTED → APPROVED | REJECTED (with a reason), once, by the operator only.
 * Approving makes the claimant's organisation own the profile, verifies it and the supplier (search outbox
 * included), and makes the claimant an owner — all in the decision's transaction, with audit events.
 *
 * <p>Not here: serving the document over HTTP (the web layer, with {@code Content-Disposition: attachment} and
 * {@code nosniff}), virus scanning, or claims on profiles an organisation already owns (refused).
 */
package network.ddd.claim;
