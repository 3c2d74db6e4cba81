package app.spotter.client;

/** A screen of the app and the id it is about (a template or workout id), parsed from the location path. */
public record Route(Screen screen, String id) {
    /** The screens, one per route of DESIGN.md. */
    public enum Screen {
        TEMPLATES, NEW_TEMPLATE, EDIT_TEMPLATE, PLAYER, HISTORY, WORKOUT, PROGRESS, SETTINGS, HOUSEHOLD, EXERCISES,
        NOT_FOUND
    }

    public static final String TEMPLATES = "/workouts";
    public static final String NEW_TEMPLATE = "/workouts/new";
    public static final String PLAYER = "/workouts/active";
    public static final String HISTORY = "/history";
    public static final String PROGRESS = "/progress";
    public static final String SETTINGS = "/settings";
    public static final String HOUSEHOLD = "/settings/users";
    public static final String EXERCISES = "/settings/exercises";

    public static String editTemplate(String id) {
        return "/workouts/" + id + "/edit";
    }

    public static String workout(String id) {
        return "/history/" + id;
    }

    public static Route parse(String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.equals("/") || p.equals(TEMPLATES)) {
            return new Route(Screen.TEMPLATES, "");
        }
        if (p.equals(NEW_TEMPLATE)) {
            return new Route(Screen.NEW_TEMPLATE, "");
        }
        if (p.equals(PLAYER)) {
            return new Route(Screen.PLAYER, "");
        }
        if (p.equals(HISTORY)) {
            return new Route(Screen.HISTORY, "");
        }
        if (p.equals(PROGRESS)) {
            return new Route(Screen.PROGRESS, "");
        }
        if (p.equals(SETTINGS)) {
            return new Route(Screen.SETTINGS, "");
        }
        if (p.equals(HOUSEHOLD)) {
            return new Route(Screen.HOUSEHOLD, "");
        }
        if (p.equals(EXERCISES)) {
            return new Route(Screen.EXERCISES, "");
        }
        String[] parts = segments(p.substring(1));
        if (parts.length == 3 && parts[0].equals("workouts") && parts[2].equals("edit") && !parts[1].isEmpty()) {
            return new Route(Screen.EDIT_TEMPLATE, parts[1]);
        }
        if (parts.length == 2 && parts[0].equals("history") && !parts[1].isEmpty()) {
            return new Route(Screen.WORKOUT, parts[1]);
        }
        return new Route(Screen.NOT_FOUND, "");
    }

    // Not String.split: in TeaVM it pulls in the whole regex engine (about 190 KB of bundle).
    private static String[] segments(String path) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int start = 0;
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', start)) {
            parts.add(path.substring(start, slash));
            start = slash + 1;
        }
        parts.add(path.substring(start));
        return parts.toArray(new String[0]);
    }
}
