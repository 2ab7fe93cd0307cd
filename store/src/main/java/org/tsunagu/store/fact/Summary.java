package org.tsunagu.store.fact;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.InvestmentKind;
import org.tsunagu.model.fact.Product;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.RelationshipStatus;
import org.tsunagu.model.fact.Role;
import org.tsunagu.model.money.Money;
import org.tsunagu.model.time.PartialDate;

/** One line that says what a fact states: "MOU: JETRO — Chongqing Municipal Government (2013-10-31)". */
public final class Summary {

    // A DecimalFormat takes long to build and must not be shared between threads: one per thread.
    private static final ThreadLocal<DecimalFormat> AMOUNT = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    private static final String BETWEEN = " — ";

    private Summary() {
    }

    public static String of(Fact fact) {
        if (fact instanceof Agreement a) {
            return label(a.kind() == AgreementKind.MOU ? "MOU" : words(a.kind().name())) + names(a.parties())
                    + when(a.date());
        } else if (fact instanceof Relationship r) {
            String kind = words(r.kind().name());
            String label = r.status() == RelationshipStatus.PROPOSED ? "Proposed " + kind.toLowerCase(Locale.ROOT) : kind;
            return label(label) + r.a().name() + BETWEEN + r.b().name() + r.since().map(d -> " (since " + d + ")").orElse("");
        } else if (fact instanceof Role r) {
            return label("Role") + r.person().name() + ", " + r.title() + r.org().map(o -> ", " + o.name()).orElse("");
        } else if (fact instanceof Event e) {
            return label(words(e.kind().name())) + subject(e)
                    + e.date().map(PartialDate::toString).or(e::dateText).map(d -> " (" + d + ")").orElse("");
        } else if (fact instanceof Investment i) {
            return label(i.kind() == InvestmentKind.FDI_TOTAL ? "FDI total" : words(i.kind().name()))
                    + i.investor().name() + " → " + i.destination().name() + ", " + money(i.amount()) + when(i.asOf());
        } else if (fact instanceof Product p) {
            return label("Product") + p.name() + p.origin().map(o -> ", from " + o.name()).orElse("")
                    + p.showcasedAt().map(s -> ", at " + s.name()).orElse("");
        }
        throw new IllegalArgumentException("unknown fact kind: " + fact.type());
    }

    /** An event is named by its name, else by who held and attended it, then where it was. */
    private static String subject(Event e) {
        List<EntityRef> people = new ArrayList<>(e.organizers());
        people.addAll(e.participants());
        List<String> parts = new ArrayList<>();
        parts.add(e.name().orElse(names(people)));
        e.location().ifPresent(place -> parts.add("in " + place.name()));
        return parts.stream().filter(part -> !part.isEmpty()).collect(Collectors.joining(", "));
    }

    private static String label(String label) {
        return label + ": ";
    }

    /** COOPERATION_AGREEMENT reads "Cooperation agreement". */
    private static String words(String constant) {
        String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String names(List<EntityRef> refs) {
        return refs.stream().map(EntityRef::name).collect(Collectors.joining(BETWEEN));
    }

    private static String when(Optional<PartialDate> date) {
        return date.map(d -> " (" + d + ")").orElse("");
    }

    private static String money(Money money) {
        return AMOUNT.get().format(money.amount()) + " " + money.currency().getCurrencyCode();
    }
}
