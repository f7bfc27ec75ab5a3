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
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import network.ddd.directory.importing.ImportFormat;
import network.ddd.directory.importing.ImportReport;
import network.ddd.directory.importing.SupplierImporter;
import network.ddd.access.AccessPolicy;
import network.ddd.access.Action;
import network.ddd.access.Resource;
import network.ddd.platform.DomainException;
import network.ddd.web.config.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import network.ddd.web.security.Caller;

/**
 * Imports a supplier list sent as the request body (CSV, UTF-8). The upload is kept in a temporary file, its
 * size is checked against {@code ddd.import.max-bytes} (413 past it, nothing stored), its header is checked (a
 * wrong format is a 400 before anything is written), then the import runs while the answer streams progress lines
 * (rows, %, rows/s) as they happen — each line is flushed, the answer is chunked — and ends with the report and
 * one machine-readable {@code RESULT} line.
 */
@Path("v1/imports")
@RequestScoped
public class ImportResource {
    @Inject
    SupplierImporter importer;

    @Context
    HttpHeaders headers;

    /** Largest upload accepted, in bytes (DDD_IMPORT_MAX_BYTES); 50 MB by default. */
    @Inject
    @ConfigProperty(name = "ddd.import.max-bytes", defaultValue = "52428800")
    long maxBytes;

    @Inject
    Caller caller;

    @Inject
    AccessPolicy access;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "Import a supplier list (CSV, UTF-8)", description = "The answer is text/plain, streamed "
            + "line by line while the import runs (progress, then the report), ending with one RESULT line. The "
            + "operator only.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "Progress lines, the report and a RESULT line")
    @APIResponse(responseCode = "400", description = "Unknown format, empty file, not UTF-8")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the operator")
    @APIResponse(responseCode = "413", description = "Larger than ddd.import.max-bytes (50 MB by default); nothing "
            + "stored")
    public StreamingOutput importList(
            @RequestBody(description = "The CSV file's bytes", required = true) InputStream body,
            @Parameter(description = "kicox, osh, osh-list, ddd or auto (detected from the header)",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "auto",
                            enumeration = {"auto", "kicox", "osh", "osh-list", "ddd"}))
            @QueryParam("format") String format,
            @Parameter(description = "The file's name, shown in the report") @QueryParam("name") String name)
            throws IOException {
        access.check(caller.actor(), Action.IMPORT, Resource.directory()); // before a byte of the upload is read
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        ImportFormat asked = ImportFormat.ofName(format);
        String fileName = name == null || name.isBlank() ? "upload.csv" : name.strip();
        if (headers.getLength() > maxBytes) { // declared too large: refuse before reading anything
            throw new ImportTooLargeException(maxBytes);
        }
        var upload = Files.createTempFile("ddd-import-", ".csv");
        try {
            long size;
            try (OutputStream file = Files.newOutputStream(upload)) {
                size = LimitedUpload.copy(body, file, maxBytes);
            }
            if (size > maxBytes) {
                throw new ImportTooLargeException(maxBytes);
            }
            ImportFormat detected;
            try (InputStream head = Files.newInputStream(upload)) {
                detected = SupplierImporter.detect(head, asked);
            }
            return output -> {
                PrintWriter out = ProgressLines.writer(output);
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
        if (r.kept() > 0) {
            out.println(Messages.get(locale, "import.kept", r.kept()));
        }
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
        out.printf(Locale.ROOT, "RESULT format=%s read=%d created=%d updated=%d unchanged=%d kept=%d skipped=%d "
                + "rejected=%d%n", label(r.format()), r.rowsRead(), r.created(), r.updated(), r.unchanged(), r.kept(),
                r.skippedTotal(),
                r.rejected().size());
        if (out.checkError()) {
            throw new UncheckedIOException(new IOException("client went away"));
        }
    }
}
