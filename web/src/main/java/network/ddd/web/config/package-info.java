/**
 * How the application is wired to its runtime: the datasource (from configuration, defaults for the embedded
 * setup), health checks, the language choice and the message bundles. No business logic.
 */
package network.ddd.web.config;
