package network.ddd.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import network.ddd.directory.InvalidSupplierException;
import network.ddd.platform.DomainException;
import network.ddd.platform.InvalidInputException;
import network.ddd.web.config.Messages;

/**
 * Puts readable messages on the page from the ko/en bundles: a refused business rule becomes its sentence, never
 * a stack trace. The pages show them with {@code <p:messages>}.
 */
final class PageMessages {
    private PageMessages() {
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Object chosen = faces.getExternalContext().getRequestMap().get(LanguageFilter.ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : Messages.KOREAN;
    }

    static String text(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }

    static void error(DomainException e) {
        add(FacesMessage.SEVERITY_ERROR, Messages.of(locale(), e));
    }

    /**
     * A broken rule about one typed value, shown next to its field: the exception's field names the input in the
     * form ({@code formId} + ":" + field) when the page has one, else the message goes on top of the page.
     */
    static void error(String formId, DomainException e) {
        String field = e instanceof InvalidInputException input ? input.field()
                : e instanceof InvalidSupplierException supplier ? supplier.field() : null;
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = field == null ? null : formId + faces.getNamingContainerSeparatorChar() + field;
        if (clientId != null && faces.getViewRoot().findComponent(clientId) != null) {
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.of(locale(), e), null));
        } else {
            error(e);
        }
    }

    static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** Answers 404 with our error page (an unknown or malformed id in the URL). */
    static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The id in a URL parameter, or -1 when it is not a positive number. */
    static long idOf(String text) {
        try {
            long id = Long.parseLong(text == null ? "" : text.strip());
            return id > 0 ? id : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean postback() {
        return FacesContext.getCurrentInstance().isPostback();
    }
}
