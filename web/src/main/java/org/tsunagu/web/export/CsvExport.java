package org.tsunagu.web.export;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.KnowledgeFact;

/**
 * One fact type as CSV (RFC 4180: a header row, CRLF line ends, fields quoted when they need it),
 * in UTF-8 with a byte-order mark, without which Excel reads Japanese and Vietnamese names as
 * Windows-1252.
 */
final class CsvExport {

    private static final CsvMapper CSV = CsvMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvExport() {
    }

    /** Writes every fact of the type and returns how many; leaves the stream open. */
    static long write(Database database, FactType type, OutputStream out) throws IOException {
        List<Column> columns = FactTable.columns(type);
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(c -> schema.addColumn(c.header()));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        long rows = 0;
        try (SequenceWriter csv = CSV.writerFor(String[].class)
                .with(schema.build().withHeader().withLineSeparator("\r\n"))
                .writeValues(writer)) {
            for (KnowledgeFact fact : StorePages.facts(database, Optional.of(type))) {
                csv.write(columns.stream().map(c -> SpreadsheetCell.text(c.cell().apply(fact))).toArray(String[]::new));
                rows++;
            }
        }
        writer.flush();
        return rows;
    }
}
