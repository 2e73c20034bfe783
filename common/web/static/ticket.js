// The ticket page follows the ticket: Server-Sent Events from /t/<token>/events,
// or, where they fail (an old browser, a proxy that buffers), the state polled
// every 15 s. Written for old phones: no modules, no arrow functions needed.
(function () {
  'use strict';
  var body = document.body;
  var token = body.getAttribute('data-token');
  var lang = body.getAttribute('data-lang') || 'vi';
  if (!token) return;
  var base = '/t/' + encodeURIComponent(token);
  var lastState = null;

  function setText(id, text) {
    var el = document.getElementById(id);
    if (el) el.textContent = text || '';
  }

  function show(s) {
    setText('label', s.label);
    setText('service', s.service);
    setText('headline', s.headline);
    setText('detail', s.detail);
    setText('wait', s.wait);
    setText('updated', s.updated);
    var rate = document.getElementById('rate');
    if (rate) {
      if (s.rate) {
        rate.setAttribute('href', s.rate);
        rate.textContent = rate.textContent || (lang === 'en' ? 'Rate the service' : 'Đánh giá dịch vụ');
        rate.hidden = false;
      } else {
        rate.hidden = true;
      }
    }
    body.className = 'ticket state-' + s.state;
    if (s.state === 'called' && lastState !== 'called') {
      // Buzz where the phone allows it: the citizen may not be looking.
      if (navigator.vibrate) navigator.vibrate([400, 150, 400, 150, 400]);
      document.title = s.headline;
    }
    lastState = s.state;
  }

  function poll() {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', base + '/state?lang=' + lang);
    xhr.onload = function () {
      if (xhr.status === 200) {
        try { show(JSON.parse(xhr.responseText)); } catch (e) { /* keep what is shown */ }
      }
    };
    xhr.send();
  }

  var polling = null;
  function startPolling() {
    if (polling === null) polling = setInterval(poll, 15000);
  }

  if (window.EventSource) {
    var source = new EventSource(base + '/events?lang=' + lang);
    var failures = 0;
    source.addEventListener('state', function (e) {
      failures = 0;
      try { show(JSON.parse(e.data)); } catch (err) { /* keep what is shown */ }
    });
    source.onerror = function () {
      // The browser retries by itself, unless the server refused the stream (too many pages open, a new
      // day): then it gives up at once. Either way, after a few failures, poll as well.
      failures += 1;
      if (failures >= 3 || source.readyState === EventSource.CLOSED) startPolling();
    };
  } else {
    startPolling();
  }
})();
