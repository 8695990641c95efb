// A local stand-in for Google's tag (there is no internet here). It writes the cookies the real
// tags write, with Google's documented lifetimes, and sends one hit per page view to /collect.
// The site loads it through gated markup, so it runs only after analytics consent.
(function () {
  var YEAR = 365 * 24 * 3600;
  var host = location.hostname;

  // GA's cookie_domain "auto": the highest domain the browser accepts, trying from the top
  // (org.uk is a public suffix and is refused, RFC 6265 section 5.3), so www.example.org.uk
  // writes on .example.org.uk. An IP address or a single label gets a host-only cookie.
  function cookieDomain() {
    if (/^[\d.]+$/.test(host) || host.indexOf('.') < 0) return '';
    var labels = host.split('.');
    for (var i = labels.length - 2; i >= 0; i--) {
      var domain = labels.slice(i).join('.');
      document.cookie = '_ga_probe=1; path=/; domain=' + domain;
      if (document.cookie.indexOf('_ga_probe=1') >= 0) {
        document.cookie = '_ga_probe=; path=/; domain=' + domain + '; max-age=0';
        return domain;
      }
    }
    return '';
  }

  function read(name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? decodeURIComponent(m[1]) : null;
  }

  function write(name, value, maxAge) {
    document.cookie =
      name +
      '=' +
      value +
      '; path=/' +
      (domain ? '; domain=' + domain : '') +
      (maxAge ? '; max-age=' + maxAge : '') +
      '; SameSite=Lax';
  }

  var domain = cookieDomain();
  var now = Math.floor(Date.now() / 1000);
  var depth = (domain || host).split('.').length;
  var clientId =
    (read('_ga') || '').split('.').slice(2).join('.') || Math.floor(Math.random() * 2147483647) + '.' + now;
  var hash = 173272373; // ga.js hashes the domain; any constant does for a stand-in

  write('_ga', 'GA1.' + depth + '.' + clientId, 2 * YEAR);
  write('__utma', read('__utma') || [hash, clientId.replace('.', ''), now, now, now, 1].join('.'), 2 * YEAR);
  write('__utmb', hash + '.1.10.' + now, 30 * 60);
  write('__utmc', String(hash));
  write('__utmz', read('__utmz') || hash + '.' + now + '.1.1.utmcsr=(direct)|utmccn=(direct)|utmcmd=(none)', YEAR / 2);

  var hit =
    '/collect?v=2&tid=G-DEMO&cid=' +
    encodeURIComponent(clientId) +
    '&dl=' +
    encodeURIComponent(location.href) +
    '&dt=' +
    encodeURIComponent(document.title);
  if (!(navigator.sendBeacon && navigator.sendBeacon(hit))) new Image().src = hit;
})();
