package org.tsunagu.store.vitality;

import org.tsunagu.model.Coded;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.fact.InvestmentKind;
import org.tsunagu.model.fact.RelationshipKind;
import org.tsunagu.model.fact.RelationshipStatus;

/**
 * What one knowledge fact shows of a tie, with its weight in the tie's vitality: a signing (an
 * agreement of any kind, a signing ceremony) weighs 3; a visit, a meeting or a money figure 2;
 * another event, a product shown or a standing tie 1. Agreements and established standing ties
 * are paper: a tie that has them and nothing recent is "on paper only".
 */
public enum Activity implements Coded {
    MOU(3, true, "MOU", "MOUs"),
    COOPERATION_AGREEMENT(3, true, "cooperation agreement", "cooperation agreements"),
    FRIENDSHIP_AGREEMENT(3, true, "friendship agreement", "friendship agreements"),
    AGREEMENT(3, true, "agreement", "agreements"),
    SIGNING(3, false, "signing ceremony", "signing ceremonies"),
    VISIT(2, false, "visit", "visits"),
    MEETING(2, false, "meeting", "meetings"),
    CONFERENCE(1, false, "conference", "conferences"),
    SYMPOSIUM(1, false, "symposium", "symposiums"),
    EXHIBITION(1, false, "exhibition", "exhibitions"),
    OPENING(1, false, "opening", "openings"),
    OTHER_EVENT(1, false, "other event", "other events"),
    INVESTMENT(2, false, "investment figure", "investment figures"),
    PLEDGE(2, false, "pledge", "pledges"),
    TRADE(2, false, "trade figure", "trade figures"),
    PRODUCT(1, false, "product", "products"),
    FRIENDSHIP(1, true, "friendship tie", "friendship ties"),
    COOPERATION(1, true, "cooperation tie", "cooperation ties"),
    PROPOSED_TIE(1, false, "proposed tie", "proposed ties");

    private final int weight;
    private final boolean paper;
    private final String one;
    private final String many;

    Activity(int weight, boolean paper, String one, String many) {
        this.weight = weight;
        this.paper = paper;
        this.one = one;
        this.many = many;
    }

    public int weight() {
        return weight;
    }

    /** An agreement or an established standing tie: what a tie can have without anything happening. */
    public boolean paper() {
        return paper;
    }

    /** An agreement of any kind: a document signed, not a ceremony. */
    public boolean agreement() {
        return this == MOU || this == COOPERATION_AGREEMENT || this == FRIENDSHIP_AGREEMENT || this == AGREEMENT;
    }

    /** "1 MOU", "3 visits". */
    public String count(long n) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * The activity of a fact of this type whose JSON form gives this kind and status (either may
     * be null): an unknown kind falls to the type's general activity.
     */
    public static Activity of(FactType type, String kind, String status) {
        return switch (type) {
            case AGREEMENT -> switch (Coded.fromCode(AgreementKind.class, kind).orElse(AgreementKind.OTHER)) {
                case MOU -> MOU;
                case COOPERATION_AGREEMENT -> COOPERATION_AGREEMENT;
                case FRIENDSHIP_AGREEMENT -> FRIENDSHIP_AGREEMENT;
                case OTHER -> AGREEMENT;
            };
            case RELATIONSHIP -> Coded.fromCode(RelationshipStatus.class, status).orElse(RelationshipStatus.ESTABLISHED)
                    == RelationshipStatus.PROPOSED ? PROPOSED_TIE
                    : Coded.fromCode(RelationshipKind.class, kind).orElse(RelationshipKind.COOPERATION)
                            == RelationshipKind.FRIENDSHIP ? FRIENDSHIP : COOPERATION;
            case EVENT -> event(Coded.fromCode(EventKind.class, kind).orElse(EventKind.OTHER));
            case INVESTMENT -> switch (Coded.fromCode(InvestmentKind.class, kind).orElse(InvestmentKind.PROJECT)) {
                case PLEDGE -> PLEDGE;
                case TRADE -> TRADE;
                case FDI_TOTAL, PROJECT -> INVESTMENT;
            };
            case PRODUCT -> PRODUCT;
            case ROLE -> throw new IllegalArgumentException("a person's role ties no places or organisations");
        };
    }

    private static Activity event(EventKind kind) {
        return switch (kind) {
            case SIGNING -> SIGNING;
            case VISIT -> VISIT;
            case MEETING -> MEETING;
            case CONFERENCE -> CONFERENCE;
            case SYMPOSIUM -> SYMPOSIUM;
            case EXHIBITION -> EXHIBITION;
            case OPENING -> OPENING;
            case OTHER -> OTHER_EVENT;
        };
    }
}
