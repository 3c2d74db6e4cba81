package app.spotter.client;

import com.grack.nanojson.JsonObject;
import com.grack.nanojson.JsonParser;
import org.teavm.jso.dom.html.HTMLDocument;

public final class SpotterClient {
    record Probe(String name, int n) {}

    public static void main(String[] args) throws Exception {
        Probe p = new Probe("x", 3);
        JsonObject o = JsonParser.object().from("{\"a\":1}");
        HTMLDocument.current().getBody().setTextContent(p.toString() + p.equals(new Probe("x", 3)) + p.hashCode() + o.getInt("a"));
    }
}
