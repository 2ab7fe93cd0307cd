package org.tsunagu.model.fact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.time.PartialDate;

/**
 * Something that happened or is scheduled at a time. {@code dateText} keeps the words when the
 * date cannot be resolved to a year ("August 5" in an article without a dated dateline).
 */
public record Event(
        EventKind kind,
        Optional<PartialDate> date,
        Optional<PartialDate> endDate,
        Optional<String> dateText,
        Optional<String> name,
        Optional<EntityRef> location,
        List<EntityRef> organizers,
        List<EntityRef> participants,
        Evidence evidence,
        double confidence) implements Fact {

    public Event {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(dateText, "dateText");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        organizers = List.copyOf(organizers);
        participants = List.copyOf(participants);
        Objects.requireNonNull(evidence, "evidence");
        Fact.checkConfidence(confidence);
    }

    @Override
    public FactType type() {
        return FactType.EVENT;
    }
}
