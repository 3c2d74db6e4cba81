package app.spotter.client.history;

import app.spotter.client.platform.Dom;
import app.spotter.client.ui.WeightText;
import app.spotter.history.BestSet;
import app.spotter.history.PersonalRecord;
import app.spotter.history.WeightUnit;
import app.spotter.history.WorkoutSummary;
import org.teavm.jso.dom.html.HTMLElement;

/** The server's summary drawn as lists: each exercise's best set, and the personal records, marked. */
public final class SummaryBlock {
    private SummaryBlock() {
    }

    public static HTMLElement render(WorkoutSummary summary, WeightUnit unit) {
        HTMLElement block = Dom.el("div", "summary-block");
        if (!summary.records().isEmpty()) {
            HTMLElement records = Dom.el("ul", "records");
            for (PersonalRecord record : summary.records()) {
                HTMLElement li = Dom.text("li", "record", "\u2605 " + record.exercise() + ": "
                        + RecordText.of(record, unit));
                li.setAttribute("data-kind", record.kind().wireName());
                Dom.append(records, li);
            }
            Dom.append(block, Dom.text("h2", "summary-heading", "New personal records"), records);
        }
        if (!summary.bestSets().isEmpty()) {
            HTMLElement best = Dom.el("ul", "best-sets");
            for (BestSet set : summary.bestSets()) {
                Dom.append(best, Dom.text("li", "best-set", set.exercise() + ": " + bestSet(set, unit)));
            }
            Dom.append(block, Dom.text("h2", "summary-heading", "Best sets"), best);
        }
        return block;
    }

    /** "5 × 100 kg (est. 1RM 116.7 kg)" for weight x reps; the kind's own figures for the others. */
    static String bestSet(BestSet set, WeightUnit unit) {
        String values = SetText.values(set.kind(), set.reps(), set.weight(), set.durationSeconds(),
                set.distanceMeters(), unit);
        return set.estimatedOneRepMax() > 0
                ? values + " (est. 1RM " + WeightText.of(set.estimatedOneRepMax(), unit) + ")" : values;
    }
}
