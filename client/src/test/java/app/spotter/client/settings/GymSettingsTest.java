package app.spotter.client.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.spotter.client.platform.MemoryStorage;
import app.spotter.history.WeightUnit;
import app.spotter.plates.Plate;
import app.spotter.plates.PlateSetup;
import java.util.List;
import org.junit.jupiter.api.Test;

class GymSettingsTest {
    private final MemoryStorage storage = new MemoryStorage();
    private final GymSettings gym = new GymSettings(storage);

    @Test
    void defaultsUntilTheUserChangesAnything() {
        assertEquals(PlateSetup.defaultKg(), gym.plates(WeightUnit.KG));
        assertEquals(PlateSetup.defaultLb(), gym.plates(WeightUnit.LB));
        assertTrue(gym.restSound());
        assertEquals(70, gym.restVolume());
        assertTrue(gym.keepAwake());
    }

    @Test
    void savedPlatesArePerUnitAndSurviveANewReader() {
        PlateSetup home = new PlateSetup(WeightUnit.KG, 15, List.of(new Plate(10, 2), new Plate(1.25, 1)));
        gym.savePlates(home);
        GymSettings again = new GymSettings(storage);
        assertEquals(home, again.plates(WeightUnit.KG));
        assertEquals(PlateSetup.defaultLb(), again.plates(WeightUnit.LB));
    }

    @Test
    void soundVolumeAndScreenSettingsAreKeptAndClamped() {
        gym.saveRestSound(false, 140);
        gym.saveKeepAwake(false);
        GymSettings again = new GymSettings(storage);
        assertFalse(again.restSound());
        assertEquals(100, again.restVolume());
        assertFalse(again.keepAwake());
        assertEquals(PlateSetup.defaultKg(), again.plates(WeightUnit.KG), "plates untouched by other settings");
    }

    @Test
    void anUnreadableValueGivesTheDefaults() {
        storage.put(GymSettings.KEY, "{\"kg\": {\"bar\": \"heavy\"}, \"restVolume\": 30");
        assertEquals(PlateSetup.defaultKg(), gym.plates(WeightUnit.KG));
        assertEquals(70, gym.restVolume());
        storage.put(GymSettings.KEY, "{\"kg\": {\"bar\": 20, \"plates\": [[0, 2]]}}");
        assertEquals(PlateSetup.defaultKg(), gym.plates(WeightUnit.KG), "a zero plate is refused, defaults used");
    }

    @Test
    void themeIsSystemUntilChosenAndSystemClearsTheKey() {
        ThemeSetting theme = new ThemeSetting(storage);
        assertEquals(ThemeSetting.Theme.SYSTEM, theme.theme());
        assertEquals("", theme.attribute());
        theme.choose(ThemeSetting.Theme.DARK);
        assertEquals("dark", new ThemeSetting(storage).attribute());
        theme.choose(ThemeSetting.Theme.LIGHT);
        assertEquals(ThemeSetting.Theme.LIGHT, new ThemeSetting(storage).theme());
        theme.choose(ThemeSetting.Theme.SYSTEM);
        assertNull(storage.get(ThemeSetting.KEY));
        storage.put(ThemeSetting.KEY, "purple");
        assertEquals(ThemeSetting.Theme.SYSTEM, theme.theme());
    }
}
