package network.ddd.access;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.function.Consumer;
import network.ddd.identity.Actor;

/**
 * Decides whether an actor may perform an action on a resource, from the {@link AccessRule} table. Application
 * services call {@link #check} before they change or reveal anything; pages and resources may call
 * {@link #allows} to hide what would be refused, but the service's check is the one that counts.
 *
 * <p>Fails closed: a (kind, action) without a rule is a programming error and throws {@link IllegalStateException}.
 */
@ApplicationScoped
public class AccessPolicy {
    @Inject
    MembershipDirectory membershipDirectory;

    @Inject
    Event<AccessDenied> denials;

    private Consumer<AccessDenied> onDenied;

    /** For CDI. */
    protected AccessPolicy() {
    }

    /** Outside a container (tests): memberships from the given directory, refusals to the given listener. */
    public AccessPolicy(MembershipDirectory membershipDirectory, Consumer<AccessDenied> onDenied) {
        this.membershipDirectory = Objects.requireNonNull(membershipDirectory, "membershipDirectory");
        this.onDenied = Objects.requireNonNull(onDenied, "onDenied");
    }

    @PostConstruct
    void init() {
        onDenied = denials::fire;
    }

    /**
     * Refuses unless a rule allows.
     *
     * @throws NotSignedInException  nobody is signed in and the rule needs someone who is (401)
     * @throws AccessDeniedException the signed-in actor is not allowed (403)
     */
    public void check(Actor actor, Action action, Resource resource) {
        if (allows(actor, action, resource)) {
            return;
        }
        if (!actor.isSignedIn()) {
            throw new NotSignedInException(action, resource.kind());
        }
        onDenied.accept(new AccessDenied(actor, action, resource));
        throw new AccessDeniedException(action, resource.kind());
    }

    /** Whether a rule allows; never throws for a refusal. */
    public boolean allows(Actor actor, Action action, Resource resource) {
        Objects.requireNonNull(actor, "actor");
        AccessRule rule = ruleFor(action, resource);
        Memberships memberships = actor.isSignedIn() && rule.needsMemberships()
                ? membershipDirectory.of(actor.subject())
                : Memberships.NONE;
        return rule.anyOf().stream().anyMatch(r -> r.isMetBy(actor, memberships, resource));
    }

    private static AccessRule ruleFor(Action action, Resource resource) {
        return AccessRule.of(resource.kind(), action).orElseThrow(() -> new IllegalStateException(
                "No access rule for " + action + " on " + resource.kind() + ": add a row to AccessRule"));
    }
}
