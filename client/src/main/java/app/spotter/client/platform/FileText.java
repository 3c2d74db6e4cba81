package app.spotter.client.platform;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLInputElement;

/** Reads the file chosen in an {@code input type=file} as text (FileReader; the file never leaves the browser). */
public final class FileText {
    private FileText() {
    }

    /** Receives the file's text. */
    @JSFunctor
    public interface Reader extends JSObject {
        void read(String text);
    }

    /** Starts reading the first chosen file; false when none is chosen. */
    @JSBody(params = {"input", "done"}, script = "var f = input.files && input.files[0]; if (!f) return false;"
            + " var r = new FileReader(); r.onload = function() { done(r.result); }; r.readAsText(f); return true;")
    public static native boolean read(HTMLInputElement input, Reader done);
}
