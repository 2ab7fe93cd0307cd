package org.tsunagu.extraction.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.tsunagu.extraction.internal.text.Words;

/** Named sets of folded words read from a sectioned resource file ({@code [section]} headers). */
public final class WordLists {

    private final Map<String, Set<String>> sections;

    private WordLists(Map<String, Set<String>> sections) {
        this.sections = sections;
    }

    public static WordLists load(String resource) {
        Map<String, Set<String>> sections = new HashMap<>();
        Set<String> current = null;
        for (String line : Resources.lines(resource)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new HashSet<>();
                sections.put(line.substring(1, line.length() - 1), current);
            } else if (current != null) {
                for (String word : line.split("\\s+")) {
                    if (!word.isEmpty()) {
                        current.add(word);
                    }
                }
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        sections.forEach((k, v) -> frozen.put(k, Words.copyOf(v)));
        return new WordLists(Map.copyOf(frozen));
    }

    public Set<String> section(String name) {
        Set<String> words = sections.get(name);
        if (words == null) {
            throw new IllegalArgumentException("no word list [" + name + "]");
        }
        return words;
    }

    /** Reads non-blank, non-comment lines of a class-path resource. */
    static final class Resources {
        private Resources() {
        }

        static java.util.List<String> lines(String resource) {
            InputStream in = WordLists.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            java.util.List<String> lines = new java.util.ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String trimmed = line.strip();
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                        lines.add(trimmed);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return lines;
        }
    }

}
