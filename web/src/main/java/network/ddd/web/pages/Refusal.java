package network.ddd.web.pages;

import java.io.Serializable;
import network.ddd.access.AccessDeniedException;
import network.ddd.access.NotSignedInException;
import network.ddd.platform.DomainException;

/**
 * Why a page cannot show its content to this caller: nobody is signed in (the page offers the sign-in link that
 * comes back here) or the signed-in user lacks the right (the page says so and offers to sign in as someone else).
 */
public final class Refusal implements Serializable {
    private static final long serialVersionUID = 1L;
    private String message;
    private boolean signInNeeded;

    /** Remembers the refusal; other domain exceptions are not refusals and are rethrown. */
    void refuse(AccessDeniedException e) {
        message = PageMessages.text(e.messageKey());
        signInNeeded = e instanceof NotSignedInException;
    }

    void signInNeeded() {
        message = PageMessages.text("error.access.signInNeeded");
        signInNeeded = true;
    }

    void clear() {
        message = null;
        signInNeeded = false;
    }

    public boolean isRefused() {
        return message != null;
    }

    public String getMessage() {
        return message;
    }

    public boolean isSignInNeeded() {
        return signInNeeded;
    }

    /**
     * Runs one use case of a page: a refusal is remembered here (it replaces the page's content), any other broken
     * rule is shown as its sentence.
     */
    void attempt(Runnable action) {
        try {
            action.run();
        } catch (AccessDeniedException e) {
            refuse(e);
        } catch (DomainException e) {
            PageMessages.error(e);
        }
    }

    static boolean isRefusal(DomainException e) {
        return e instanceof AccessDeniedException;
    }
}
