package org.tsunagu.extraction.internal.structure;

import java.util.List;
import java.util.Optional;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;

/**
 * The shallow structure of one sentence that fact readers share: its verb groups, its lists of
 * coordinated names, and the names its prepositions take. Read once per sentence by
 * {@link #read}; the lists are in text order.
 */
public record SentenceStructure(Sentence sentence, List<VerbGroup> verbs, List<NameList> lists,
        List<Attachment> attachments) {

    public SentenceStructure {
        verbs = List.copyOf(verbs);
        lists = List.copyOf(lists);
        attachments = List.copyOf(attachments);
    }

    /** Reads a sentence from its tokens and its mentions (sorted by first token). */
    public static SentenceStructure read(List<Token> tokens, Sentence s, List<Mention> mentions) {
        List<NameList> lists = NameLists.read(tokens, s, mentions);
        return new SentenceStructure(s, VerbGroups.read(tokens, s), lists, Attachments.read(tokens, s, lists));
    }

    /** The verb group whose main verb is at {@code head}. */
    public Optional<VerbGroup> verbHeadedAt(int head) {
        for (VerbGroup v : verbs) {
            if (v.head() == head) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The nearest verb group whose main verb is in [token - reach, token): what governs a noun or gerund after it. */
    public Optional<VerbGroup> verbBefore(int token, int reach) {
        VerbGroup best = null;
        for (VerbGroup v : verbs) {
            if (v.head() < token && v.head() >= token - reach) {
                best = v;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first preposition {@code word} in [from, from + reach) that takes names. */
    public Optional<Attachment> attachment(String word, int from, int reach) {
        for (Attachment a : attachments) {
            if (a.word().equals(word) && a.preposition() >= from && a.preposition() < from + reach) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
