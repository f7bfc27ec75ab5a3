package network.ddd.organisation;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Set;
import network.ddd.directory.BusinessRegistrationNumber;
import network.ddd.identity.Actor;
import network.ddd.identity.Role;

/** Test fixtures for organisations: actors, a stored-looking organisation (with an id), ids set like JPA does. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");
    public static final BusinessRegistrationNumber BRN = BusinessRegistrationNumber.parse("220-81-62517");
    public static final Actor OWNER = user("owner", Role.SUPPLIER);
    public static final Actor OPERATOR = user("operator", Role.OPERATOR);

    private Fixtures() {
    }

    public static Actor user(String subject, Role... roles) {
        return new Actor(subject, subject, subject + "@example.com", Set.of(roles));
    }

    /** A supplier organisation founded by {@link #OWNER}, with id 10. */
    public static Organisation organisation() {
        return withId(Organisation.found(OrganisationKind.SUPPLIER, "대구염색", BRN, OWNER, T0), 10L);
    }

    /** Sets the generated id, as the persistence provider would. */
    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The owner invites {@code subject} and they join with the role. */
    public static Actor joined(Organisation organisation, String subject, network.ddd.identity.OrgRole role) {
        Actor member = user(subject, Role.SUPPLIER);
        Invitation.Issued issued = organisation.invite(OWNER, new EmailAddress(member.email()), role, T0,
                Invitation.DEFAULT_VALIDITY);
        organisation.join(issued.invitation(), member, T0);
        return member;
    }
}
