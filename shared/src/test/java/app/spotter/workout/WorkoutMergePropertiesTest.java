package app.spotter.workout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import app.spotter.validation.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property tests of the merge on plain JUnit with seeded generators: random player operations on 2 or 3 devices
 * whose clocks are off by up to an hour, syncing through a server copy with deltas (and whole documents, also
 * device to device), delivered in random order, duplicated and dropped. Replay a failure with
 * {@code -Dspotter.seed=<seed>}; {@code -Dspotter.cases=n} runs more or fewer cases.
 */
class WorkoutMergePropertiesTest {
    private static final long T0 = 1_764_620_000_000L;
    private static final long HOUR = 3_600_000L;

    /** A message in flight: the document (whole or delta), where it goes, and the ack a delta earns. */
    private record Message(Workout doc, int to, int from, Stamp ackWatermark) {
    }

    @Test
    void replicasConvergeKeepEveryCompletedSetAndStayValid() {
        long seed = Long.getLong("spotter.seed", System.nanoTime());
        int cases = Integer.getInteger("spotter.cases", 2000);
        Random random = new Random(seed);
        for (int c = 0; c < cases; c++) {
            String replay = "seed " + seed + ", case " + c + " (replay: -Dspotter.seed=" + seed + ")";
            runCase(random, replay);
        }
    }

    private void runCase(Random r, String replay) {
        CompletionLog log = new CompletionLog();
        Template template = r.nextInt(4) == 0 ? null : WorkoutSamples.sized(1 + r.nextInt(4), 1 + r.nextInt(3));
        Stamp created = new Stamp(T0, 0, "c0");
        Workout start = template == null ? SessionEdits.startEmpty("s1", "Empty", created, T0)
                : SessionEdits.start(template, "s1", created, T0);
        int n = 2 + r.nextInt(2);
        List<RandomPlayer> players = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            players.add(new RandomPlayer("c" + i, (long) ((r.nextDouble() * 2 - 1) * HOUR), start, log));
        }
        Workout server = start;
        List<Message> network = new ArrayList<>();
        List<Workout> seen = new ArrayList<>();
        long now = T0;
        int steps = 10 + r.nextInt(50);
        for (int step = 0; step < steps; step++) {
            now += r.nextInt(20_000);
            RandomPlayer p = players.get(r.nextInt(n));
            int pi = players.indexOf(p);
            int what = r.nextInt(10);
            if (what < 5) {
                p.act(r, now);
            } else if (what < 7) {
                boolean whole = r.nextInt(4) == 0;
                Workout sent = whole ? p.doc : WorkoutDelta.since(p.doc, p.watermark);
                network.add(new Message(sent, -1, pi, p.doc.latestStamp()));
                seen.add(sent);
            } else if (what < 8) {
                network.add(r.nextBoolean() ? new Message(server, pi, -1, null)
                        : new Message(p.doc, r.nextInt(n), pi, null));
            } else if (!network.isEmpty()) {
                Message m = r.nextInt(3) == 0 ? network.get(r.nextInt(network.size()))
                        : network.remove(r.nextInt(network.size()));
                server = deliver(m, server, players, replay);
            }
        }
        for (int i = 0; r.nextBoolean() && i < network.size(); i++) {
            network.remove(r.nextInt(network.size()));
        }
        while (!network.isEmpty()) {
            server = deliver(network.remove(r.nextInt(network.size())), server, players, replay);
        }
        for (RandomPlayer p : players) {
            server = deliver(new Message(WorkoutDelta.since(p.doc, p.watermark), -1, players.indexOf(p),
                    p.doc.latestStamp()), server, players, replay);
        }
        for (RandomPlayer p : players) {
            p.receive(server);
            assertEquals(server, p.doc, "replica " + p.node + " did not converge; " + replay);
        }
        assertNull(log.lostCompletion(server), replay);
        assertValid(server, replay);
        seen.add(server);
        for (RandomPlayer p : players) {
            seen.add(p.doc);
        }
        checkLaws(r, seen, replay);
    }

    private Workout deliver(Message m, Workout server, List<RandomPlayer> players, String replay) {
        if (m.to() >= 0) {
            RandomPlayer p = players.get(m.to());
            p.receive(m.doc());
            assertValid(p.doc, replay);
            return server;
        }
        Workout merged = WorkoutMerge.merge(server, m.doc());
        assertValid(merged, replay);
        RandomPlayer sender = players.get(m.from());
        sender.watermark = Stamp.max(sender.watermark, m.ackWatermark());
        return merged;
    }

    private static void checkLaws(Random r, List<Workout> docs, String replay) {
        for (int k = 0; k < 3; k++) {
            Workout a = docs.get(r.nextInt(docs.size()));
            Workout b = docs.get(r.nextInt(docs.size()));
            Workout c = docs.get(r.nextInt(docs.size()));
            assertEquals(a, WorkoutMerge.merge(a, a), "not idempotent; " + replay);
            assertEquals(WorkoutMerge.merge(a, b), WorkoutMerge.merge(b, a), "not commutative; " + replay);
            assertEquals(WorkoutMerge.merge(WorkoutMerge.merge(a, b), c),
                    WorkoutMerge.merge(a, WorkoutMerge.merge(b, c)), "not associative; " + replay);
            Workout ab = WorkoutMerge.merge(a, b);
            if (WorkoutValidator.validate(ab).isEmpty()) {
                assertEquals(ab, WorkoutCodec.read(WorkoutCodec.write(ab)), "does not round-trip; " + replay);
            }
        }
    }

    private static void assertValid(Workout w, String replay) {
        List<FieldError> errors = WorkoutValidator.validate(w);
        if (!errors.isEmpty()) {
            fail("merged document fails validation: " + errors + "; " + replay);
        }
    }
}
