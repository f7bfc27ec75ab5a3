package network.ddd.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One Content-Security-Policy header: PrimeFaces' script rule completed with ours, a servlet's own policy kept. */
class SecurityHeadersTest {
    @Test
    void primeFacesScriptRuleIsCompletedWithTheRestOfThePolicy() {
        String merged = SecurityHeaders.merged("script-src 'self' 'nonce-abc';");
        assertThat(merged).startsWith(SecurityHeaders.POLICY + "; ").endsWith("script-src 'self' 'nonce-abc';");
        assertThat(merged).contains("frame-ancestors 'none'", "default-src 'self'");
    }

    @Test
    void aCompletePolicyOfItsOwnStands() {
        assertThat(SecurityHeaders.merged("default-src 'none'; sandbox")).isEqualTo("default-src 'none'; sandbox");
    }

    @Test
    void theDefaultPolicyRunsNoInlineScript() {
        assertThat(SecurityHeaders.POLICY).doesNotContain("script-src");
        assertThat(SecurityHeaders.SCRIPTS).isEqualTo("script-src 'self'");
    }
}
