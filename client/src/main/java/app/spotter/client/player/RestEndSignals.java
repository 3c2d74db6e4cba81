package app.spotter.client.player;

import app.spotter.client.platform.RestNotifier.Permission;

/**
 * How one rest end is signalled: the visual and vibration always; the sound when the setting is on and its volume
 * above zero; a notification only when the page is hidden and the browser allows one.
 *
 * @param volume the sound's volume, 0 to 100 (0 = no sound)
 */
record RestEndSignals(int volume, boolean notification) {
    static RestEndSignals decide(boolean soundOn, int volume, boolean pageHidden, Permission permission) {
        int played = soundOn ? Math.max(0, Math.min(100, volume)) : 0;
        return new RestEndSignals(played, pageHidden && permission == Permission.GRANTED);
    }

    boolean sound() {
        return volume > 0;
    }

    /** Whether the first rest should ask to allow notifications: only while the browser has not been asked. */
    static boolean askFirst(Permission permission, boolean askedBefore) {
        return permission == Permission.NOT_ASKED && !askedBefore;
    }
}
