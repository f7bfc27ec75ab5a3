package network.ddd.directory.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.BufferedReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.ddd.directory.InvalidSupplierException;
import network.ddd.platform.DatabaseUnavailableException;
import network.ddd.platform.DomainException;

/**
 * Use case: import a supplier list. Streams the file, maps each row, writes accepted rows in batches, and
 * reports every rejected row. A batch the database refuses is retried row by row so one bad row cannot cost its
 * neighbours.
 */
@ApplicationScoped
public class SupplierImporter {
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(SupplierImporter.class.getName());

    @Inject
    ImportBatchWriter writer;

    /**
     * @param asked    the format asked for, or {@code null} to detect it from the header
     * @param fileName the file's name (part of the source id of lists without ids)
     */
    public ImportReport importCsv(InputStream input, ImportFormat asked, String fileName, ImportProgress progress) {
        CountingStream counted = new CountingStream(input);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CsvReader csv = new CsvReader(new BufferedReader(new InputStreamReader(counted, decoder), 1 << 16))) {
            List<String> headerCells = nextRecord(csv, 1);
            if (headerCells == null) {
                throw new EmptyFileException();
            }
            Map<String, Integer> header = header(headerCells);
            ImportFormat format = ImportFormat.detect(header, asked);
            RowMapper mapper = format.mapper(fileName);
            ImportReport report = new ImportReport(format);
            List<RowOutcome.Accepted> batch = new ArrayList<>(BATCH);
            List<Long> batchRows = new ArrayList<>(BATCH);
            long rowNumber = 1;
            long lastProgress = System.nanoTime();
            List<String> cells;
            while (true) {
                try {
                    cells = nextRecord(csv, rowNumber + 1);
                } catch (EncodingException e) {
                    flush(batch, batchRows, report); // keep what was read before the bad bytes
                    throw e;
                }
                if (cells == null) {
                    break;
                }
                rowNumber++;
                report.read();
                try {
                    if (csv.lastRecordUnterminated()) {
                        throw new InvalidSupplierException(null, "error.csv.unclosedQuote");
                    }
                    RowOutcome outcome = mapper.map(new Row(rowNumber, header, cells));
                    if (outcome instanceof RowOutcome.Accepted accepted) {
                        batch.add(accepted);
                        batchRows.add(rowNumber);
                    } else if (outcome instanceof RowOutcome.Skipped skipped) {
                        report.skipped(skipped.reasonKey());
                    }
                } catch (InvalidSupplierException e) {
                    report.rejected(new ImportReport.RowError(rowNumber, e.field(), e.messageKey(),
                            List.of(e.args())));
                }
                if (batch.size() == BATCH) {
                    flush(batch, batchRows, report);
                }
                if (System.nanoTime() - lastProgress > 1_000_000_000L) {
                    progress.update(report.rowsRead(), counted.count);
                    lastProgress = System.nanoTime();
                }
            }
            flush(batch, batchRows, report);
            progress.update(report.rowsRead(), counted.count);
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads only the header of a file and names its format, so a caller can refuse an unknown file before it
     * starts a long import.
     */
    public static ImportFormat detect(InputStream input, ImportFormat asked) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CsvReader csv = new CsvReader(new InputStreamReader(input, decoder))) {
            List<String> headerCells = nextRecord(csv, 1);
            if (headerCells == null) {
                throw new EmptyFileException();
            }
            return ImportFormat.detect(header(headerCells), asked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Column name (normalised) → index; the first of two equal names wins. */
    private static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            header.putIfAbsent(Row.key(cells.get(i)), i);
        }
        return header;
    }

    /** Reads a record; an undecodable byte sequence ends the import with a clear error naming the row. */
    private static List<String> nextRecord(CsvReader csv, long row) {
        try {
            return csv.next();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new EncodingException(row);
            }
            throw e;
        }
    }

    private void flush(List<RowOutcome.Accepted> batch, List<Long> rows, ImportReport report) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            count(writer.write(batch), report);
        } catch (RuntimeException batchFailure) {
            if (DatabaseUnavailableException.isCause(batchFailure)) {
                throw new DatabaseUnavailableException(batchFailure);
            }
            LOG.log(Level.WARNING, "Import batch refused by the database; retrying its rows one by one",
                    batchFailure);
            for (int i = 0; i < batch.size(); i++) {
                try {
                    count(writer.write(List.of(batch.get(i))), report);
                } catch (RuntimeException rowFailure) {
                    if (DatabaseUnavailableException.isCause(rowFailure)) {
                        throw new DatabaseUnavailableException(rowFailure);
                    }
                    report.rejected(new ImportReport.RowError(rows.get(i), null, "error.import.storage",
                            List.of(String.valueOf(rootMessage(rowFailure)))));
                }
            }
        }
        batch.clear();
        rows.clear();
    }

    private static void count(ImportBatchWriter.Counts counts, ImportReport report) {
        report.created(counts.created());
        report.updated(counts.updated());
        report.unchanged(counts.unchanged());
        report.kept(counts.kept());
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    /** The file has no header row. */
    public static class EmptyFileException extends DomainException {
        public EmptyFileException() {
            super("error.import.empty");
        }
    }

    /** The file is not UTF-8 (other encodings come later). */
    public static class EncodingException extends DomainException {
        public EncodingException(long row) {
            super("error.import.encoding", row);
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
