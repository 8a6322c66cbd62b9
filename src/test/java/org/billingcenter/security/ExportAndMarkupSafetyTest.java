package org.billingcenter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.billingcenter.shared.csv.CsvExport;
import org.junit.jupiter.api.Test;

/**
 * Spreadsheet formulas cannot ride out in an export, and nothing a person typed becomes markup:
 * the CSV writer neutralises formula cells, every CSV export goes through it, and no view builds
 * HTML from strings (Vaadin's text APIs escape; only {@code Html}, {@code innerHTML} and
 * {@code setUnsafeHtml}-like calls would not). The browser journeys show the same on screen.
 */
class ExportAndMarkupSafetyTest {

    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void cellsThatWouldStartAFormulaAreWrittenAsText() throws IOException {
        String csv = csv(List.of("=HYPERLINK(\"http://evil\")", "+1+1", "-2-3", "@SUM(A1)", "\tcmd", "\rcmd", "-12.50", "+3", "plain"));
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records.get(1).toList()).containsExactly("'=HYPERLINK(\"http://evil\")", "'+1+1", "'-2-3", "'@SUM(A1)", "'\tcmd",
                "'\rcmd", "-12.50", "+3", "plain");
    }

    @Test
    void everyCsvExportGoesThroughTheNeutralisingWriter() throws IOException {
        Map<String, String> exports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String source = read(f);
                if (source.contains("setContentType(\"text/csv")) {
                    exports.put(MAIN.relativize(f).toString(), source);
                }
            });
        }
        assertThat(exports).as("the exports found").hasSizeGreaterThanOrEqualTo(4);
        exports.forEach((file, source) -> {
            // A download that streams from a service says so by calling its exportCsv, checked below.
            assertThat(source.contains("CsvExport.write(") || source.contains(".exportCsv(")).as(file + " writes CSV with CsvExport")
                    .isTrue();
            assertThat(source).as(file + " prints no CSV of its own").doesNotContain("CSVPrinter", "CSVFormat");
        });
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String source = read(f);
                if (source.matches("(?s).*public long exportCsv\\(.*")) {
                    assertThat(source).as(MAIN.relativize(f) + " exports with CsvExport").contains("CsvExport.write(");
                }
            });
        }
    }

    @Test
    void noViewRendersStringsAsMarkup() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                String source = read(f);
                return source.contains("new Html(") || source.contains("\"innerHTML\"") || source.contains(".setHtml(")
                        || source.contains("Html.class");
            }).map(Path::toString).toList();
            assertThat(offenders).as("views that build HTML from strings").isEmpty();
        }
    }

    private static String csv(List<String> cells) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(out, cells.stream().map(c -> "h").toList(), rows -> rows.print(cells));
        return new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
