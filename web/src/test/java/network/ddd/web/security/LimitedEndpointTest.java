package network.ddd.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which requests are counted, and in which group; search and profiles never. */
class LimitedEndpointTest {
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "GET, /signin, SIGN_IN",
            "GET, /signin/callback, SIGN_IN",
            "GET, /invitations/abc, INVITATION",
            "GET, /invitation.xhtml, INVITATION",
            "POST, /invitation.xhtml, INVITATION",
            "POST, /api/v1/invitations/abc/accept, INVITATION",
            "POST, /claim.xhtml, CLAIM",
            "GET, /claim.xhtml, -",
            "POST, /api/v1/suppliers/42/claims, CLAIM",
            "POST, /api/v1/suppliers/42/claims/, CLAIM",
            "POST, /api/v1/organisations, REGISTRATION",
            "GET, /api/v1/organisations, -",
            "POST, /api/v1/organisations/7/invitations, -",
            "GET, /index.xhtml, -",
            "GET, /api/v1/suppliers, -",
            "GET, /api/v1/suppliers/suggest, -",
            "GET, /supplier.xhtml, -",
            "GET, /jakarta.faces.resource/css/ddd.css.xhtml, -",
            "GET, /signout, -",
    })
    void theGroupOf(String method, String path, LimitedEndpoint expected) {
        assertThat(LimitedEndpoint.of(method, path)).isEqualTo(expected);
    }
}
