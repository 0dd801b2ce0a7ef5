// Counts down to each <time data-countdown datetime="…"> on the page, once a second; without script the
// server-rendered clock time stays. Served from Plaza itself, so the Content-Security-Policy allows it.
(function () {
  var clocks = document.querySelectorAll('time[data-countdown]');
  function tick() {
    clocks.forEach(function (clock) {
      var left = Math.max(0, Math.round((Date.parse(clock.getAttribute('datetime')) - Date.now()) / 1000));
      var minutes = Math.floor(left / 60);
      var seconds = left % 60;
      clock.textContent = left === 0 ? 'expired' : minutes + ':' + (seconds < 10 ? '0' : '') + seconds + ' left';
    });
  }
  if (clocks.length) {
    tick();
    setInterval(tick, 1000);
  }
})();
