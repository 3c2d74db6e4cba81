// Test only, evaluated before the app's scripts on every document: a clock the test moves (Date.now plus a shift),
// a page the test hides and shows, and stand-ins for the Screen Wake Lock, Notifications, Web Audio and
// vibration that record what the app asked of them in window.spotterTest. The clock's shift and the notification
// permission live in sessionStorage, so a reload goes on from where the device was, as a real phone would.
(function () {
  function kept(key, fallback) {
    try { return sessionStorage.getItem('spotterTest.' + key) || fallback; } catch (e) { return fallback; }
  }
  function keep(key, value) {
    try { sessionStorage.setItem('spotterTest.' + key, value); } catch (e) {}
  }
  var shift = Number(kept('shift', 0));
  var realNow = Date.now;
  Date.now = function () { return realNow.call(Date) + shift; };
  var rec = window.spotterTest = {
    hidden: false, wakeRequests: 0, wakeReleases: 0, permissionRequests: 0, audioContexts: 0,
    oscillators: 0, frequencies: [], waves: [], peaks: [], vibrations: [], notifications: []
  };
  var locks = [];
  rec.advance = function (millis) { shift += millis; keep('shift', String(shift)); };
  rec.lockHeld = function () { return locks.some(function (l) { return !l.released; }); };
  // A hidden page loses its wake lock, as in a browser.
  rec.hide = function (hidden) {
    rec.hidden = hidden;
    if (hidden) { locks.forEach(function (l) { l.release(); }); }
    document.dispatchEvent(new Event('visibilitychange'));
  };
  Object.defineProperty(document, 'visibilityState', {configurable: true,
    get: function () { return rec.hidden ? 'hidden' : 'visible'; }});
  Object.defineProperty(document, 'hidden', {configurable: true, get: function () { return rec.hidden; }});

  function Lock() { this.released = false; this.listeners = []; }
  Lock.prototype.addEventListener = function (type, listener) {
    if (type === 'release') { this.listeners.push(listener); }
  };
  Lock.prototype.release = function () {
    if (!this.released) {
      this.released = true;
      rec.wakeReleases++;
      this.listeners.forEach(function (listener) { listener(); });
    }
    return Promise.resolve();
  };
  Object.defineProperty(navigator, 'wakeLock', {configurable: true, value: {request: function () {
    rec.wakeRequests++;
    var lock = new Lock();
    locks.push(lock);
    return Promise.resolve(lock);
  }}});
  Object.defineProperty(navigator, 'vibrate', {configurable: true, value: function (pattern) {
    rec.vibrations.push(pattern);
    return true;
  }});

  var permission = kept('permission', 'default');
  function FakeNotification() {}
  Object.defineProperty(FakeNotification, 'permission', {get: function () { return permission; }});
  FakeNotification.requestPermission = function () {
    rec.permissionRequests++;
    permission = 'granted';
    keep('permission', permission);
    return Promise.resolve(permission);
  };
  window.Notification = FakeNotification;
  if (window.ServiceWorkerRegistration) {
    ServiceWorkerRegistration.prototype.showNotification = function (title, options) {
      rec.notifications.push(title + ': ' + options.body);
      return Promise.resolve();
    };
  }

  function FakeAudio() {
    rec.audioContexts++;
    this.state = 'suspended';
    this.currentTime = 0;
    this.destination = {};
  }
  FakeAudio.prototype.resume = function () { this.state = 'running'; return Promise.resolve(); };
  FakeAudio.prototype.createOscillator = function () {
    var osc = {type: '', frequency: {value: 0}, connect: function () {}, stop: function () {},
      start: function () { rec.oscillators++; rec.frequencies.push(osc.frequency.value); rec.waves.push(osc.type); }};
    return osc;
  };
  FakeAudio.prototype.createGain = function () {
    return {connect: function () {}, gain: {setValueAtTime: function () {},
      exponentialRampToValueAtTime: function (value) { rec.peaks.push(value); }}};
  };
  window.AudioContext = FakeAudio;
  window.webkitAudioContext = FakeAudio;
})();
