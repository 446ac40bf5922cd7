// Shows an appointment's time in the browser's own time zone, next to the Brussels time, when
// the two differ. The page says everything without it.
(function () {
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone || zone === 'Europe/Brussels') return;
  var nodes = document.querySelectorAll('[data-local-time]');
  for (var i = 0; i < nodes.length; i++) {
    var node = nodes[i];
    var when = new Date(node.getAttribute('data-local-time'));
    if (isNaN(when.getTime())) continue;
    var text = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      dateStyle: 'full', timeStyle: 'short', timeZone: zone
    }).format(when);
    node.textContent = (node.getAttribute('data-local-label') || '') + ' ' + text + ' (' + zone + ')';
  }
})();
