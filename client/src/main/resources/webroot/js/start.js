// Starts the TeaVM-compiled client; kept out of index.html so no inline script is needed. The player's route, the
// page reopened mid-workout, gets the player alone (js/player.js); every other route the whole app. The test is
// Route.parse's for PLAYER (one trailing slash allowed): PlayerClient reloads any other path, which lands here.
(function () {
  var player = /^\/workouts\/active\/?$/.test(location.pathname);
  var script = document.createElement('script');
  script.src = player ? '/js/player.js' : '/js/spotter.js';
  script.onload = function () {
    main([]);
  };
  document.head.appendChild(script);
})();
