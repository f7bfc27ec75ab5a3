package network.ddd.directory;

import static network.ddd.directory.Texts.clean;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How to reach a supplier: contact person, telephone, e-mail, web site — each optional. Only the firm (or the
 * operator) writes it; only signed-in members read it (rule {@code SUPPLIER_PROFILE_VIEW_CONTACT}). It is kept
 * apart from the {@link SupplierProfile}: registers do not carry it, so a re-import never touches it, and it never
 * goes into the public search index.
 */
public record Contact(String person, String phone, String email, String website) {
    public static final Contact NONE = new Contact(null, null, null, null);
    public static final int MAX_PERSON = 100;
    /** What a telephone number may be typed with: digits, +, -, spaces, parentheses, dots. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ().-]{6,22}[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public Contact {
        person = clean(person);
        if (person != null && person.length() > MAX_PERSON) {
            throw new InvalidSupplierException("contact_person", "error.contact.person", MAX_PERSON);
        }
        phone = clean(phone);
        if (phone != null && !validPhone(phone)) {
            throw new InvalidSupplierException("contact_phone", "error.contact.phone", phone);
        }
        email = clean(email);
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                throw new InvalidSupplierException("contact_email", "error.contact.email", email);
            }
        }
        website = website(clean(website));
    }

    public boolean isEmpty() {
        return person == null && phone == null && email == null && website == null;
    }

    /** The number for a {@code tel:} link: digits and a leading +. */
    public String phoneDigits() {
        return phone == null ? null : phone.replaceAll("[^0-9+]", "");
    }

    private static boolean validPhone(String phone) {
        if (!PHONE.matcher(phone).matches()) {
            return false;
        }
        long digits = phone.chars().filter(Character::isDigit).count();
        return digits >= 8 && digits <= 15;
    }

    /** {@code https://} is added to a bare host ({@code example.co.kr}); only http and https links are kept. */
    private static String website(String typed) {
        if (typed == null) {
            return null;
        }
        String url = typed.contains("://") ? typed : "https://" + typed;
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || !uri.getHost().contains(".") || url.length() > 300) {
                throw new InvalidSupplierException("contact_website", "error.contact.website", typed);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new InvalidSupplierException("contact_website", "error.contact.website", typed);
        }
    }
}
