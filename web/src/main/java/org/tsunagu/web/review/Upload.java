package org.tsunagu.web.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.document.UnreadLanguage;
import org.tsunagu.model.fact.FactType;

/**
 * One uploaded article (by name, and headline when it has one) and what became of it: queued,
 * then done (stored new or found unchanged, with the facts it added and every fact it states) or
 * failed with the reason; and, for an article in a language extraction does not read, that language.
 */
record Upload(String id, String document, Optional<String> title, String contentHash, Status status,
        List<String> warnings, Optional<Long> documentId, boolean stored, Map<FactType, Integer> factsByType,
        List<ReadFact> readFacts, Optional<String> error, Optional<UnreadLanguage> unreadLanguage) {

    /** A knowledge fact the article states, ready for review on its page. */
    record ReadFact(long id, FactType type, String summary) {

        String page() {
            return "/facts/" + id;
        }
    }

    enum Status {
        QUEUED, DONE, FAILED;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    Upload {
        warnings = List.copyOf(warnings);
        factsByType = Map.copyOf(factsByType);
        readFacts = List.copyOf(readFacts);
    }

    static Upload queued(String id, Document document, List<String> warnings) {
        return new Upload(id, document.name(), document.info().title(), document.contentHash(), Status.QUEUED, warnings,
                Optional.empty(), false, Map.of(), List.of(), Optional.empty(), UnreadLanguage.of(document.info()));
    }

    /** {@code read} are the facts the stored document states, new or known before. */
    Upload done(long storedDocument, boolean isNew, Map<FactType, Integer> newFacts, List<ReadFact> read) {
        return new Upload(id, document, title, contentHash, Status.DONE, warnings, Optional.of(storedDocument), isNew,
                newFacts, read, Optional.empty(), unreadLanguage);
    }

    Upload failed(String reason) {
        return new Upload(id, document, title, contentHash, Status.FAILED, warnings, Optional.empty(), false, Map.of(),
                List.of(), Optional.of(reason), unreadLanguage);
    }

    /** What the page calls the article: its headline, else its name. */
    String heading() {
        return title.orElse(document);
    }

    String page() {
        return "/uploads/" + id;
    }

    String url() {
        return "/api/uploads/" + id;
    }

    int facts() {
        return factsByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    int factsOf(FactType type) {
        return factsByType.getOrDefault(type, 0);
    }
}
