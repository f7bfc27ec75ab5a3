package network.ddd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import network.ddd.directory.SupplierDetails;
import network.ddd.directory.SupplierDirectory;
import network.ddd.directory.SupplierType;
import network.ddd.directory.SupplierEditing;
import network.ddd.directory.SupplierNotFoundException;
import network.ddd.organisation.OrganisationQueries;
import network.ddd.search.SupplierQuery;
import network.ddd.web.security.Caller;
import network.ddd.web.config.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The public directory: search with facets, one supplier's profile, and its owners' edits. */
@Path("v1/suppliers")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class SupplierResource {
    static final int DEFAULT_SIZE = 20;
    static final String SUPPLIER_ID = "The supplier's id";

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
    @Operation(summary = "Search suppliers",
            description = "Free text (Korean-aware), facet filters, a place to search near, sort and paging. A facet "
                    + "parameter may be repeated: its values are alternatives (OR); different facets must all hold "
                    + "(AND). Every other parameter may be given once; repeated, it is a 400 naming it.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Search text (at most 200 characters), e.g. 염색",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    @Parameter(name = "type", in = ParameterIn.QUERY, explode = Explode.TRUE, description = "Supplier type codes",
            schema = @Schema(type = SchemaType.ARRAY, implementation = SupplierType.class))
    @Parameter(name = "region", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "Regions (시·도) as shown in the region facet, e.g. 대구광역시",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "district", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "Districts (시·군·구) as shown in the district facet, e.g. 서구",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "process", in = ParameterIn.QUERY, explode = Explode.TRUE, description = "Processes",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "certification", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "Certifications", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "workers", in = ParameterIn.QUERY, explode = Explode.TRUE,
            description = "Workforce bands as shown in the workers facet, e.g. 10~49명",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "moq", in = ParameterIn.QUERY, explode = Explode.TRUE, description = "Minimum-order bands",
            schema = @Schema(type = SchemaType.ARRAY, enumeration = {"UP_TO_50", "UP_TO_300", "UP_TO_1000",
                    "OVER_1000"}))
    @Parameter(name = "near", in = ParameterIn.QUERY,
            description = "A place to search near (동대문, 창신동, 서구(대구) …); or give lat and lng",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "lat", in = ParameterIn.QUERY, description = "Latitude (with lng)",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "-90", maximum = "90"))
    @Parameter(name = "lng", in = ParameterIn.QUERY, description = "Longitude (with lat)",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "-180", maximum = "180"))
    @Parameter(name = "km", in = ParameterIn.QUERY, description = "Radius around near or lat+lng, in km",
            schema = @Schema(type = SchemaType.NUMBER, defaultValue = "5", maximum = "500"))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "relevance (default), distance (default with a place; needs one), recent",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"relevance", "distance", "recent"}))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1", minimum = "1"))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Hits per page",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100"))
    @APIResponse(responseCode = "200", description = "Hits, facets with counts, analysed terms, degraded flag")
    @APIResponse(responseCode = "400", description = "A bad or repeated parameter (named in 'parameter')")
    public SupplierResponses.SearchResult search() {
        var params = uri.getQueryParameters();
        SupplierQuery query = SearchParameters.read(params::get, DEFAULT_SIZE);
        return SupplierResponses.of(directory.search(query), locale());
    }

    /** Autocomplete: names starting with what was typed, also by Hangul initials (ㅇㅅ). */
    @GET
    @Path("suggest")
    @Operation(summary = "Autocomplete", description = "Names starting with the typed text, also by Hangul initial "
            + "consonants (ㅇㅅ → 염색…)")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "What was typed so far",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Number of suggestions",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "8"))
    @APIResponse(responseCode = "200", description = "Suggestions: name, type, district")
    @APIResponse(responseCode = "400", description = "q longer than 200 characters, size not a number, or a "
            + "parameter given twice")
    public List<SupplierResponses.SuggestionLine> suggest() {
        var params = uri.getQueryParameters();
        String typed = SearchParameters.single(params::get, "q");
        String size = SearchParameters.single(params::get, "size");
        if (typed != null && typed.length() > SupplierQuery.MAX_TEXT) {
            throw new BadParameterException("q", "error.query.tooLong", SupplierQuery.MAX_TEXT);
        }
        int max = BadParameterException.integer("size", size, 8);
        return directory.suggest(typed, max).stream().map(s -> SupplierResponses.of(s, locale())).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One supplier's profile", description = "Anybody, signed in or not.")
    @APIResponse(responseCode = "200", description = "The profile and its owning firm, if any")
    @APIResponse(responseCode = "404", description = "No such supplier")
    public SupplierResponses.Detail find(
            @Parameter(required = true, description = SUPPLIER_ID, schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String id) {
        long supplierId = supplierId(id);
        return detail(directory.find(supplierId));
    }

    /** How to reach the supplier; for signed-in members only (401 otherwise). Empty fields: the firm has not said. */
    @GET
    @Path("{id}/contact")
    @Operation(summary = "How to reach a supplier", description = "Any signed-in user: contact person, "
            + "telephone, e-mail, web site, as the firm (or the operator) gave them; empty fields where it has not.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "The contact details")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such supplier")
    public ProfileEdit.ContactBody contact(
            @Parameter(required = true, description = SUPPLIER_ID, schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String id) {
        return ProfileEdit.ContactBody.of(directory.contact(caller.actor(), supplierId(id)));
    }

    /**
     * The owning firm's members (or the operator) save the whole profile; {@code version} guards lost updates.
     * {@code contact}, when present, replaces how to reach the firm; absent, the stored contact stays.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a supplier's profile", description = "Members of the organisation that owns the "
            + "profile, and the operator. The whole profile as the editor saw it, with the version it started from.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "The saved profile, with its new version")
    @APIResponse(responseCode = "400", description = "Body missing or not JSON; a field is invalid (named in "
            + "'parameter')")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither a member of the owning organisation nor the "
            + "operator")
    @APIResponse(responseCode = "404", description = "No such supplier")
    @APIResponse(responseCode = "409", description = "The profile was saved meanwhile (version differs); reload "
            + "and edit again")
    public SupplierResponses.Detail update(
            @Parameter(required = true, description = SUPPLIER_ID, schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String id,
            @RequestBody(required = true, description = "The whole profile and the version it was read at; "
                    + "contact (person, phone, email, website), when present, replaces the firm's contact details")
            ProfileEdit body) {
        long supplierId = supplierId(id);
        ProfileEdit edit = OrganisationResource.require(body);
        return detail(editing.update(caller.actor(), supplierId, edit.toProfile(), edit.toContact(),
                edit.version()));
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
