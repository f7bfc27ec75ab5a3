package network.ddd.web.config;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import network.ddd.platform.DomainException;

/** Renders message keys from the ko/en bundles; the pages use the same bundle as {@code #{msg}}. */
public final class Messages {
    public static final String BUNDLE = "network.ddd.web.i18n.messages";
    public static final Locale KOREAN = Locale.KOREAN;
    public static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.ENGLISH);
    /** The cookie remembering a language picked on the pages ({@code ?lang=ko|en}). */
    public static final String LANGUAGE_COOKIE = "ddd_lang";

    private Messages() {
    }

    /** The bundles by language, looked up once (the API labels facets and types on every search). */
    private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = SUPPORTED.contains(locale) ? BUNDLES.computeIfAbsent(locale, Messages::load)
                : load(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String of(Locale locale, DomainException e) {
        return get(locale, e.messageKey(), e.args());
    }

    /** The supported language closest to the wanted ones; Korean first. */
    public static Locale pick(List<Locale> wanted) {
        for (Locale locale : wanted) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(locale.getLanguage())) {
                    return supported;
                }
            }
        }
        return KOREAN;
    }

    /**
     * The language of a page answer without Faces: the remembered choice (cookie), else the browser's
     * Accept-Language, else Korean.
     */
    public static Locale of(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())
                        && (cookie.getValue().equals("ko") || cookie.getValue().equals("en"))) {
                    return Locale.of(cookie.getValue());
                }
            }
        }
        if (request.getHeader("Accept-Language") != null) {
            return pick(Collections.list(request.getLocales()));
        }
        return KOREAN;
    }
}
