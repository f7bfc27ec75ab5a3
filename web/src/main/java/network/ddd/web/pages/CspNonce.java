package network.ddd.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The page's script nonce (PrimeFaces' CSP mode) for the hidden {@code primefaces.nonce} field of our forms.
 * PrimeFaces' script adds that field to a form when it is sent; PrimeFaces refuses a postback without it. With
 * the field in the form itself, a form sent without JavaScript (or before the script ran) is taken too.
 */
@Named
@RequestScoped
public class CspNonce {
    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
