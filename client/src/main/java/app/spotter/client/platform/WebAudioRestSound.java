package app.spotter.client.platform;

import org.teavm.jso.JSBody;

/**
 * {@link RestSound} through Web Audio: two short sine beeps (880 Hz then 1320 Hz) with a quick fade, generated on
 * the spot; the end of a rest window is three quick square-wave beeps (1320, 1320, 1760 Hz), so the ear tells them
 * apart. One AudioContext for the page, made and resumed just after the first {@link #prepare} (a tap). Each play
 * counts in {@code window.spotterSoundsPlayed}, so a browser test can see that the sound started.
 */
public final class WebAudioRestSound implements RestSound {
    @Override
    public void prepare() {
        unlock();
    }

    @Override
    public void play(int volumePercent) {
        beep(Math.max(0, Math.min(100, volumePercent)) / 100.0, "sine", 880, 0, 0.18, 1320, 0.24, 0.3, 0, 0, 0);
    }

    @Override
    public void playWindowEnd(int volumePercent) {
        beep(Math.max(0, Math.min(100, volumePercent)) / 100.0, "square", 1320, 0, 0.12, 1320, 0.18, 0.12,
                1760, 0.36, 0.3);
    }

    // Just after the tap, not in it: making an AudioContext takes longer than a frame on a slow phone, and the tap
    // has already let the page play sound (Chrome's sticky user activation), so the tap paints first.
    @JSBody(script = "setTimeout(function () { var A = window.AudioContext || window.webkitAudioContext;"
            + " if (!A) { return; } try { if (!window.spotterAudio) { window.spotterAudio = new A(); }"
            + " if (window.spotterAudio.state === 'suspended') { window.spotterAudio.resume(); } } catch (e) {} },"
            + " 0);")
    private static native void unlock();

    // Up to three beeps (frequency in Hz, start and length in seconds); a frequency of 0 is no beep.
    @JSBody(params = {"volume", "wave", "f1", "s1", "l1", "f2", "s2", "l2", "f3", "s3", "l3"},
            script = "var A = window.AudioContext || window.webkitAudioContext;"
            + " window.spotterSoundsPlayed = (window.spotterSoundsPlayed || 0) + 1;"
            + " if (!A || volume <= 0) { return; }"
            + " try { if (!window.spotterAudio) { window.spotterAudio = new A(); }"
            + " var ctx = window.spotterAudio; if (ctx.state === 'suspended') { ctx.resume(); }"
            + " var peak = 0.6 * volume; var t = ctx.currentTime;"
            + " [[f1, s1, l1], [f2, s2, l2], [f3, s3, l3]].forEach(function (b) { if (b[0] <= 0) { return; }"
            + "   var osc = ctx.createOscillator(); var gain = ctx.createGain();"
            + "   osc.type = wave; osc.frequency.value = b[0];"
            + "   gain.gain.setValueAtTime(0.0001, t + b[1]);"
            + "   gain.gain.exponentialRampToValueAtTime(peak, t + b[1] + 0.02);"
            + "   gain.gain.exponentialRampToValueAtTime(0.0001, t + b[1] + b[2]);"
            + "   osc.connect(gain); gain.connect(ctx.destination);"
            + "   osc.start(t + b[1]); osc.stop(t + b[1] + b[2] + 0.05); });"
            + " } catch (e) {}")
    private static native void beep(double volume, String wave, double f1, double s1, double l1, double f2,
                                    double s2, double l2, double f3, double s3, double l3);
}
