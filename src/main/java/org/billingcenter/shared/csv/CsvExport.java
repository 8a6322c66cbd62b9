package org.billingcenter.shared.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV for people to open in a spreadsheet: UTF-8 with a byte-order mark (so Excel reads
 * Chinese text correctly), and cells that would start a formula (=, +, -, @, tab, CR) prefixed
 * with a quote mark so a spreadsheet shows them as text instead of running them.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** Streams rows as they come; nothing is held in memory beyond one row. */
    public static void write(OutputStream out, List<String> header, Consumer<Row> rows) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(writer);
            rows.accept(cells -> {
                try {
                    printer.printRecord(cells.stream().map(CsvExport::neutralise).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String neutralise(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isPlainNumber(text)) {
            return "'" + text;
        }
        return text;
    }

    /** Negative amounts stay numbers: "-12.50" cannot be a formula. */
    private static boolean isPlainNumber(String text) {
        return text.matches("[-+]?\\d+(\\.\\d+)?");
    }

    /** Receives one record's cells. */
    @FunctionalInterface
    public interface Row {
        void print(List<?> cells);
    }
}
