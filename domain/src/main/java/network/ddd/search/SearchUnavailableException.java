package network.ddd.search;

import network.ddd.platform.DomainException;

/** The search server cannot be reached or refused the request; writes still succeed (the outbox keeps them). */
public class SearchUnavailableException extends DomainException {
    public SearchUnavailableException(String detail, Throwable cause) {
        super("error.search.unavailable", detail);
        initCause(cause);
    }
}
