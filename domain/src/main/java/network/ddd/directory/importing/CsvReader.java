package network.ddd.directory.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: quoted fields with doubled quotes and line breaks, CRLF or LF, a leading BOM
 * ignored. It never fails on content: a stray quote inside an unquoted field is kept as text.
 */
public final class CsvReader implements AutoCloseable {
    private final Reader in;
    private int peeked = -2;
    private long line = 1;
    private long recordStartLine = 1;
    private boolean unterminated;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The physical line on which the last returned record started (1-based). */
    public long recordStartLine() {
        return recordStartLine;
    }

    /**
     * Whether the last record ended at the end of the input inside a quoted field: a quote was never closed, and
     * everything after it was read as that one field.
     */
    public boolean lastRecordUnterminated() {
        return unterminated;
    }

    /** The next record, or {@code null} at end of input. Blank lines are skipped. */
    public List<String> next() {
        unterminated = false;
        try {
            int c = read();
            if (c == '\uFEFF') {
                c = read();
            }
            while (c == '\r' || c == '\n') {
                if (c == '\n') {
                    line++;
                }
                c = read();
            }
            if (c == -1) {
                return null;
            }
            recordStartLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStart = true;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        unterminated = true;
                        fields.add(field.toString());
                        return fields;
                    }
                    if (c == '"') {
                        int n = read();
                        if (n == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = n;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && fieldStart) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                    c = read();
                    continue;
                } else if (c == '\n' || c == '\r' || c == -1) {
                    if (c == '\r' && peek() == '\n') {
                        read();
                    }
                    if (c != -1) {
                        line++;
                    }
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append((char) c);
                }
                fieldStart = false;
                c = read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return in.read();
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
