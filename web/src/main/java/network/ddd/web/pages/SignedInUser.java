package network.ddd.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import network.ddd.web.security.Caller;
import network.ddd.web.security.SecurityLevel;

/** The page header's view of the caller: signed in or not, the name to show, sign-in and sign-out links. */
@Named
@RequestScoped
public class SignedInUser {
    @Inject
    Caller caller;

    /** False on a server without Jakarta Security 4, where the pages cannot sign in. */
    public boolean isSignInAvailable() {
        return SecurityLevel.jakartaSecurity4();
    }

    public boolean isSignedIn() {
        return request().getUserPrincipal() != null;
    }

    /** The operator sees the link to the claims waiting for review. */
    public boolean isOperator() {
        return isSignedIn() && caller.actor().isOperator();
    }

    /** The name to show: 김지수 in Korean order, Jisu Kim in Latin script, else the user name. */
    public String getDisplayName() {
        return isSignedIn() ? caller.actor().displayName() : "";
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
