package network.ddd.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import network.ddd.web.config.Messages;

/** The page language chosen by {@link LanguageFilter}, for {@code <f:view locale>} and the switch link. */
@Named
@RequestScoped
public class LocaleBean {
    public Locale getLocale() {
        Object chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(LanguageFilter.ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : Messages.KOREAN;
    }

    /** The current page's URL with the other language asked for, keeping the page's own parameters. */
    public String getSwitchUrl() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        StringBuilder url = new StringBuilder("?");
        external.getRequestParameterValuesMap().forEach((name, values) -> {
            // only the page's own parameters: never a form's fields or its view state (a postback's answer)
            if (!name.equals("lang") && !name.startsWith("jakarta.faces.") && name.indexOf(':') < 0
                    && values != null) {
                for (String value : values) {
                    url.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
                }
            }
        });
        return url.append("lang=").append(getLocale().getLanguage().equals("en") ? "ko" : "en").toString();
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }
}
