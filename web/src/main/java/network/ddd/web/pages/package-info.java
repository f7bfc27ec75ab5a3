/**
 * Faces pages' backing beans. They call application services only — never a repository or an EntityManager —
 * passing the caller's {@link network.ddd.identity.Actor}; the services decide who may do what.
 *
 * <ul>
 * <li>Reading pages (search, profile) are request-scoped: plain GET URLs that can be shared and bookmarked.</li>
 * <li>Pages that change data (claim, claims to review, my firm, invitation, edit) are view-scoped and post forms
 * whose view state is kept on the server (the state id is the forms' CSRF token). They hold plain serialisable
 * values, never domain views or entities.</li>
 * <li>A refused rule is shown as its sentence from the ko/en bundles ({@link network.ddd.web.pages.PageMessages},
 * {@link network.ddd.web.pages.Refusal}), with a sign-in link when nobody is signed in.</li>
 * </ul>
 */
package network.ddd.web.pages;
