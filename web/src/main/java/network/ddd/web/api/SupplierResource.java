package network.ddd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import network.ddd.directory.SupplierDirectory;
import network.ddd.directory.SupplierNotFoundException;
import network.ddd.search.SupplierQuery;
import network.ddd.web.config.Messages;

/** The public directory: search with facets, and one supplier's profile. */
@Path("v1/suppliers")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class SupplierResource {
    static final int DEFAULT_SIZE = 20;

    @Inject
    SupplierDirectory directory;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    public SupplierResponses.SearchResult search() {
        var params = uri.getQueryParameters();
        SupplierQuery query = SearchParameters.read(params::getFirst, DEFAULT_SIZE);
        return SupplierResponses.of(directory.search(query), locale());
    }

    /** Autocomplete: names starting with what was typed, also by Hangul initials (ㅇㅅ). */
    @GET
    @Path("suggest")
    public List<SupplierResponses.SuggestionLine> suggest(@QueryParam("q") String typed,
                                                          @QueryParam("size") String size) {
        if (typed != null && typed.length() > SupplierQuery.MAX_TEXT) {
            throw new BadParameterException("q", "error.query.tooLong", SupplierQuery.MAX_TEXT);
        }
        int max = BadParameterException.integer("size", size, 8);
        return directory.suggest(typed, max).stream().map(s -> SupplierResponses.of(s, locale())).toList();
    }

    @GET
    @Path("{id}")
    public SupplierResponses.Detail find(@PathParam("id") String id) {
        long supplierId;
        try {
            supplierId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new SupplierNotFoundException(id);
        }
        return SupplierResponses.of(directory.find(supplierId), locale());
    }

    private Locale locale() {
        return Messages.pick(headers.getAcceptableLanguages());
    }
}
