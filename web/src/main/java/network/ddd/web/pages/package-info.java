/**
 * Faces pages' backing beans. Request-scoped and stateless (searches are GET URLs that can be shared and
 * bookmarked), they call application services only — never a repository or an EntityManager.
 */
package network.ddd.web.pages;
