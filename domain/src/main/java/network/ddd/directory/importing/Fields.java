package network.ddd.directory.importing;

import java.util.Arrays;
import java.util.List;
import network.ddd.directory.InvalidSupplierException;

/** Parsing of the cell types the formats share; a bad cell names its column. */
final class Fields {
    private Fields() {
    }

    static Integer integer(Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        String digits = value.replace(",", "");
        try {
            double parsed = Double.parseDouble(digits);
            if (parsed != Math.rint(parsed) || Math.abs(parsed) > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return (int) parsed;
        } catch (NumberFormatException e) {
            throw new InvalidSupplierException(column, "error.cell.integer", value);
        }
    }

    static Double decimal(Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidSupplierException(column, "error.cell.decimal", value);
        }
    }

    /** Splits a list cell on the given separator regex, dropping blanks. */
    static List<String> list(Row row, String column, String separator) {
        String value = row.get(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
