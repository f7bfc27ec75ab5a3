/**
 * JPA (EclipseLink) implementations of the directory's repository and its column converters. Every method joins
 * the caller's transaction; none opens its own.
 */
package network.ddd.directory.infrastructure;
