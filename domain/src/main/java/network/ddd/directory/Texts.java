package network.ddd.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Text hygiene shared by the value objects: NFC, trimmed, control characters removed, blank means absent. */
final class Texts {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]|\\uFEFF");
    /** ASCII white space and every Unicode space separator (no-break space, ideographic space…). */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private Texts() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        normalised = SPACES.matcher(CONTROL.matcher(normalised).replaceAll(" ")).replaceAll(" ").strip();
        return normalised.isEmpty() ? null : normalised;
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
