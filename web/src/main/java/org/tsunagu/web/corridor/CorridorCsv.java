package org.tsunagu.web.corridor;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.tsunagu.web.export.SpreadsheetCell;

/** A corridor's figures as CSV: the amount as read, and beside it the amount in the chosen currency with its rate year. */
final class CorridorCsv {

    private static final CsvMapper CSV = CsvMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final List<String> FIXED = List.of("fact", "investor", "destination", "kind", "year", "rank",
            "amount", "currency");

    private CorridorCsv() {
    }

    static void write(CorridorReport report, Writer out) throws IOException {
        String code = report.currencyCode().toLowerCase(Locale.ROOT);
        CsvSchema.Builder schema = CsvSchema.builder();
        Stream.concat(FIXED.stream(), Stream.of("amount_" + code, "rate_year", "document", "sentence"))
                .forEach(schema::addColumn);
        try (SequenceWriter csv = CSV.writerFor(String[].class)
                .with(schema.build().withHeader().withLineSeparator("\r\n")).writeValues(out)) {
            for (CorridorFigure f : report.figures()) {
                csv.write(Stream.of(String.valueOf(f.fact().id()), report.corridor().investorName(),
                        report.corridor().destinationName(), f.kind().code(), f.year().map(String::valueOf).orElse(""),
                        f.investment().rank().map(String::valueOf).orElse(""),
                        f.investment().amount().amount().toPlainString(),
                        f.investment().amount().currency().getCurrencyCode(),
                        f.normalisedAmount().orElse(""),
                        f.normalised().map(n -> String.valueOf(n.rateYear())).orElse(""),
                        f.fact().citation().documentName(), f.fact().citation().sentence())
                        .map(SpreadsheetCell::text).toArray(String[]::new));
            }
        }
        out.flush();
    }
}
