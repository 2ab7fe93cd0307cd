package org.tsunagu.extraction.internal.facts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.lexicon.Lexicon;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.model.fact.SalesChannel;

/**
 * The sales channels a product line seeks, from the words of its paragraph: "aimed at retailers,
 * wholesalers and online sellers", "for supermarkets and restaurants", "through e-commerce
 * platforms". A paragraph is the product's sentence and those next to it with no line break
 * between; a channel word just after a denial ("not for supermarkets") gives no channel, and a
 * neighbouring sentence that only hopes ("hoped to find an importer") gives none.
 */
final class ProductChannels {

    /** How many words before a channel word a denial may stand: "not sold to supermarkets". */
    private static final int DENIAL_REACH = 3;

    private final Lexicon lexicon;

    ProductChannels(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<SalesChannel> of(DocumentView view, Sentence s) {
        Set<SalesChannel> channels = EnumSet.noneOf(SalesChannel.class);
        int first = s.index();
        while (first > 0 && sameParagraph(view, view.sentences.get(first - 1), view.sentences.get(first))) {
            first--;
        }
        for (int k = first; k < view.sentences.size(); k++) {
            Sentence sentence = view.sentences.get(k);
            if (k > s.index() && !sameParagraph(view, view.sentences.get(k - 1), sentence)) {
                break;
            }
            if (k == s.index() || !view.contains(sentence, lexicon.words("channel-hedge"))) {
                read(view, sentence, channels);
            }
        }
        return SalesChannel.sorted(channels);
    }

    private void read(DocumentView view, Sentence s, Set<SalesChannel> channels) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            boolean online = view.f(i).equals("online") && lexicon.is("channel-online", view.f(i + 1));
            SalesChannel channel = online ? SalesChannel.E_COMMERCE : channelAt(view, i);
            if (channel != null && !denied(view, s, i)) {
                channels.add(channel);
            }
            if (online) {
                // "online retailers" sell online, not in shops
                i++;
            }
        }
    }

    private SalesChannel channelAt(DocumentView view, int i) {
        String word = view.f(i);
        if (word.equals("commerce") && view.f(i - 1).equals("-") && view.f(i - 2).equals("e")) {
            return SalesChannel.E_COMMERCE;
        }
        for (SalesChannel channel : SalesChannel.values()) {
            if (lexicon.is("channel-" + channel.code(), word)) {
                return channel;
            }
        }
        return null;
    }

    private boolean denied(DocumentView view, Sentence s, int i) {
        for (int k = Math.max(s.firstToken(), i - DENIAL_REACH); k < i; k++) {
            if (lexicon.is("channel-negation", view.f(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameParagraph(DocumentView view, Sentence before, Sentence after) {
        return view.text.substring(before.span().end(), after.span().start()).indexOf('\n') < 0;
    }
}
