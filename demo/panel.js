// The "under the hood" panel on the home page: the stored decision, the dataLayer, the cookies
// this page can read, and what the demo server logged. Everything is written as text.
(function () {
  var $ = function (id) {
    return document.getElementById(id);
  };

  function show(id, value) {
    var el = $(id);
    if (el && el.textContent !== value) el.textContent = value;
  }

  // gtag() pushes Arguments objects; show them as the call they came from.
  function entry(e) {
    if (Object.prototype.toString.call(e) === '[object Arguments]') {
      return (
        'gtag(' +
        Array.prototype.map
          .call(e, function (a) {
            return JSON.stringify(a);
          })
          .join(', ') +
        ')'
      );
    }
    return JSON.stringify(e);
  }

  function render() {
    var api = window.cookiegate;
    var record = api && api.record();
    show('panel-record', record ? JSON.stringify(record, null, 2) : 'null (no decision yet: nothing optional runs)');
    var layer = window.dataLayer || [];
    show('panel-datalayer', layer.length ? layer.map(entry).join('\n') : '[] (empty)');
    var cookies = document.cookie ? document.cookie.split('; ').join('\n') : '(none)';
    show('panel-cookies', cookies);
  }

  function poll() {
    fetch('/log.json', { cache: 'no-store' })
      .then(function (r) {
        return r.json();
      })
      .then(function (log) {
        show(
          'panel-hits',
          log.hits.length
            ? log.hits
                .map(function (h) {
                  return h.at + '  ' + h.query.dl;
                })
                .join('\n')
            : '(none)',
        );
        show(
          'panel-receipts',
          log.receipts.length
            ? log.receipts
                .map(function (r) {
                  return JSON.stringify(r.receipt);
                })
                .join('\n')
            : '(none)',
        );
      })
      .catch(function () {
        /* The panel is a convenience: a failed fetch of the receipts leaves it as it was. */
      });
  }

  document.addEventListener('cookiegate:change', function () {
    render();
    // The receipt is a beacon: give it a moment to reach the server.
    setTimeout(poll, 300);
  });
  document.addEventListener('cookiegate:ready', render);
  // Cookies change without events (the analytics stand-in, the clean-up's second pass).
  setInterval(render, 1000);
  setInterval(poll, 3000);
  render();
  poll();
})();
