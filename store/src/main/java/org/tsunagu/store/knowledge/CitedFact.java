package org.tsunagu.store.knowledge;

import java.util.List;
import java.util.Optional;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;

/**
 * A knowledge fact as lists show it: its best statement with canonical names and a person's edits
 * applied, the entities it names, how many documents report it, and where the shown statement was
 * read. {@code year} is the year the fact states (signed, since, held, as of), else the year it
 * was first reported; {@code firstSeen} and {@code lastSeen} date the documents that report it;
 * {@code links} say which agreement this one renews and which renew it.
 */
public record CitedFact(long id, FactType type, String summary, Fact fact, ReviewState reviewState, double confidence,
        int sources, Optional<Integer> year, Optional<String> firstSeen, Optional<String> lastSeen,
        List<Participant> participants, Citation citation, List<FactLink> links) {

    public CitedFact {
        participants = List.copyOf(participants);
        links = List.copyOf(links);
    }

    /** The participants in a role, in order ("party", "investor"). */
    public List<Participant> in(String role) {
        return participants.stream().filter(p -> p.role().equals(role)).toList();
    }
}
