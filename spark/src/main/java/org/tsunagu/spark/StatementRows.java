package org.tsunagu.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The statements table: one row per fact of a document line, with the columns a query filters or
 * joins on (document, type, confidence, evidence offsets) and the whole fact as its JSON.
 */
final class StatementRows {

    static final StructType SCHEMA = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("sha256", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false)
            .add("doc_date", DataTypes.StringType, true)
            .add("fact_index", DataTypes.IntegerType, false)
            .add("type", DataTypes.StringType, false)
            .add("confidence", DataTypes.DoubleType, false)
            .add("sentence", DataTypes.IntegerType, false)
            .add("sentence_start", DataTypes.IntegerType, false)
            .add("sentence_end", DataTypes.IntegerType, false)
            .add("evidence_start", DataTypes.IntegerType, false)
            .add("evidence_end", DataTypes.IntegerType, false)
            .add("fact", DataTypes.StringType, false);

    private static final ObjectMapper JSON = new ObjectMapper();

    private StatementRows() {
    }

    static Iterator<Row> of(Row documentLine) {
        JsonNode line;
        try {
            line = JSON.readTree(documentLine.getString(0));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        int index = 0;
        for (JsonNode fact : line.path("facts")) {
            JsonNode evidence = fact.path("evidence");
            rows.add(RowFactory.create(line.path("id").asText(), line.path("sha256").asText(),
                    line.path("source").asText(), line.path("doc_date").asText(null), index++,
                    fact.path("type").asText(), fact.path("confidence").asDouble(),
                    evidence.path("sentence").asInt(), evidence.path("sentence_start").asInt(),
                    evidence.path("sentence_end").asInt(), evidence.path("start").asInt(),
                    evidence.path("end").asInt(), fact.toString()));
        }
        return rows.iterator();
    }
}
