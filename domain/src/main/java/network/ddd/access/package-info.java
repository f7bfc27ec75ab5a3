/**
 * Who may do what: the {@link network.ddd.access.AccessRule} table of (resource kind, action) → requirements, and
 * the {@link network.ddd.access.AccessPolicy} that evaluates it for an {@link network.ddd.identity.Actor} and a
 * {@link network.ddd.access.Resource} description (kind, owning organisation, recipient organisations).
 *
 * <p>Invariants: every check goes through the table, so a new rule is one row; a (kind, action) without a row
 * fails closed; a refusal distinguishes "sign in first" ({@link network.ddd.access.NotSignedInException}, 401) from
 * "not allowed" ({@link network.ddd.access.AccessDeniedException}, 403); refusals of signed-in users are audited.
 * Application services call the policy themselves, so the rules hold for the API and the pages alike.
 *
 * <p>Not for: loading resources (services describe what they loaded), authentication (the web module), or
 * invariants an aggregate guards itself (e.g. an organisation keeps at least one owner whoever asks).
 */
package network.ddd.access;
