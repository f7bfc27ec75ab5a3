/**
 * Cross-cutting pieces every business component uses: the injected {@link java.time.Clock}, the base of domain
 * exceptions (with the three families the edge maps to HTTP: {@link network.ddd.platform.NotFoundException} 404,
 * {@link network.ddd.platform.ConflictException} 409, {@link network.ddd.platform.InvalidInputException} 400),
 * configuration and database migrations run at start-up. No business rules live here.
 */
package network.ddd.platform;
