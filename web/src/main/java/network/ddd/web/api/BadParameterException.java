package network.ddd.web.api;

import network.ddd.platform.DomainException;

/** A request parameter could not be read (not a number, unknown code…). */
public class BadParameterException extends DomainException {
    private final String parameter;

    public BadParameterException(String parameter, String messageKey, Object... args) {
        super(messageKey, args);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    static int integer(String parameter, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(parameter, "error.param.integer", parameter, value);
        }
    }

    /** A whole number between {@code min} and {@code max} (a page number, a page size), else a 400 naming it. */
    static int integer(String parameter, String value, int defaultValue, int min, int max) {
        int n = integer(parameter, value, defaultValue);
        if (n < min || n > max) {
            throw new BadParameterException(parameter, "error.param.range", parameter, min, max, value);
        }
        return n;
    }
}
