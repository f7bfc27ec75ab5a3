/**
 * Faces pages' backing beans. They call application services only — never a repository or an EntityManager —
 * passing the caller's {@link network.ddd.identity.Actor}; the services decide who may do what.
 *
 * <ul>
 * <li>Reading pages (search, profile) are request-scoped: plain GET URLs that can be shared and bookmarked.</li>
 * <li>Pages that change data (claim, claims to review, register a firm, firms to verify, my firm, invitation, edit)
 * are view-scoped and post forms whose view state is kept on the server (the state id is the forms' CSRF token).
 * They hold plain serialisable values, never domain views or entities.</li>
 * <li>A refused rule is shown as its sentence from the ko/en bundles ({@link network.ddd.web.pages.PageMessages},
 * {@link network.ddd.web.pages.Refusal}), with a sign-in link when nobody is signed in.</li>
 * <li>Destructive actions (removing a member, leaving a firm) ask once more on the page itself — a second button
 * in place of the first — with no inline script, so they work on any phone and under a strict Content Security
 * Policy.</li>
 * </ul>
 */
package network.ddd.web.pages;
