package app.spotter.server.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * scripts/bench: measures what users feel, each figure a median over repeated runs and, where it is a speed, a
 * ratio to a baseline measured in the same run. Writes bench/results/<date>-<commit>.md and bench/results/latest.md.
 * Not a test: nothing here asserts, budgets are reported as pass or FAIL.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<String> sections = args.length > 1 ? List.of(args[1].split(",")) : List.of("client", "feel", "startup",
                "server", "postgresql", "history", "lighthouse");
        Path work = Files.createTempDirectory("spotter-bench");
        Results results = new Results();
        if (sections.contains("client")) {
            ClientBench.run(results, root, work);
        }
        if (sections.contains("feel")) {
            TapBench.run(results, work);
            SlowLoadBench.run(results, work);
        }
        if (sections.contains("startup")) {
            StartupBench.run(results, root, work);
        }
        if (sections.contains("server")) {
            ServerLoadBench.run(results, root, work);
        }
        if (sections.contains("postgresql")) {
            PostgresLoadBench.run(results, root, work);
        }
        if (sections.contains("history")) {
            HistoryBench.run(results, work);
        }
        if (sections.contains("scale")) {
            ScaleBench.run(results, work);
        }
        if (sections.contains("lighthouse")) {
            LighthouseBench.run(results, root, work);
        }
        String header = System.getProperty("bench.header", "# Spotter bench");
        String markdown = results.markdown(header);
        Path out = root.resolve("bench/results");
        Files.createDirectories(out);
        String name = System.getProperty("bench.name", "latest");
        Files.writeString(out.resolve(name + ".md"), markdown);
        if (!name.equals("quick")) {
            Files.writeString(out.resolve("latest.md"), markdown);
        }
        System.out.println("\nwrote " + out.resolve(name + ".md"));
    }
}
