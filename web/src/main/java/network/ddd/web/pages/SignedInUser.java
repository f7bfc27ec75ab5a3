package network.ddd.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import network.ddd.web.security.SecurityLevel;

/** The page header's view of the caller: signed in or not, the name to show, sign-in and sign-out links. */
@Named
@RequestScoped
public class SignedInUser {
    @Inject
    Instance<OpenIdContext> openId;

    @Inject
    LocaleBean locale;

    /** False on a server without Jakarta Security 4, where the pages cannot sign in. */
    public boolean isSignInAvailable() {
        return SecurityLevel.jakartaSecurity4();
    }

    public boolean isSignedIn() {
        return request().getUserPrincipal() != null;
    }

    /** 김지수 in Korean (family name first, no space), Jisu Kim in English; else the user name. */
    public String getDisplayName() {
        // the request's principal: Jakarta Security's SecurityContext fails on error-page dispatches (Payara 7)
        Principal caller = request().getUserPrincipal();
        if (caller == null) {
            return "";
        }
        try {
            var claims = openId.get().getClaims();
            String given = claims.getStringClaim("given_name").orElse("");
            String family = claims.getStringClaim("family_name").orElse("");
            if (!given.isBlank() || !family.isBlank()) {
                return locale.getLanguage().equals("ko") ? (family + given).strip() : (given + " " + family).strip();
            }
        } catch (RuntimeException e) {
            // no OpenID Connect context (e.g. another mechanism): fall back to the caller's name
        }
        return caller.getName();
    }

    public String getSignInUrl() {
        HttpServletRequest request = request();
        String here = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return request.getContextPath() + "/signin?return=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }

    public String getSignOutUrl() {
        return request().getContextPath() + "/signout";
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
