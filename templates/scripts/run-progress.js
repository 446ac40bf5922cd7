// Follows a running "propose for all": every two seconds it reads the page again. While the run
// goes on, only the summary (a polite live region, changed only when its text changes) and the
// progress bar are updated, so that focus stays put and nothing is read out twice; once the run
// has ended, the whole section is put in place and its heading takes the focus. Without this
// script, the page's link shows the progress.
(function () {
  var run = document.getElementById('run');
  if (!run || run.dataset.state !== 'running') return;
  var failures = 0;

  function follow(html) {
    var page = new DOMParser().parseFromString(html, 'text/html');
    var fresh = page.getElementById('run');
    // Signed out meanwhile, or some other page: let the server say what it is.
    if (!fresh) { window.location.reload(); return; }
    failures = 0;
    if (fresh.dataset.state === 'running') {
      var summary = document.getElementById('run-summary');
      var freshSummary = page.getElementById('run-summary');
      if (summary && freshSummary && summary.textContent !== freshSummary.textContent) {
        summary.textContent = freshSummary.textContent;
      }
      var bar = run.querySelector('progress');
      var freshBar = fresh.querySelector('progress');
      if (bar && freshBar) {
        bar.max = freshBar.max;
        bar.value = freshBar.value;
        bar.textContent = freshBar.textContent;
      }
      window.setTimeout(poll, 2000);
      return;
    }
    run.innerHTML = fresh.innerHTML;
    run.dataset.state = fresh.dataset.state;
    document.title = page.title;
    var heading = run.querySelector('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  function poll() {
    fetch(window.location.href, { credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(follow)
      .catch(function () {
        // A few attempts through a passing network failure, then the link is there.
        failures += 1;
        if (failures < 10) window.setTimeout(poll, 5000);
      });
  }

  window.setTimeout(poll, 2000);
})();
