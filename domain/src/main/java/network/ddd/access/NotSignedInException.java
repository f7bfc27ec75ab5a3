package network.ddd.access;

/**
 * Nobody is signed in and the action needs someone who is (HTTP 401 at the edge: sign in and try again). A
 * subclass of {@link AccessDeniedException}, so code that only cares about "refused" catches both.
 */
public class NotSignedInException extends AccessDeniedException {
    public NotSignedInException(Action action, ResourceKind kind) {
        super("error.access.signInNeeded", action, kind);
    }
}
