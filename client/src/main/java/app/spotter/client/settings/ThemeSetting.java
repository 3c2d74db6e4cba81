package app.spotter.client.settings;

import app.spotter.client.platform.KeyValueStore;

/** Light, dark, or the system's choice (the default): stored on this device, applied as data-theme on html. */
public final class ThemeSetting {
    /** The three choices, as stored and as set on {@code <html data-theme>} ("system" sets none). */
    public enum Theme { SYSTEM, LIGHT, DARK }

    static final String KEY = "spotter.v1.theme";
    private final KeyValueStore storage;

    public ThemeSetting(KeyValueStore storage) {
        this.storage = storage;
    }

    public Theme theme() {
        String raw = storage.get(KEY);
        if ("light".equals(raw)) {
            return Theme.LIGHT;
        }
        return "dark".equals(raw) ? Theme.DARK : Theme.SYSTEM;
    }

    public void choose(Theme theme) {
        if (theme == Theme.SYSTEM) {
            storage.remove(KEY);
        } else {
            storage.put(KEY, theme == Theme.LIGHT ? "light" : "dark");
        }
    }

    /** The value for data-theme: "light", "dark", or "" to follow prefers-color-scheme. */
    public String attribute() {
        Theme theme = theme();
        return theme == Theme.SYSTEM ? "" : theme == Theme.LIGHT ? "light" : "dark";
    }
}
