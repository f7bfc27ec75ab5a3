package network.ddd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import network.ddd.directory.SupplierDetails;
import network.ddd.directory.SupplierDirectory;
import network.ddd.directory.SupplierEditing;
import network.ddd.directory.SupplierNotFoundException;
import network.ddd.organisation.OrganisationQueries;
import network.ddd.search.SupplierQuery;
import network.ddd.web.security.Caller;
import network.ddd.web.config.Messages;

/** The public directory: search with facets, one supplier's profile, and its owners' edits. */
@Path("v1/suppliers")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class SupplierResource {
    static final int DEFAULT_SIZE = 20;

    @Inject
    SupplierDirectory directory;

    @Inject
    SupplierEditing editing;

    @Inject
    OrganisationQueries organisations;

    @Inject
    Caller caller;

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
        long supplierId = supplierId(id);
        return detail(directory.find(supplierId));
    }

    /** The owning firm's members (or the operator) save the whole profile; {@code version} guards lost updates. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SupplierResponses.Detail update(@PathParam("id") String id, ProfileEdit body) {
        long supplierId = supplierId(id);
        ProfileEdit edit = OrganisationResource.require(body);
        return detail(editing.update(caller.actor(), supplierId, edit.toProfile(), edit.version()));
    }

    private SupplierResponses.Detail detail(SupplierDetails details) {
        var owner = organisations.ownerOfProfile(details.id())
                .map(o -> new SupplierResponses.Owner(o.id(), o.name(), o.verified())).orElse(null);
        return SupplierResponses.of(details, owner, locale());
    }

    private static long supplierId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new SupplierNotFoundException(id);
        }
    }

    private Locale locale() {
        return Messages.pick(headers.getAcceptableLanguages());
    }
}
