package org.tsunagu.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.time.PartialDate;

class ExtractionJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Extraction extraction() {
        Document document = Document.of("d1", "https://news.example/d1", "Hue and Kobe signed a memorandum.")
                .withInfo(DocumentInfo.NONE.withTitle("Hue and Kobe sign").withOutlet("Example News")
                        .withUrl("https://news.example/d1").withLanguage("en"))
                .withPublished(PartialDate.ofDay(2024, 3, 5));
        return new Extraction(document, Optional.of(PartialDate.ofDay(2024, 3, 4)), FactJsonTest.oneOfEachKind());
    }

    @Test
    void readsBackTheDocumentItsPublicationItsDatesAndEveryFactFromTheLineAlone() throws Exception {
        String line = ExtractionJson.write(extraction()).toString();

        assertThat(ExtractionJson.read(JSON.readTree(line))).isEqualTo(extraction());
    }

    @Test
    void refusesALineWhoseTextIsNotTheOneItsHashNames() {
        ObjectNode line = ExtractionJson.write(extraction());
        line.put("text", "Hue and Kobe signed an agreement.");

        assertThatThrownBy(() -> ExtractionJson.read(line)).hasMessageContaining("does not match its sha256");
    }
}
