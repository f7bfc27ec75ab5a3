package network.ddd.web.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every error answer of the API is {@code application/problem+json} ({@link Problem}, via {@link ProblemMapper}):
 * the OpenAPI document says so here, once, for every documented 4xx and 5xx answer without content of its own, so
 * that an {@code @APIResponse} only says when the error happens. Registered with {@code mp.openapi.filter}; the
 * {@code Problem} schema is declared once on {@link ApiApplication}.
 */
public class ProblemResponses implements OASFilter {
    static final String SCHEMA_REF = "#/components/schemas/Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return operation;
        }
        for (Map.Entry<String, APIResponse> answer : operation.getResponses().getAPIResponses().entrySet()) {
            if (isError(answer.getKey()) && isEmpty(answer.getValue().getContent())) {
                answer.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA_REF))));
            }
        }
        return operation;
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    private static boolean isEmpty(Content content) {
        return content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty();
    }
}
