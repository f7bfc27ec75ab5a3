package network.ddd.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import network.ddd.web.config.Messages;
import network.ddd.web.config.PlainPage;

/** "Sign-in was interrupted — sign in again": a provider's callback that fits no sign-in started in this session. */
final class SignInInterrupted {
    private SignInInterrupted() {
    }

    static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Messages.of(request);
        PlainPage.write(request, response, HttpServletResponse.SC_BAD_REQUEST, locale, "error",
                Messages.get(locale, "error.page.signin.title"), Messages.get(locale, "error.page.signin"),
                new PlainPage.Link("error-sign-in", request.getContextPath() + "/signin",
                        Messages.get(locale, "auth.signin")),
                new PlainPage.Link("error-home", request.getContextPath() + "/", Messages.get(locale,
                        "error.page.home")));
    }
}
