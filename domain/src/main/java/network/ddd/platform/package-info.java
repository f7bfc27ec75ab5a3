/**
 * Cross-cutting pieces every business component uses: the injected {@link java.time.Clock}, the base of domain
 * exceptions, configuration and database migrations run at start-up. No business rules live here.
 */
package network.ddd.platform;
