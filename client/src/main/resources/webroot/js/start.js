// Starts the TeaVM-compiled client; kept out of the pages so no inline script is needed. It runs after the bundle
// its page names (both deferred, in order): index.html the whole app (js/spotter.js), player.html, served for
// /workouts/active, the player alone (js/player.js).
main([]);
