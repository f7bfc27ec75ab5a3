package network.ddd.web.api;

import network.ddd.platform.DomainException;

/** The call needs a signed-in caller and came without a (valid) bearer token: 401. */
public class SignInRequiredException extends DomainException {
    public SignInRequiredException() {
        super("error.signin.required");
    }
}
