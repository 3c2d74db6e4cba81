package app.spotter.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

final class Fixtures {
    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int dataRows(String name) {
        return app.spotter.transfer.Csv.parse(text(name).replace("\uFEFF", ""),
                text(name).contains(";") ? ';' : ',').size() - 1;
    }
}
