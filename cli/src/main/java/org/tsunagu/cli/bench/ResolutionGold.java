package org.tsunagu.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resolution gold set (docs/eval/resolution/mentions.tsv): mentions given as offsets into
 * documents, each with the real-world thing it names, so that two mentions of one cluster should be
 * one knowledge entity and two of different clusters two.
 */
record ResolutionGold(List<Mention> mentions) {

    /** A span of a document ({@code corpus} "real" or "samples") and the gold cluster it belongs to. */
    record Mention(String corpus, String document, int start, int end, String type, String cluster) {
    }

    static ResolutionGold read(Path file) {
        List<Mention> mentions = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 6) {
                    throw new IllegalArgumentException(file + ": expected 6 tab-separated columns in: " + line);
                }
                mentions.add(new Mention(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resolution gold set " + file, e);
        }
        return new ResolutionGold(List.copyOf(mentions));
    }

    /** The mentions of these corpora and, when {@code only} is not empty, of these documents alone. */
    ResolutionGold restrictedTo(Collection<String> corpora, Collection<String> only) {
        return new ResolutionGold(mentions.stream()
                .filter(m -> corpora.contains(m.corpus()) && (only.isEmpty() || only.contains(m.document())))
                .toList());
    }

    Set<String> documents() {
        Set<String> names = new TreeSet<>();
        mentions.forEach(m -> names.add(m.document()));
        return names;
    }
}
