package org.tsunagu.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tsunagu.model.document.Document;

/**
 * A synthetic corpus for timing: each article starts from one sample and borrows paragraphs from
 * the next ones until it reaches the target size, with a serial number so no two are equal.
 */
record BenchCorpus(List<Document> documents) {

    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");

    static BenchCorpus generate(List<Document> samples, int count, int targetChars) {
        return generate(samples, 0, count, targetChars);
    }

    /** Articles {@code first} to {@code first + count - 1} of the endless series. */
    static BenchCorpus generate(List<Document> samples, int first, int count, int targetChars) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no sample articles to build a benchmark corpus from");
        }
        List<Document> documents = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            StringBuilder text = new StringBuilder(samples.get(i % samples.size()).text());
            for (int next = 1; text.length() < targetChars && next < samples.size(); next++) {
                for (String paragraph : PARAGRAPHS.split(samples.get((i + next) % samples.size()).text())) {
                    if (text.length() >= targetChars) {
                        break;
                    }
                    text.append("\n\n").append(paragraph);
                }
            }
            text.append("\n\n(Reference ").append(i).append(')');
            documents.add(Document.of("bench-" + i, "generated", text.toString()));
        }
        return new BenchCorpus(List.copyOf(documents));
    }

    long chars() {
        return documents.stream().mapToLong(d -> d.text().length()).sum();
    }

    double megabytes() {
        return documents.stream().mapToLong(d -> d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .sum() / 1e6;
    }
}
