package network.ddd.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text hygiene shared by the value objects: NFC, trimmed, control and invisible format characters (NUL, zero-width
 * space, BOM…) removed, runs of spaces made one, blank means absent.
 */
public final class Texts {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}&&[^\\t]]");
    /** ASCII white space and every Unicode space separator (no-break space, ideographic space…). */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private Texts() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        normalised = SPACES.matcher(CONTROL.matcher(normalised).replaceAll(" ")).replaceAll(" ").strip();
        return normalised.isEmpty() ? null : normalised;
    }

    /**
     * {@link #clean}, refused if longer than {@code max} characters (the column's size).
     *
     * @throws InvalidSupplierException naming {@code field}
     */
    static String clean(String text, int max, String field) {
        String cleaned = clean(text);
        if (cleaned != null && cleaned.length() > max) {
            throw new InvalidSupplierException(field, "error.text.tooLong", max, cleaned.length());
        }
        return cleaned;
    }

    /** At most this many entries in a list (products, processes…), each at most {@link #MAX_ENTRY} characters. */
    static final int MAX_ENTRIES = 100;
    static final int MAX_ENTRY = 200;

    /** {@link #cleanList}, refused beyond {@link #MAX_ENTRIES} entries or an entry beyond {@link #MAX_ENTRY}. */
    static List<String> cleanList(List<String> values, String field) {
        List<String> cleaned = cleanList(values);
        if (cleaned.size() > MAX_ENTRIES) {
            throw new InvalidSupplierException(field, "error.list.tooLong", MAX_ENTRIES, cleaned.size());
        }
        for (String entry : cleaned) {
            if (entry.length() > MAX_ENTRY) {
                throw new InvalidSupplierException(field, "error.text.tooLong", MAX_ENTRY, entry.length());
            }
        }
        return cleaned;
    }

    /** Cleans each entry, drops blanks and duplicates, keeps order. */
    static List<String> cleanList(List<String> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String value : values) {
            String cleaned = clean(value);
            if (cleaned != null) {
                out.add(cleaned);
            }
        }
        return List.copyOf(new ArrayList<>(out));
    }
}
