package network.ddd.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTest {

    /** Every record of the text, each with the physical line it started on. */
    private record Record(long line, List<String> fields) {
    }

    private static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        CsvReader csv = new CsvReader(new StringReader(text));
        List<String> fields;
        while ((fields = csv.next()) != null) {
            records.add(new Record(csv.recordStartLine(), fields));
        }
        assertThat(csv.next()).as("end of input stays the end").isNull();
        return records;
    }

    private static List<List<String>> fields(String text) {
        return read(text).stream().map(Record::fields).toList();
    }

    @Test
    void aQuotedFieldMayHoldCommas() {
        assertThat(fields("c0092,\"(주)굿유니폼\",\"남, 여성복정장\",6\n"))
                .containsExactly(List.of("c0092", "(주)굿유니폼", "남, 여성복정장", "6"));
    }

    @Test
    void aDoubledQuoteInsideQuotesIsOneQuote() {
        assertThat(fields("\"5\"\" zipper\",\"\"\"quoted\"\"\",x\n"))
                .containsExactly(List.of("5\" zipper", "\"quoted\"", "x"));
    }

    @Test
    void aStrayQuoteInsideAnUnquotedFieldIsKeptAsText() {
        assertThat(fields("5\" zipper,a\"b\"\n")).containsExactly(List.of("5\" zipper", "a\"b\""));
    }

    @Test
    void aQuotedFieldMaySpanLinesAndTheRecordKeepsItsStartLine() {
        List<Record> records = read("""
                id,address
                1,"대구광역시 서구
                서대구로 351"
                2,"line one
                line two
                line three"
                3,plain
                """);

        assertThat(records).extracting(Record::line).containsExactly(1L, 2L, 4L, 7L);
        assertThat(records.get(1).fields()).containsExactly("1", "대구광역시 서구\n서대구로 351");
        assertThat(records.get(2).fields()).containsExactly("2", "line one\nline two\nline three");
        assertThat(records.get(3).fields()).containsExactly("3", "plain");
    }

    @Test
    void crlfEndsARecordAndLeavesNoCarriageReturnInTheValues() {
        List<Record> records = read("id,name\r\n1,\"a\"\r\n2,b\r\n\"3\r\nx\",c\r\n4,d\r\n");

        assertThat(records).extracting(Record::fields).containsExactly(
                List.of("id", "name"), List.of("1", "a"), List.of("2", "b"), List.of("3\r\nx", "c"), List.of("4", "d"));
        assertThat(records).extracting(Record::line).containsExactly(1L, 2L, 3L, 4L, 6L);
    }

    @Test
    void aLeadingByteOrderMarkIsNotPartOfTheFirstColumnName() {
        assertThat(fields("\uFEFFid,name\n1,x\n")).containsExactly(List.of("id", "name"), List.of("1", "x"));
        assertThat(fields("\uFEFF\"id\",name\n")).containsExactly(List.of("id", "name"));
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"a,b\n\nc,d\n", "a,b\n\n\n\nc,d\n\n", "\n\na,b\r\n\r\n\r\nc,d\r\n", "a,b\nc,d\n\n\n"})
    void blankLinesAreSkipped(String text) {
        assertThat(fields(text)).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void lineNumbersCountTheSkippedBlankLines() {
        assertThat(read("header\n\n\nrow\r\n\r\nlast")).extracting(Record::line).containsExactly(1L, 4L, 6L);
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"a,b\nc,d", "a,b\r\nc,d", "a,b\n\"c\",\"d\"", "a,b\nc,\"d"})
    void theLastLineNeedsNoLineBreak(String text) {
        assertThat(fields(text)).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void emptyFieldsAreEmptyStrings() {
        assertThat(fields(",,\na,,b\n\"\",x,\"\"\nlast,\n")).containsExactly(
                List.of("", "", ""), List.of("a", "", "b"), List.of("", "x", ""), List.of("last", ""));
    }

    @Test
    void anEmptyInputHasNoRecords() {
        assertThat(fields("")).isEmpty();
        assertThat(fields("\n\r\n\n")).isEmpty();
        assertThat(fields("\uFEFF")).isEmpty();
        assertThat(fields("\uFEFF\r\n\r\n")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aQuoteNeverClosedIsFlaggedOnTheRecordThatSwallowedTheRest() {
        CsvReader csv = new CsvReader(new java.io.StringReader("a,b\n\"x,1\ny,2\n"));
        org.assertj.core.api.Assertions.assertThat(csv.next()).containsExactly("a", "b");
        org.assertj.core.api.Assertions.assertThat(csv.lastRecordUnterminated()).isFalse();
        org.assertj.core.api.Assertions.assertThat(csv.next()).containsExactly("x,1\ny,2\n");
        org.assertj.core.api.Assertions.assertThat(csv.lastRecordUnterminated()).isTrue();
    }
}
