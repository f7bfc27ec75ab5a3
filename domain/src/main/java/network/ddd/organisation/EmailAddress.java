package network.ddd.organisation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, trimmed and lower-cased; only its shape is checked (the mail itself proves it). ASCII only:
 * the identity provider refuses other user names (an internationalised domain is written in its xn-- form).
 */
public record EmailAddress(String value) {
    public static final int MAX = 254;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    public EmailAddress {
        value = value == null ? null : value.strip().toLowerCase(Locale.ROOT);
        if (value == null || value.length() > MAX || !SHAPE.matcher(value).matches()) {
            throw new InvalidOrganisationException("email", "error.email.invalid");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
