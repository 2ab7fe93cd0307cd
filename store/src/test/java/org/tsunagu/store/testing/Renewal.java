package org.tsunagu.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.fact.Evidence;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.time.PartialDate;

/**
 * Articles that report an agreement and its renewal, with the agreements the extractor reads from
 * them, built by hand with sentences split at end punctuation followed by white space.
 */
public final class Renewal {

    private static final Pattern SENTENCE = Pattern.compile("[^\\s][^.!?]*(?:[.!?]+|$)");

    private final Document document;

    private Renewal(Document document) {
        this.document = document;
    }

    public static Renewal article(String name, String text) {
        return new Renewal(Document.of(name, "test://" + name, text));
    }

    /** The project's sample in which Da Nang and Sakai recall their 2014 MOU and sign a new one. */
    public static Extraction daNangSakaiSample() {
        Renewal article = article("45-danang-sakai-portal", sample("45-danang-sakai-portal.txt"));
        return article.with(
                article.mou("a memorandum on urban", PartialDate.ofYear(2014), "Da Nang", "Sakai"),
                article.mou("a new memorandum", PartialDate.ofDay(2025, 4, 1), "Da Nang", "Sakai"));
    }

    public Extraction with(Agreement... agreements) {
        return new Extraction(document, document.published(), List.of(agreements));
    }

    /** An MOU between places, its evidence the sentence of the first {@code trigger}. */
    public Agreement mou(String trigger, PartialDate date, String... places) {
        List<EntityRef> parties = java.util.Arrays.stream(places)
                .map(name -> new EntityRef(name, EntityType.PLACE, span(name))).toList();
        return new Agreement(parties, AgreementKind.MOU, Optional.ofNullable(date), List.of(), List.of(),
                evidence(trigger), 0.8);
    }

    private Evidence evidence(String trigger) {
        Span triggerSpan = span(trigger);
        Matcher sentences = SENTENCE.matcher(document.text());
        int index = 0;
        while (sentences.find()) {
            if (triggerSpan.start() < sentences.end()) {
                return new Evidence(document.name(), index, new Span(sentences.start(), sentences.end()), triggerSpan);
            }
            index++;
        }
        throw new IllegalArgumentException("no sentence holds '" + trigger + "'");
    }

    private Span span(String words) {
        int start = document.text().indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in " + document.name());
        }
        return new Span(start, start + words.length());
    }

    private static String sample(String file) {
        try {
            return Files.readString(Path.of("../examples/articles", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
