package network.ddd.access;

/**
 * Port: the organisations a signed-in user belongs to. Implemented next to the organisation repository; the
 * policy asks only when a rule depends on membership.
 */
public interface MembershipDirectory {
    Memberships of(String subject);
}
