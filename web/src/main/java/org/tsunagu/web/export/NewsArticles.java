package org.tsunagu.web.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.store.knowledge.Source;

/**
 * The articles that report a fact, as schema.org {@code NewsArticle}s under the fact's
 * {@code subjectOf}: each document once, with its headline, publisher, address, publication date
 * and language where its file gave them, so that whoever reuses the data can cite who published
 * each statement and when.
 */
final class NewsArticles {

    private NewsArticles() {
    }

    static void write(JsonGenerator json, List<Source> sources) throws IOException {
        Map<String, DocumentInfo> documents = new LinkedHashMap<>();
        sources.forEach(source -> documents.putIfAbsent(source.document(), source.publication()));
        if (documents.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("subjectOf");
        for (Map.Entry<String, DocumentInfo> document : documents.entrySet()) {
            DocumentInfo info = document.getValue();
            json.writeStartObject();
            json.writeStringField("@type", "NewsArticle");
            json.writeStringField("name", document.getKey());
            field(json, "headline", info.title());
            if (info.outlet().isPresent()) {
                json.writeObjectFieldStart("publisher");
                json.writeStringField("@type", "Organization");
                json.writeStringField("name", info.outlet().get());
                json.writeEndObject();
            }
            field(json, "url", info.webAddress());
            field(json, "datePublished", info.published().map(Object::toString));
            field(json, "inLanguage", info.language());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void field(JsonGenerator json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        }
    }
}
