package app.spotter.client.player;

/**
 * Which end of a rest has come: a single rest's end, the shortest time of a window ("2:00 to 3:00": go when ready),
 * or the window's longest time (go now). Each is signalled once, the last two in ways that tell them apart.
 */
enum RestEnd {
    NONE, OVER, SHORTEST, LONGEST
}
