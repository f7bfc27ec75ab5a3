/** JPA implementation of the {@link network.ddd.audit.AuditTrail}. */
package network.ddd.audit.infrastructure;
