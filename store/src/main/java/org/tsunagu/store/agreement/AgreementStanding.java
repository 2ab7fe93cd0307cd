package org.tsunagu.store.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.knowledge.FactLink;

/**
 * An agreement's status on a day, worked out from what the store knows: cancelled when an editor
 * said so, renewed when a later agreement renews it, else in force until the end of its term and
 * expired after it, and merely signed when the text gives no term. An end known only to the year
 * or month runs to the last day of that year or month.
 */
public record AgreementStanding(AgreementStatus status, Optional<PartialDate> expiry) {

    public static AgreementStanding of(Agreement agreement, List<FactLink> links, boolean cancelled, LocalDate today) {
        Optional<PartialDate> expiry = agreement.term().flatMap(t -> t.endFrom(agreement.date()));
        if (cancelled) {
            return new AgreementStanding(AgreementStatus.CANCELLED, expiry);
        }
        if (links.stream().anyMatch(l -> l.relation() == FactLink.Relation.RENEWED_BY)) {
            return new AgreementStanding(AgreementStatus.RENEWED, expiry);
        }
        if (expiry.isEmpty()) {
            return new AgreementStanding(AgreementStatus.SIGNED, expiry);
        }
        boolean ended = lastDay(expiry.get()).isBefore(today);
        return new AgreementStanding(ended ? AgreementStatus.EXPIRED : AgreementStatus.IN_FORCE, expiry);
    }

    static LocalDate lastDay(PartialDate date) {
        if (date.day() != null) {
            return LocalDate.of(date.year(), date.month(), date.day());
        }
        if (date.month() != null) {
            return LocalDate.of(date.year(), date.month(), 1).plusMonths(1).minusDays(1);
        }
        return LocalDate.of(date.year(), 12, 31);
    }
}
