// Part of demo/broken.html, the page `cookiegate audit` is meant to fail: code that ignores the
// visitor's choice. Never copy this into a real site.
(function () {
  var DAY = 24 * 3600;

  // An undeclared marketing cookie, as Facebook's pixel writes it (the audit suggests a line for it).
  document.cookie = '_fbp=fb.1.' + Date.now() + '.1234567890; path=/; max-age=' + 90 * DAY + '; SameSite=Lax';

  // The policy declares has_js as a session cookie; this one lasts a day.
  document.cookie = 'has_js=1; path=/; max-age=' + DAY;

  // An ungated timer: whatever "Reject all" deletes, _ga is back a moment later.
  setInterval(function () {
    if (document.cookie.indexOf('_ga=') < 0) {
      document.cookie =
        '_ga=GA1.1.42.' + Math.floor(Date.now() / 1000) + '; path=/; max-age=' + 2 * 365 * DAY + '; SameSite=Lax';
    }
  }, 200);
})();
