package network.ddd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import network.ddd.directory.importing.ImportFormat;
import network.ddd.directory.importing.ImportReport;
import network.ddd.directory.importing.SupplierImporter;
import network.ddd.access.AccessPolicy;
import network.ddd.access.Action;
import network.ddd.access.Resource;
import network.ddd.platform.DomainException;
import network.ddd.web.config.Messages;
import network.ddd.web.security.Caller;

/**
 * Imports a supplier list sent as the request body (CSV, UTF-8). The upload is kept in a temporary file, its
 * header is checked (a wrong format is a 400 before anything is written), then the import runs while the answer
 * streams progress lines (rows, %, rows/s) and ends with the report and one machine-readable {@code RESULT} line.
 */
@Path("v1/imports")
@RequestScoped
public class ImportResource {
    @Inject
    SupplierImporter importer;

    @Context
    HttpHeaders headers;

    @Inject
    Caller caller;

    @Inject
    AccessPolicy access;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public StreamingOutput importList(InputStream body, @QueryParam("format") String format,
                                      @QueryParam("name") String name) throws IOException {
        access.check(caller.actor(), Action.IMPORT, Resource.directory()); // before a byte of the upload is read
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        ImportFormat asked = ImportFormat.ofName(format);
        String fileName = name == null || name.isBlank() ? "upload.csv" : name.strip();
        var upload = Files.createTempFile("ddd-import-", ".csv");
        try {
            Files.copy(body, upload, StandardCopyOption.REPLACE_EXISTING);
            long size = Files.size(upload);
            ImportFormat detected;
            try (InputStream head = Files.newInputStream(upload)) {
                detected = SupplierImporter.detect(head, asked);
            }
            return output -> {
                PrintWriter out = new PrintWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), true);
                long started = System.nanoTime();
                out.println(Messages.get(locale, "import.started", fileName, label(detected), size));
                try (InputStream in = Files.newInputStream(upload)) {
                    ImportReport report = importer.importCsv(in, detected, fileName, (rows, bytes) -> {
                        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                        out.println(Messages.get(locale, "import.progress",
                                size == 0 ? 100 : (int) (bytes * 100 / size), rows, Math.round(rows / seconds)));
                        if (out.checkError()) { // the client went away: stop; committed batches stay
                            throw new UncheckedIOException(new IOException("import client disconnected"));
                        }
                    });
                    printReport(out, report, locale, (System.nanoTime() - started) / 1e9);
                } catch (DomainException e) {
                    out.println(Messages.get(locale, "import.failed", Messages.of(locale, e)));
                    out.println("RESULT failed");
                } finally {
                    Files.deleteIfExists(upload);
                }
            };
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(upload);
            throw e;
        }
    }

    private static String label(ImportFormat format) {
        return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void printReport(PrintWriter out, ImportReport r, Locale locale, double seconds) {
        out.println(Messages.get(locale, "import.done", label(r.format()), String.format(Locale.ROOT, "%.1f", seconds)));
        out.println(Messages.get(locale, "import.counts", r.rowsRead(), r.created(), r.updated(), r.unchanged(),
                r.skippedTotal(), r.rejected().size()));
        r.skipped().forEach((reason, n) -> out.println(Messages.get(locale, "import.skipped", Messages.get(locale,
                reason), n)));
        if (!r.rejected().isEmpty()) {
            out.println(Messages.get(locale, "import.rejected.header"));
            for (ImportReport.RowError error : r.rejected()) {
                out.println(Messages.get(locale, "import.rejected.row", error.row(),
                        error.column() == null ? "-" : error.column(),
                        Messages.get(locale, error.messageKey(), error.args().toArray())));
            }
        }
        out.printf(Locale.ROOT, "RESULT format=%s read=%d created=%d updated=%d unchanged=%d skipped=%d rejected=%d%n",
                label(r.format()), r.rowsRead(), r.created(), r.updated(), r.unchanged(), r.skippedTotal(),
                r.rejected().size());
        if (out.checkError()) {
            throw new UncheckedIOException(new IOException("client went away"));
        }
    }
}
