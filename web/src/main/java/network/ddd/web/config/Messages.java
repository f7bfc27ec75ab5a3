package network.ddd.web.config;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import network.ddd.platform.DomainException;

/** Renders message keys from the ko/en bundles; the pages use the same bundle as {@code #{msg}}. */
public final class Messages {
    public static final String BUNDLE = "network.ddd.web.i18n.messages";
    public static final Locale KOREAN = Locale.KOREAN;
    public static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.ENGLISH);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
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
}
