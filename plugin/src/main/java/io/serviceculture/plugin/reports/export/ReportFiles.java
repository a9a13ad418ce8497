package io.serviceculture.plugin.reports.export;

import io.serviceculture.core.reports.CsvTableSink;
import io.serviceculture.core.reports.ReportKind;
import io.serviceculture.core.reports.TableSink;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The file formats a report downloads as, each writing a table to a stream as rows arrive. */
public enum ReportFiles {
    CSV("text/csv; charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Chars and bytes buffered before the servlet stream sees them, so that it gets few, large writes. */
    static final int BUFFER = 1 << 16;

    private final String mediaType;

    ReportFiles(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFiles> byExtension(String extension) {
        for (ReportFiles format : values()) {
            if (format.extension().equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Something that writes one table to a sink. */
    @FunctionalInterface
    public interface Table {
        void writeTo(TableSink sink) throws IOException;
    }

    /**
     * Writes the table to the stream in this format.
     *
     * @param bom whether a CSV starts with a UTF-8 byte order mark, which Excel needs to read UTF-8
     */
    public void write(OutputStream out, ReportKind kind, boolean bom, Function<String, String> headerText, Table table)
            throws IOException {
        // the encoder and the zip stream hand on a few hundred bytes to 8 KB at a time; the servlet gets 64 KB
        BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
        if (this == CSV) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(buffered, StandardCharsets.UTF_8), BUFFER);
            if (bom) {
                writer.write('\uFEFF');
            }
            table.writeTo(new CsvTableSink(writer, headerText));
            writer.flush();
        } else {
            XlsxTableSink sink = new XlsxTableSink(buffered, kind.id(), headerText);
            table.writeTo(sink);
            sink.finish();
            buffered.flush();
        }
    }
}
