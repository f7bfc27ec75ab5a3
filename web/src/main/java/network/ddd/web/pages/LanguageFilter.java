package network.ddd.web.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import network.ddd.web.config.Messages;

/**
 * Chooses the page language: {@code ?lang=ko|en} (remembered in a cookie), else the cookie, else the browser's
 * Accept-Language, else Korean. Stateless, so it works the same on every app instance.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {
    static final String COOKIE = "ddd_lang";
    static final String ATTRIBUTE = "ddd.locale";

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
            response.addCookie(cookie);
        }
        if (locale == null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && (cookie.getValue().equals("ko") || cookie.getValue().equals("en"))) {
                    locale = Locale.of(cookie.getValue());
                }
            }
        }
        if (locale == null && request.getHeader("Accept-Language") != null) {
            locale = Messages.pick(Collections.list(request.getLocales()));
        }
        if (locale == null) {
            locale = Messages.KOREAN;
        }
        request.setAttribute(ATTRIBUTE, locale);
        response.setHeader("Content-Language", locale.getLanguage());
        chain.doFilter(request, response);
    }
}
