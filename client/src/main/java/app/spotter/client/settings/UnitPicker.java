package app.spotter.client.settings;

import app.spotter.client.platform.Dom;
import app.spotter.history.WeightUnit;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** The kg/lb choice as a small select (on History and Settings); choosing stores it and redraws. */
public final class UnitPicker {
    private UnitPicker() {
    }

    public static HTMLElement render(UnitSetting units, Runnable changed) {
        HTMLSelectElement select = (HTMLSelectElement) Dom.el("select", "field unit-picker");
        select.setAttribute("data-field", "units");
        select.setAttribute("aria-label", "Weight unit");
        for (WeightUnit unit : WeightUnit.values()) {
            HTMLElement option = Dom.text("option", "", unit.label());
            option.setAttribute("value", unit.label());
            Dom.append(select, option);
        }
        select.setValue(units.unit().label());
        Dom.onChange(select, () -> {
            units.choose(WeightUnit.parse(select.getValue()));
            changed.run();
        });
        return select;
    }
}
