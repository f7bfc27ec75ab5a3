/** Test support: in-memory repositories and ports for application-service tests without a container. */
package network.ddd.support;
