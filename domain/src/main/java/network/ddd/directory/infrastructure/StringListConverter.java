package network.ddd.directory.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Stores a short list of words (aliases, products, processes…) as one text column, one entry per line. They are
 * read and written with their supplier and searched through the search index, never joined on, so a child table
 * per list would only cost joins. Entries never contain line breaks: {@code Texts.clean} folds whitespace.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {
    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null ? "" : String.join("\n", values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return List.copyOf(Arrays.asList(column.split("\n")));
    }
}
