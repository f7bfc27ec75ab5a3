package network.ddd.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import network.ddd.web.config.Messages;
import network.ddd.web.security.SecuritySettings;

/**
 * Chooses the page language: {@code ?lang=ko|en} (remembered in a cookie), else the cookie, else the browser's
 * Accept-Language, else Korean. Stateless, so it works the same on every app instance.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {
    static final String COOKIE = Messages.LANGUAGE_COOKIE;
    static final String ATTRIBUTE = "ddd.locale";

    @Inject
    SecuritySettings security;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8"); // before any parameter is read: 염색 in a URL stays 염색
        }
        Locale locale = null;
        String asked = request.getParameter("lang");
        if (asked != null && (asked.equals("ko") || asked.equals("en"))) {
            locale = Locale.of(asked);
            Cookie cookie = new Cookie(COOKIE, asked);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            cookie.setSecure(request.isSecure() || security.secureCookies());
            response.addCookie(cookie);
        }
        if (locale == null) {
            locale = Messages.of(request);
        }
        request.setAttribute(ATTRIBUTE, locale);
        response.setHeader("Content-Language", locale.getLanguage());
        chain.doFilter(request, response);
    }
}
