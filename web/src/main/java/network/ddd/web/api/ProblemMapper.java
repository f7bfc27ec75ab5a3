package network.ddd.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.ddd.access.AccessDeniedException;
import network.ddd.access.NotSignedInException;
import network.ddd.directory.InvalidSupplierException;
import network.ddd.directory.importing.ImportFormat;
import network.ddd.directory.importing.SupplierImporter;
import network.ddd.platform.ConflictException;
import network.ddd.platform.DatabaseUnavailableException;
import network.ddd.platform.DomainException;
import network.ddd.platform.InvalidInputException;
import network.ddd.platform.NotFoundException;
import network.ddd.search.InvalidQueryException;
import network.ddd.search.SearchReindexer;
import network.ddd.search.SearchUnavailableException;
import network.ddd.web.config.Messages;

/** The one place where failures become HTTP answers: problem+json, localised, never a stack trace. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = headers == null ? Messages.KOREAN : Messages.pick(headers.getAcceptableLanguages());
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        if (failure instanceof DomainException domain) {
            int status = statusOf(domain);
            Response response = new Problem("about:blank", Messages.get(locale, "problem.title." + status), status,
                    Messages.of(locale, domain), instance, parameterOf(domain)).toResponse();
            if (status == 401) {
                response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ddd\"");
            }
            return response;
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            String title = Messages.get(locale, "problem.title." + status);
            return new Problem("about:blank", title.startsWith("problem.") ? Messages.get(locale,
                    "problem.title.400") : title, status, null, instance, null).toResponse();
        }
        // the request body is not the JSON the endpoint reads (JSON-B could not parse or bind it)
        if (causedBy(failure, jakarta.json.bind.JsonbException.class, jakarta.json.JsonException.class)) {
            return new Problem("about:blank", Messages.get(locale, "problem.title.400"), 400,
                    Messages.get(locale, "error.body.invalid"), instance, "body").toResponse();
        }
        // two saves of the same version raced past the version check: the later one lost (JPA's own guard)
        if (causedBy(failure, jakarta.persistence.OptimisticLockException.class)) {
            return new Problem("about:blank", Messages.get(locale, "problem.title.409"), 409,
                    Messages.get(locale, "error.supplier.changedMeanwhile"), instance, null).toResponse();
        }
        if (DatabaseUnavailableException.isCause(failure)) {
            LOG.warning(() -> "Database unavailable on " + instance + ": " + failure);
            return new Problem("about:blank", Messages.get(locale, "problem.title.503"), 503,
                    Messages.get(locale, "error.database.unavailable"), instance, null).toResponse();
        }
        LOG.log(Level.SEVERE, "Unexpected failure on " + instance, failure);
        return new Problem("about:blank", Messages.get(locale, "problem.title.500"), 500,
                Messages.get(locale, "error.unexpected"), instance, null).toResponse();
    }

    /** Whether the failure or one of its causes is of one of the types. */
    private static boolean causedBy(Throwable failure, Class<?>... types) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<?> type : types) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int statusOf(DomainException e) {
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        if (e instanceof NotSignedInException) {
            return 401;
        }
        if (e instanceof AccessDeniedException) {
            return 403;
        }
        if (e instanceof SearchUnavailableException || e instanceof DatabaseUnavailableException) {
            return 503;
        }
        if (e instanceof SearchReindexer.AlreadyRunningException) {
            return 409;
        }
        if (e instanceof ImportTooLargeException) {
            return 413;
        }
        if (e instanceof InvalidQueryException || e instanceof InvalidSupplierException
                || e instanceof ImportFormat.UnknownFormatException || e instanceof SupplierImporter.EmptyFileException
                || e instanceof SupplierImporter.EncodingException || e instanceof BadParameterException
                || e instanceof InvalidInputException) {
            return 400;
        }
        return 422;
    }

    private static String parameterOf(DomainException e) {
        if (e instanceof InvalidQueryException q) {
            return q.parameter();
        }
        if (e instanceof InvalidSupplierException s) {
            return s.field();
        }
        if (e instanceof BadParameterException b) {
            return b.parameter();
        }
        if (e instanceof InvalidInputException i) {
            return i.field();
        }
        return null;
    }
}
