package app.spotter.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RouteTest {
    @Test
    void everyAppPathMapsToItsScreen() {
        assertEquals(new Route(Route.Screen.TEMPLATES, ""), Route.parse("/"));
        assertEquals(new Route(Route.Screen.TEMPLATES, ""), Route.parse("/workouts/"));
        assertEquals(new Route(Route.Screen.NEW_TEMPLATE, ""), Route.parse("/workouts/new"));
        assertEquals(new Route(Route.Screen.EDIT_TEMPLATE, "abc-1"), Route.parse("/workouts/abc-1/edit"));
        assertEquals(new Route(Route.Screen.PLAYER, ""), Route.parse("/workouts/active"));
        assertEquals(new Route(Route.Screen.HISTORY, ""), Route.parse("/history"));
        assertEquals(new Route(Route.Screen.WORKOUT, "w-9"), Route.parse("/history/w-9"));
        assertEquals(new Route(Route.Screen.PROGRESS, ""), Route.parse("/progress"));
        assertEquals(new Route(Route.Screen.HOUSEHOLD, ""), Route.parse("/settings/users"));
        assertEquals(new Route(Route.Screen.EXERCISES, ""), Route.parse("/settings/exercises"));
        assertEquals(new Route(Route.Screen.SETTINGS, ""), Route.parse("/settings"));
    }

    @Test
    void anythingElseIsNotFound() {
        assertEquals(Route.Screen.NOT_FOUND, Route.parse("/workouts//edit").screen());
        assertEquals(Route.Screen.NOT_FOUND, Route.parse("/history/a/b").screen());
        assertEquals(Route.Screen.NOT_FOUND, Route.parse("/nope").screen());
        assertEquals(Route.Screen.NOT_FOUND, Route.parse("/settings/other").screen());
    }
}
