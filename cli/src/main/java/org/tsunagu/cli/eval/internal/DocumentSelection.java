package org.tsunagu.cli.eval.internal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which documents are scored: all, only those listed, or all except those listed, so that a set
 * can be scored as a development part and a held-out part. Lists have one document id a line;
 * {@code #} starts a comment.
 */
public record DocumentSelection(Set<String> listed, boolean onlyListed) {

    public static final DocumentSelection ALL = new DocumentSelection(Set.of(), false);

    public DocumentSelection {
        listed = Set.copyOf(listed);
    }

    public static DocumentSelection only(Path list) throws UnreadableInputException {
        return new DocumentSelection(read(list), true);
    }

    public static DocumentSelection except(Path list) throws UnreadableInputException {
        return new DocumentSelection(read(list), false);
    }

    public boolean includes(String document) {
        return listed.contains(document) == onlyListed;
    }

    private static Set<String> read(Path list) throws UnreadableInputException {
        Set<String> documents = new HashSet<>();
        List<String> lines = UnreadableInputException.readLines(list);
        for (String line : lines) {
            int comment = line.indexOf('#');
            String document = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (!document.isEmpty()) {
                documents.add(document);
            }
        }
        return documents;
    }
}
