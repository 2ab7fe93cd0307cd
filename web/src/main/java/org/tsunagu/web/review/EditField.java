package org.tsunagu.web.review;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.model.Coded;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.fact.InvestmentKind;
import org.tsunagu.model.fact.RelationshipKind;
import org.tsunagu.model.fact.RelationshipStatus;

/**
 * One field of the edit form as a person reads it: a label rather than the field's key, the
 * choices of a kind or a status as a select, and whether it is a date, which the browser checks
 * as it is typed and the server checks again.
 */
record EditField(String field, String label, String value, List<QueueChoices.Choice> choices, boolean date) {

    /** A year, a month or a day, as the store writes dates: what the browser checks as the date is typed. */
    static final String DATE_PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";
    static final String DATE_HINT = "a year, a month or a day: 2013, 2013-10 or 2013-10-31";

    private static final Set<String> DATES = Set.of("date", "end_date", "since", "as_of");
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("kind", "Kind"),
            Map.entry("date", "Date"), Map.entry("end_date", "End date"), Map.entry("date_text", "Date as written"),
            Map.entry("name", "Name"), Map.entry("since", "Since"), Map.entry("status", "Status"),
            Map.entry("title", "Title"), Map.entry("amount", "Amount"), Map.entry("currency", "Currency"),
            Map.entry("as_of", "As of"), Map.entry("rank", "Rank"), Map.entry("parties", "Parties"),
            Map.entry("organizers", "Organisers"), Map.entry("participants", "Participants"),
            Map.entry("location", "Location"));
    private static final Map<FactType, Class<? extends Coded>> KINDS = Map.of(FactType.AGREEMENT, AgreementKind.class,
            FactType.RELATIONSHIP, RelationshipKind.class, FactType.EVENT, EventKind.class,
            FactType.INVESTMENT, InvestmentKind.class);

    static EditField of(FactType type, String field, String value) {
        return new EditField(field, label(field), value, choices(type, field), isDate(field));
    }

    static String label(String field) {
        return LABELS.getOrDefault(field, Words.of(field));
    }

    static boolean isDate(String field) {
        return DATES.contains(field);
    }

    boolean select() {
        return !choices.isEmpty();
    }

    private static List<QueueChoices.Choice> choices(FactType type, String field) {
        Optional<Class<? extends Coded>> codes = switch (field) {
            case "kind" -> Optional.ofNullable(KINDS.get(type));
            case "status" -> Optional.of(RelationshipStatus.class);
            default -> Optional.empty();
        };
        return codes.map(c -> Arrays.stream(c.getEnumConstants())
                .map(code -> new QueueChoices.Choice(code.code(), Words.of(code.code()))).toList()).orElse(List.of());
    }
}
