// Follows a running "propose for all": every two seconds it reads the page again and puts the
// run's new figures in place, until the run has ended. Without it, the page's link does the same.
(function () {
  var section = document.getElementById('run');
  if (!section || section.dataset.state !== 'running') return;
  function poll() {
    fetch(window.location.href, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('run');
        if (!fresh) return;
        section.innerHTML = fresh.innerHTML;
        section.dataset.state = fresh.dataset.state;
        if (fresh.dataset.state === 'running') window.setTimeout(poll, 2000);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 2000);
})();
