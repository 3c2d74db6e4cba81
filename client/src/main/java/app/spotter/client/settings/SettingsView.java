package app.spotter.client.settings;

import app.spotter.client.Route;
import app.spotter.client.View;
import app.spotter.client.platform.Dom;
import app.spotter.client.platform.KeyValueStore;
import app.spotter.client.platform.RestSound;
import app.spotter.client.platform.Router;
import app.spotter.client.ui.Buttons;
import app.spotter.client.ui.Focus;
import app.spotter.history.WeightUnit;
import app.spotter.plates.PlateInventoryText;
import app.spotter.plates.PlateSetup;
import app.spotter.validation.TypedNumber;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The Settings screen ({@code /settings}): light or dark, kg or lb, bar and plates (of the chosen unit), the rest
 * sound, keeping the screen on.
 */
public final class SettingsView implements View {
    private final ThemeSetting themes;
    private final GymSettings gym;
    private final UnitSetting units;
    private WeightUnit unit;
    private final RestSound sound;
    private final Router router;
    private HTMLElement root;
    private String platesProblem = "";
    private String platesSaved = "";

    public SettingsView(KeyValueStore storage, RestSound sound, Router router) {
        this.themes = new ThemeSetting(storage);
        this.gym = new GymSettings(storage);
        this.units = new UnitSetting(storage);
        this.unit = units.unit();
        this.sound = sound;
        this.router = router;
    }

    /** Applies the stored light/dark choice to the page (at start and on each change). */
    public static void applyTheme(KeyValueStore storage) {
        Dom.setRootAttribute("data-theme", new ThemeSetting(storage).attribute());
    }

    @Override
    public void show(HTMLElement viewRoot) {
        root = viewRoot;
        Dom.scrollToTop();
        draw();
    }

    private void draw() {
        String had = Focus.currentKey();
        Dom.clear(root);
        HTMLElement page = Dom.el("section", "page settings");
        Dom.append(page, Focus.title("Settings"), themeChoice(), unitChoice(), plates(), restTimer(), exercises());
        Dom.append(root, page);
        if (Focus.lost()) {
            Focus.restore(had);
        }
    }

    private HTMLElement themeChoice() {
        HTMLElement group = Dom.el("fieldset", "settings-group");
        Dom.append(group, Dom.text("legend", "section-title", "Appearance"));
        String[] labels = {"Same as this device", "Light", "Dark"};
        ThemeSetting.Theme[] choices = ThemeSetting.Theme.values();
        for (int i = 0; i < choices.length; i++) {
            ThemeSetting.Theme choice = choices[i];
            HTMLInputElement radio = Dom.input("radio", choice.name().toLowerCase(), "theme");
            radio.setClassName("choice");
            radio.setChecked(themes.theme() == choice);
            Focus.tag(radio, "theme:" + choice.name());
            Dom.onChange(radio, () -> {
                themes.choose(choice);
                Dom.setRootAttribute("data-theme", themes.attribute());
                draw();
            });
            Dom.append(group, Dom.append(Dom.el("div", "choice-row"), radio,
                    Dom.labelFor(labels[i], radio, "theme-" + choice.name().toLowerCase())));
        }
        return group;
    }

    // The same choice as on History: weights everywhere, and which bar and plates are shown below.
    private HTMLElement unitChoice() {
        HTMLElement group = Dom.el("fieldset", "settings-group");
        HTMLElement picker = UnitPicker.render(units, () -> {
            unit = units.unit();
            platesProblem = "";
            platesSaved = "";
            draw();
        });
        Focus.tag(picker, "units");
        Dom.append(group, Dom.text("legend", "section-title", "Units"),
                Dom.append(Dom.el("div", "form-field"), Dom.labelFor("Weights in", picker, "units"), picker));
        return group;
    }

    private HTMLElement plates() {
        PlateSetup setup = gym.plates(unit);
        String u = unit.label();
        HTMLElement group = Dom.el("fieldset", "settings-group");
        HTMLInputElement bar = Dom.input("text", PlateInventoryText.number(setup.barWeight()), "bar-weight");
        bar.setAttribute("inputmode", "decimal");
        HTMLInputElement plates = Dom.input("text", PlateInventoryText.write(setup.plates()), "plates");
        HTMLElement problem = Dom.text("p", "form-error", platesProblem);
        problem.setId("plates-error");
        problem.setAttribute("role", "alert");
        if (!platesProblem.isEmpty()) {
            plates.setAttribute("aria-invalid", "true");
            plates.setAttribute("aria-describedby", "plates-error");
        }
        Dom.append(group, Dom.text("legend", "section-title", "Bar and plates (" + u + ")"),
                Dom.append(Dom.el("div", "form-field"), Dom.labelFor("Bar weight (" + u + ")", bar, "bar-weight"), bar),
                Dom.append(Dom.el("div", "form-field"),
                        Dom.labelFor("Plates you have: weight x pairs, e.g. 20x2", plates, "plates"), plates),
                problem, Dom.text("p", "muted", platesSaved),
                Focus.tag(Buttons.styled("btn-primary", "Save bar and plates", "save-plates",
                        () -> savePlates(bar.getValue(), plates.getValue())), "save-plates"),
                Focus.tag(Buttons.styled("btn-quiet", "Use the " + u + " defaults", "default-plates", () -> {
                    gym.savePlates(PlateSetup.defaultFor(unit));
                    done("Defaults restored.");
                }), "default-plates"));
        return group;
    }

    private HTMLElement restTimer() {
        HTMLElement group = Dom.el("fieldset", "settings-group");
        HTMLInputElement soundOn = Dom.input("checkbox", "on", "rest-sound");
        soundOn.setClassName("choice");
        soundOn.setChecked(gym.restSound());
        HTMLInputElement volume = Dom.input("range", Integer.toString(gym.restVolume()), "rest-volume");
        volume.setAttribute("min", "0");
        volume.setAttribute("max", "100");
        volume.setAttribute("step", "10");
        HTMLInputElement awake = Dom.input("checkbox", "on", "keep-awake");
        awake.setClassName("choice");
        awake.setChecked(gym.keepAwake());
        Dom.onChange(soundOn, () -> gym.saveRestSound(soundOn.isChecked(), gym.restVolume()));
        Dom.onChange(volume, () -> gym.saveRestSound(gym.restSound(), parse(volume.getValue(), gym.restVolume())));
        Dom.onChange(awake, () -> gym.saveKeepAwake(awake.isChecked()));
        return Dom.append(group, Dom.text("legend", "section-title", "During a workout"),
                Dom.append(Dom.el("div", "choice-row"), soundOn,
                        Dom.labelFor("Play a sound when rest is over", soundOn, "rest-sound")),
                Dom.append(Dom.el("div", "form-field"), Dom.labelFor("Sound volume", volume, "rest-volume"), volume),
                Buttons.styled("btn-quiet", "Play the sound", "test-sound", () -> {
                    sound.prepare();
                    sound.play(gym.restVolume());
                }),
                Dom.append(Dom.el("div", "choice-row"), awake,
                        Dom.labelFor("Keep the screen on while a workout runs", awake, "keep-awake")));
    }

    private HTMLElement exercises() {
        HTMLElement link = Dom.text("a", "settings-link", "Your exercises: add, rename, merge");
        link.setAttribute("href", Route.EXERCISES);
        link.addEventListener("click", event -> {
            event.preventDefault();
            router.go(Route.EXERCISES);
        });
        return Dom.append(Dom.el("div", "settings-group"), Dom.text("h2", "section-title", "Exercises"), link);
    }

    private void savePlates(String barText, String platesText) {
        Double bar = TypedNumber.decimal(barText);
        if (bar == null) {
            refuse("The bar weight must be a number, e.g. " + PlateInventoryText.number(
                    PlateSetup.defaultFor(unit).barWeight()));
            return;
        }
        try {
            gym.savePlates(new PlateSetup(unit, bar, PlateInventoryText.parse(platesText)));
            done("Saved. The player loads the bar from these.");
        } catch (IllegalArgumentException bad) {
            refuse(bad.getMessage());
        }
    }

    private void done(String message) {
        platesProblem = "";
        platesSaved = message;
        draw();
    }

    private void refuse(String message) {
        platesProblem = message;
        platesSaved = "";
        draw();
    }

    private static int parse(String text, int fallback) {
        Integer whole = TypedNumber.whole(text);
        return whole == null ? fallback : whole;
    }
}
