package org.tsunagu.store.resolution;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.store.text.Folding;

/**
 * The mentions of one document with the keys each is matched on, worked out without the database
 * (the acronyms the text defines, family names, reference places) so that any thread can.
 */
public final class DocumentMentions {

    private final List<EntityRef> refs;
    private final Map<EntityRef, MentionKeys> keys;
    private final Map<String, String> foldedAliases;
    private final String scope;

    private DocumentMentions(List<EntityRef> refs, Map<EntityRef, MentionKeys> keys,
            Map<String, String> foldedAliases, String scope) {
        this.refs = refs;
        this.keys = keys;
        this.foldedAliases = foldedAliases;
        this.scope = scope;
    }

    /** {@code refs} are every mention of the document, in order; {@code contentHash} its text's. */
    public static DocumentMentions of(Document document, String contentHash, List<EntityRef> refs) {
        Map<String, String> acronyms = Acronyms.definedIn(document.text());
        String documentKey = scopeOf(contentHash);
        Map<EntityRef, MentionKeys> mentions = new LinkedHashMap<>();
        for (EntityRef ref : refs) {
            mentions.computeIfAbsent(ref, r -> MentionKeys.of(r, documentKey, acronyms, Gazetteer.STANDARD));
        }
        DocumentPlaceLevels.apply(mentions, Gazetteer.STANDARD);
        FamilyNames families = new FamilyNames(mentions.values());
        Map<EntityRef, MentionKeys> keys = new LinkedHashMap<>();
        Map<String, String> foldedAliases = new HashMap<>();
        mentions.forEach((ref, mention) -> {
            keys.put(ref, families.withFullName(mention));
            foldedAliases.computeIfAbsent(mention.alias(), Folding::fold);
        });
        return new DocumentMentions(List.copyOf(refs), keys, foldedAliases, documentKey);
    }

    /**
     * The same mentions with the names private to the document ("Ramon") made private to its
     * report instead ({@code report}, the content hash that names it), so that every copy of a
     * story names one Ramon.
     */
    public DocumentMentions inReport(String report) {
        String from = "@" + scope;
        String to = "@" + scopeOf(report);
        if (from.equals(to)) {
            return this;
        }
        Map<EntityRef, MentionKeys> rescoped = new LinkedHashMap<>();
        keys.forEach((ref, mention) -> rescoped.put(ref, mention.withKeys(mention.keys().stream()
                .map(k -> MentionKeys.isPrivateKey(k) && k.endsWith(from) ? k.replace(from, to) : k)
                .toList())));
        return new DocumentMentions(refs, rescoped, foldedAliases, scopeOf(report));
    }

    /** The part of a content hash that private names are scoped by. */
    static String scopeOf(String contentHash) {
        return contentHash.substring(0, 16);
    }

    /** Every mention, in the order of the document's facts. */
    List<EntityRef> refs() {
        return refs;
    }

    /** The keys of each distinct mention, in the order first mentioned. */
    Map<EntityRef, MentionKeys> keys() {
        return keys;
    }

    String foldedAlias(String alias) {
        return foldedAliases.get(alias);
    }
}
