package network.ddd.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import network.ddd.directory.InvalidSupplierException;
import org.assertj.core.api.InstanceOfAssertFactories;

/**
 * A CSV file read as {@link SupplierImporter} reads it: the first record is the header (keys as {@link Row#key}),
 * data rows are numbered from 2 like the lines of a spreadsheet.
 */
record CsvTable(String fileName, Map<String, Integer> header, List<Row> rows) {

    static CsvTable read(Path file) {
        try {
            return read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hand-made table: a header line, then the rows. */
    static CsvTable of(String... lines) {
        return read("inline.csv", String.join("\n", lines) + "\n");
    }

    static CsvTable read(String fileName, String text) {
        try (CsvReader csv = new CsvReader(new StringReader(text))) {
            List<String> headerCells = Objects.requireNonNull(csv.next(), "no header");
            Map<String, Integer> header = new HashMap<>();
            for (int i = 0; i < headerCells.size(); i++) {
                header.putIfAbsent(Row.key(headerCells.get(i)), i);
            }
            List<Row> rows = new ArrayList<>();
            List<String> cells;
            long number = 1;
            while ((cells = csv.next()) != null) {
                rows.add(new Row(++number, Collections.unmodifiableMap(header), cells));
            }
            return new CsvTable(fileName, Collections.unmodifiableMap(header), List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The format the importer would detect for this table. */
    ImportFormat format() {
        return ImportFormat.detect(header, null);
    }

    /** The mapper the importer would use for this table. */
    RowMapper mapper() {
        return format().mapper(fileName);
    }

    /** The one row whose column holds the value. */
    Row rowWhere(String column, String value) {
        List<Row> found = rows.stream().filter(r -> value.equals(r.get(column))).toList();
        assertThat(found).as("rows of %s with %s = %s", fileName, column, value).hasSize(1);
        return found.getFirst();
    }

    Row onlyRow() {
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }

    /** Maps every row, keeping each outcome or rejection beside its row. */
    Mapped mapAll(RowMapper mapper) {
        List<MappedRow> mapped = new ArrayList<>();
        for (Row row : rows) {
            try {
                mapped.add(new MappedRow(row, mapper.map(row), null));
            } catch (InvalidSupplierException e) {
                mapped.add(new MappedRow(row, null, e));
            }
        }
        return new Mapped(fileName, List.copyOf(mapped));
    }

    /** The accepted outcome of a row; fails the test if the row was skipped. */
    static RowOutcome.Accepted accepted(RowOutcome outcome) {
        return assertThat(outcome).asInstanceOf(InstanceOfAssertFactories.type(RowOutcome.Accepted.class)).actual();
    }

    record MappedRow(Row row, RowOutcome outcome, InvalidSupplierException error) {
        RowOutcome.Accepted accepted() {
            return CsvTable.accepted(outcome);
        }
    }

    record Mapped(String fileName, List<MappedRow> rows) {
        List<MappedRow> accepted() {
            return rows.stream().filter(r -> r.outcome() instanceof RowOutcome.Accepted).toList();
        }

        List<MappedRow> skipped() {
            return rows.stream().filter(r -> r.outcome() instanceof RowOutcome.Skipped).toList();
        }

        List<MappedRow> rejected() {
            return rows.stream().filter(r -> r.error() != null).toList();
        }

        /** e.g. "list-2.csv: 82 rows, 82 accepted, 0 skipped {}, 0 rejected {}". */
        String summary() {
            Map<String, Long> skipReasons = count(skipped(), r -> ((RowOutcome.Skipped) r.outcome()).reasonKey());
            Map<String, Long> rejections = count(rejected(), r -> r.error().field() + ":" + r.error().messageKey());
            return "%s: %d rows, %d accepted, %d skipped %s, %d rejected %s".formatted(fileName, rows.size(),
                    accepted().size(), skipped().size(), skipReasons, rejected().size(), rejections);
        }

        private static Map<String, Long> count(List<MappedRow> rows, Function<MappedRow, String> key) {
            return rows.stream().collect(Collectors.groupingBy(key, java.util.TreeMap::new, Collectors.counting()));
        }
    }
}
