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
import java.util.Locale;
import network.ddd.directory.InvalidSupplierException;
import network.ddd.directory.SupplierDirectory;
import network.ddd.directory.SupplierNotFoundException;
import network.ddd.directory.SupplierType;
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

    @GET
    public SupplierResponses.SearchResult search(@QueryParam("q") String q, @QueryParam("type") String type,
                                                 @QueryParam("region") String region,
                                                 @QueryParam("district") String district,
                                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        int pageNumber = BadParameterException.integer("page", page, 1);
        if (pageNumber < 1) {
            throw new BadParameterException("page", "error.query.page");
        }
        SupplierType supplierType = null;
        if (type != null && !type.isBlank()) {
            try {
                supplierType = SupplierType.ofCode(type);
            } catch (InvalidSupplierException e) {
                throw new BadParameterException("type", "error.type.unknown", type);
            }
        }
        SupplierQuery query = new SupplierQuery(q, supplierType, region, district, pageNumber - 1,
                BadParameterException.integer("size", size, DEFAULT_SIZE));
        return SupplierResponses.of(directory.search(query), locale());
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
