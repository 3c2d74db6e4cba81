package app.spotter.json;

import app.spotter.session.SessionExercise;
import app.spotter.session.SetEntry;
import app.spotter.session.WorkoutSession;

/**
 * Writes a session document straight into a string, byte for byte what {@link Json#write} makes of
 * {@link SessionCodec#toJson}: the player saves on every state change, and in the browser building the map tree
 * first cost more than ten times the localStorage write itself (scripts/bench).
 */
final class SessionWriter {
    private final StringBuilder out = new StringBuilder(4096);
    private final SessionJsonCache cache;

    private SessionWriter(SessionJsonCache cache) {
        this.cache = cache;
    }

    static String write(WorkoutSession session, SessionJsonCache cache) {
        SessionWriter w = new SessionWriter(cache);
        w.session(session);
        return w.out.toString();
    }

    static String exerciseJson(SessionExercise ex) {
        SessionWriter w = new SessionWriter(null);
        w.exerciseBody(ex);
        return w.out.toString();
    }

    private void session(WorkoutSession s) {
        out.append("{\"schema\":").append(WorkoutSession.SCHEMA);
        text(",\"sessionId\":", s.sessionId());
        text(",\"templateId\":", s.templateId());
        text(",\"name\":", s.name());
        out.append(",\"startedAt\":");
        whole(s.startedAt());
        out.append(",\"updatedAt\":");
        whole(s.updatedAt());
        out.append(",\"revision\":");
        whole(s.revision());
        out.append(",\"activeExerciseIndex\":").append(s.activeExerciseIndex());
        out.append(",\"restEndsAt\":");
        whole(s.restEndsAt());
        out.append(",\"exercises\":[");
        for (int e = 0; e < s.exercises().size(); e++) {
            SessionExercise ex = s.exercises().get(e);
            out.append(e == 0 ? "" : ",").append(cache == null ? exerciseJson(ex) : cache.json(e, ex));
        }
        out.append(']');
        if (s.isFinished()) {
            out.append(",\"finishedAt\":");
            whole(s.finishedAt());
            out.append(",\"durationSeconds\":");
            whole(s.durationSeconds());
        }
        out.append('}');
    }

    private void exerciseBody(SessionExercise ex) {
        text("{\"name\":", ex.name());
        out.append(",\"restSeconds\":").append(ex.restSeconds()).append(",\"sets\":[");
        for (int i = 0; i < ex.sets().size(); i++) {
            SetEntry set = ex.sets().get(i);
            out.append(i == 0 ? "{\"targetReps\":" : ",{\"targetReps\":").append(set.targetReps());
            out.append(",\"targetWeight\":");
            number(set.targetWeight());
            out.append(",\"reps\":").append(set.reps()).append(",\"weight\":");
            number(set.weight());
            out.append(",\"done\":").append(set.done()).append(",\"changedAt\":");
            whole(set.changedAt());
            out.append('}');
        }
        out.append("]}");
    }

    private void whole(long value) {
        out.append(JsonNumbers.whole(value));
    }

    private void number(double value) {
        out.append(JsonNumbers.decimal(value));
    }

    private void text(String prefix, String value) {
        out.append(prefix).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '/' -> out.append(i > 0 && value.charAt(i - 1) == '<' ? "\\/" : "/");
                default -> {
                    if (c < 0x20 || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                        String hex = Integer.toHexString(c);
                        out.append("\\u").append("0000", 0, 4 - hex.length()).append(hex);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
