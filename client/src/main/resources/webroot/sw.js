// The offline app shell. Plain JavaScript on purpose: a service worker runs in its own scope without a window,
// before the app and without it, and TeaVM's output expects a page; these few lines are simpler than a second
// TeaVM bundle. Maven fills in the version at build time, so each release installs a new shell and deletes the old.
var CACHE = 'spotter-shell-${project.version}-${spotter.build}';
var SHELL = ['/index.html', '/workouts/active', '/js/spotter.js', '/js/player.js', '/js/start.js', '/css/app.css', '/css/player.css',
  '/css/history.css', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png', '/catalog/exercises.tsv'];
var APP_ROUTE = /^\/($|workouts|history|settings|progress)/;
var PLAYER_ROUTE = /^\/workouts\/active\/?$/;

// The page the server serves for an app route: the player's own (the shell with js/player.js, cached under its
// path) for the player, index.html for the rest.
function shellPage(path) {
  return PLAYER_ROUTE.test(path) ? '/workouts/active' : '/index.html';
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(SHELL);
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('spotter-shell-') === 0 && name !== CACHE;
    }).map(function (name) {
      return caches.delete(name);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

// Network first, so an online user always runs what the server serves; the cache answers only when the network
// fails. /api is never touched: answers about a user's data must come from the server or fail visibly.
self.addEventListener('fetch', function (event) {
  var url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.indexOf('/api/') === 0) {
    return;
  }
  var page = event.request.mode === 'navigate' && APP_ROUTE.test(url.pathname);
  event.respondWith(fetch(event.request).catch(function (failure) {
    return caches.open(CACHE).then(function (cache) {
      return cache.match(page ? shellPage(url.pathname) : event.request, {ignoreSearch: true});
    }).then(function (cached) {
      if (cached) {
        return cached;
      }
      throw failure;
    });
  }));
});

// A tap on a rest notification brings the app's window to the front (or opens the player when none is open).
self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  event.waitUntil(self.clients.matchAll({type: 'window', includeUncontrolled: true}).then(function (windows) {
    for (var i = 0; i < windows.length; i++) {
      if ('focus' in windows[i]) {
        return windows[i].focus();
      }
    }
    return self.clients.openWindow('/workouts/active');
  }));
});
