package network.ddd.access;

import java.util.Objects;
import network.ddd.identity.Actor;
import network.ddd.identity.Role;

/**
 * One condition of an {@link AccessRule}; a rule allows when any of its requirements is met. Requirements read
 * only the actor, the actor's memberships and the {@link Resource} description, never the database.
 */
public sealed interface Requirement permits Requirement.Basic, Requirement.HasRole {

    boolean isMetBy(Actor actor, Memberships memberships, Resource resource);

    /** Whether evaluating needs the actor's memberships (so the policy looks them up only then). */
    default boolean needsMemberships() {
        return false;
    }

    /** A platform role, e.g. {@code role(Role.DESIGNER)}. */
    static Requirement role(Role role) {
        return new HasRole(role);
    }

    enum Basic implements Requirement {
        /** Everybody, signed in or not. */
        ANYONE {
            @Override
            public boolean isMetBy(Actor actor, Memberships memberships, Resource resource) {
                return true;
            }
        },
        /** Any signed-in user, whatever their role. */
        SIGNED_IN {
            @Override
            public boolean isMetBy(Actor actor, Memberships memberships, Resource resource) {
                return actor.isSignedIn();
            }
        },
        /** The platform operator. */
        OPERATOR {
            @Override
            public boolean isMetBy(Actor actor, Memberships memberships, Resource resource) {
                return actor.isOperator();
            }
        },
        /** A member (any role) of the organisation that owns the resource. */
        MEMBER_OF_OWNING_ORG {
            @Override
            public boolean isMetBy(Actor actor, Memberships memberships, Resource resource) {
                return actor.isSignedIn() && memberships.isMemberOf(resource.owningOrganisationId());
            }

            @Override
            public boolean needsMemberships() {
                return true;
            }
        },
        /** An owner of the organisation that owns the resource. */
        OWNER_OF_OWNING_ORG {
            @Override
            public boolean isMetBy(Actor actor, Memberships memberships, Resource resource) {
                return actor.isSignedIn() && memberships.isOwnerOf(resource.owningOrganisationId());
            }

            @Override
            public boolean needsMemberships() {
                return true;
            }
        },
        /** A member of the issuing (owning) organisation or of any recipient organisation. */
        ISSUER_OR_RECIPIENT {
            @Override
            public boolean isMetBy(Actor actor, Memberships memberships, Resource resource) {
                return actor.isSignedIn() && (memberships.isMemberOf(resource.owningOrganisationId())
                        || resource.recipientOrganisationIds().stream().anyMatch(memberships::isMemberOf));
            }

            @Override
            public boolean needsMemberships() {
                return true;
            }
        }
    }

    /** Holds a platform role. */
    record HasRole(Role role) implements Requirement {
        public HasRole {
            Objects.requireNonNull(role, "role");
        }

        @Override
        public boolean isMetBy(Actor actor, Memberships memberships, Resource resource) {
            return actor.has(role);
        }

        @Override
        public String toString() {
            return "ROLE(" + role + ")";
        }
    }
}
