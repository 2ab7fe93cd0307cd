package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.time.DateMention;
import org.tsunagu.model.time.PartialDate;

/**
 * The dates a document's own phrase gives it, before the next document is named: "an accord on
 * fisheries in 2005 and an accord on student exchanges in 2011" dates each accord; "memoranda in 1992,
 * 2004 and 2019" lists one date per memorandum.
 */
final class AgreementYears {

    /** How far after the document's name its date may start: "a pact on fisheries and ports in 2007". */
    private static final int REACH = 7;

    private AgreementYears() {
    }

    static List<PartialDate> of(DocumentView view, Sentence s, int end) {
        List<PartialDate> out = new ArrayList<>();
        int next = end;
        for (DateMention d : view.datesIn(s)) {
            if (d.firstToken() < next || d.role() != DateMention.Role.AT || !d.resolved()) {
                continue;
            }
            boolean first = out.isEmpty() && d.firstToken() - end <= REACH && !namesAnother(view, end, d.firstToken());
            if (!first && !(!out.isEmpty() && joined(view, next, d.firstToken()))) {
                break;
            }
            out.add(d.date());
            next = d.endToken();
        }
        return out;
    }

    private static boolean namesAnother(DocumentView view, int from, int to) {
        for (int i = from; i < to; i++) {
            if (AgreementReader.NOUNS.contains(view.f(i)) || view.f(i).equals(";") || view.f(i).equals(".")) {
                return true;
            }
        }
        return false;
    }

    /** Only a comma, "and" or both stand between two dates of one list. */
    private static boolean joined(DocumentView view, int from, int to) {
        for (int i = from; i < to; i++) {
            String f = view.f(i);
            if (!(f.equals(",") || f.equals("and"))) {
                return false;
            }
        }
        return to > from;
    }
}
