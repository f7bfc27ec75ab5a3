package network.ddd.directory.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One CSV record with its header, read by column name (case- and space-insensitive). */
public record Row(long number, Map<String, Integer> header, List<String> values) {

    /** The value of a column, or {@code null} when the column is absent or the cell blank. */
    public String get(String column) {
        Integer index = header.get(key(column));
        if (index == null || index >= values.size()) {
            return null;
        }
        String value = values.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    public boolean has(String column) {
        return header.containsKey(key(column));
    }

    static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
