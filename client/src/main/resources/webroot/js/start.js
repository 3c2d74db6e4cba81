// Starts the TeaVM-compiled client; kept out of the pages so no inline script is needed. It runs after the bundle
// its page names (both deferred, in order): index.html the whole app (js/spotter.js); the page the server makes of
// it for /workouts/active (PlayerPage) the player alone (js/player.js).
main([]);
