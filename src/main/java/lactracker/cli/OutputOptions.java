package lactracker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --format and --out, shared by the commands that write a report. */
final class OutputOptions {
    enum Format {
        csv, json;

        lactracker.app.ReportFormat report() {
            return this == json ? lactracker.app.ReportFormat.JSON : lactracker.app.ReportFormat.CSV;
        }
    }

    @Option(names = "--format", paramLabel = "csv|json", descriptionKey = "cli.output.format")
    Format format = Format.csv;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.output.out")
    Path out;

    /**
     * A writer to standard output (left open); with --out, the services write the file themselves (whole and
     * owner-only), and this writer is not written to.
     */
    Writer open(PrintWriter standardOut) throws IOException {
        return new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                standardOut.write(buf, off, len);
            }

            @Override
            public void flush() {
                standardOut.flush();
            }

            @Override
            public void close() {
                standardOut.flush();
            }
        };
    }
}
