package app.spotter.workout;

/** One planned set of a template: its type and its targets (only the fields of the exercise's kind). */
public record TemplateSet(SetType type, Targets targets) {
}
