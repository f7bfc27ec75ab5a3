/**
 * The JSON API under {@code /api/v1}: request parameters are validated and turned into domain values here,
 * responses are records (no entity is ever serialised), and every failure becomes an RFC 9457 problem+json body
 * in {@link network.ddd.web.api.ProblemMapper} — never a stack trace.
 */
package network.ddd.web.api;
