package org.tsunagu.extraction.internal.structure;

import java.util.List;
import org.tsunagu.extraction.internal.mention.Mention;

/**
 * Names coordinated over tokens [firstToken, endToken): "A, B and C", "the cities of A and B",
 * "the U.S. states of A and B and the Chinese provinces of C and D". Class words ("the cities
 * of") and bracketed acronyms after a name ("(KCCI)") belong to the list, not to its members.
 */
public record NameList(int firstToken, int endToken, List<Mention> members) {

    public NameList {
        members = List.copyOf(members);
    }
}
