// The interview page, made quicker: each section's form is saved in place (the server answers
// with the page, from which only that section, the summary and the approval's list are taken, so
// that what is typed elsewhere stays), a result chosen is saved at once, an image can be
// magnified, new images show up when a new upload was asked for, and the photo can be taken
// with the camera. Without this script every form still works: each save reloads the page.
(function () {
  var root = document.getElementById('interview');
  if (!root || !window.fetch || !window.DOMParser) return;
  var status = document.getElementById('save-status');

  function say(text) {
    if (!status) return;
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function replace(id, page) {
    var here = document.getElementById(id);
    var fresh = page.getElementById(id);
    if (here && fresh) here.replaceWith(document.importNode(fresh, true));
    return document.getElementById(id);
  }

  // Sections whose save changes the whole page: starting and the consent open the checklist,
  // the fraud flag and an outcome close it.
  var WHOLE = /^(start|consent|fraud|outcome-|change-outcome)/;

  function adopt(page, sectionId, code, versionBefore) {
    var freshRoot = page.getElementById('interview');
    // Signed out meanwhile, or an error page: let the browser show it.
    if (!freshRoot) return false;
    var version = Number(freshRoot.getAttribute('data-version'));
    // Someone else saved meanwhile (a refusal as stale, or a version that moved by more than
    // this save): the whole page is taken, so that no form keeps a state it did not show.
    var others = code >= 400 ? version !== versionBefore : version > versionBefore + 1;
    if (others || WHOLE.test(sectionId)) {
      root.replaceWith(document.importNode(freshRoot, true));
      root = document.getElementById('interview');
      status = document.getElementById('save-status');
      wire(root);
      return true;
    }
    var section = replace(sectionId, page);
    ['summary', 'outcome-approved'].forEach(function (id) {
      if (id !== sectionId) replace(id, page);
    });
    root.setAttribute('data-version', String(version));
    root.querySelectorAll('input[name="version"]').forEach(function (input) {
      input.value = String(version);
    });
    wire(root);
    var error = section && section.querySelector('.field-error');
    if (error) {
      error.tabIndex = -1;
      error.focus();
    }
    return true;
  }

  function save(form) {
    var section = form.closest('section[id]');
    var sectionId = section ? section.id : null;
    var versionBefore = Number(root.getAttribute('data-version'));
    var button = form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    var answered = false;
    // As the browser would send it: a plain form encoded, a file upload as multipart.
    var data = new FormData(form);
    var body = form.enctype === 'multipart/form-data' ? data : new URLSearchParams(data);
    fetch(form.action, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      cache: 'no-store'
    })
      .then(function (response) {
        answered = true;
        // Led to another page (an interruption hands the request back): go there.
        var here = window.location.href.split('#')[0];
        if (response.redirected && response.url.split('#')[0] !== here) {
          window.location.assign(response.url);
          return null;
        }
        return response.text().then(function (html) {
          return { status: response.status, html: html };
        });
      })
      .then(function (answer) {
        if (!answer) return;
        var page = new DOMParser().parseFromString(answer.html, 'text/html');
        // An approval answers with the activation code, shown once: the whole page is taken,
        // and the address stays the interview's, so that reloading does not show it again.
        if (page.getElementById('activation-code')) {
          document.replaceChild(document.importNode(page.documentElement, true), document.documentElement);
          return;
        }
        var notice = page.querySelector('.notice');
        if (!sectionId || !adopt(page, sectionId, answer.status, versionBefore)) {
          // Not the interview page (signed out, refused): say what it says; nothing is lost.
          var heading = page.querySelector('h1');
          say(notice ? notice.textContent.trim() : (heading ? heading.textContent.trim() : page.title));
          return;
        }
        say(notice ? notice.textContent.trim() : '');
      })
      .catch(function () {
        // The network failed before any answer: send the form the ordinary way, which shows
        // what happened. After an answer the save was made: sending again would repeat it.
        if (!answered) form.submit();
      })
      .finally(function () {
        if (button) button.disabled = false;
      });
  }

  function zoom(image) {
    image.addEventListener('click', function (event) {
      event.preventDefault();
      var figure = image.closest('figure');
      var on = figure.classList.toggle('zoomed');
      image.style.transformOrigin = origin(event);
      image.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
    image.addEventListener('mousemove', function (event) {
      if (image.closest('figure').classList.contains('zoomed')) {
        image.style.transformOrigin = origin(event);
      }
    });
    function origin(event) {
      var box = image.getBoundingClientRect();
      var x = ((event.clientX - box.left) / box.width) * 100;
      var y = ((event.clientY - box.top) / box.height) * 100;
      return x.toFixed(1) + '% ' + y.toFixed(1) + '%';
    }
  }

  function camera(form) {
    var box = form.querySelector('[data-camera]');
    var input = form.querySelector('input[type="file"]');
    if (!box || !input || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia ||
        !window.DataTransfer) return;
    box.hidden = false;
    var video = box.querySelector('video');
    var canvas = box.querySelector('canvas');
    var note = box.querySelector('.camera-status');
    var start = box.querySelector('[data-camera-start]');
    var take = box.querySelector('[data-camera-take]');
    var again = box.querySelector('[data-camera-again]');
    var stream = null;

    start.addEventListener('click', function () {
      navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false })
        .then(function (s) {
          stream = s;
          video.srcObject = s;
          video.hidden = false;
          canvas.hidden = true;
          start.hidden = true;
          take.hidden = false;
          again.hidden = true;
          note.textContent = box.getAttribute('data-ready');
        })
        .catch(function () {
          note.textContent = box.getAttribute('data-failed');
        });
    });

    take.addEventListener('click', function () {
      if (!stream || !video.videoWidth) return;
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      canvas.getContext('2d').drawImage(video, 0, 0);
      canvas.toBlob(function (blob) {
        if (!blob) {
          note.textContent = box.getAttribute('data-failed');
          return;
        }
        var files = new DataTransfer();
        files.items.add(new File([blob], 'photo.jpg', { type: 'image/jpeg' }));
        input.files = files.files;
        canvas.hidden = false;
        video.hidden = true;
        take.hidden = true;
        again.hidden = false;
        note.textContent = box.getAttribute('data-taken');
      }, 'image/jpeg', 0.92);
    });

    again.addEventListener('click', function () {
      video.hidden = false;
      canvas.hidden = true;
      take.hidden = false;
      again.hidden = true;
      input.value = '';
      note.textContent = box.getAttribute('data-ready');
    });
  }

  function images(list) {
    return Array.prototype.map.call(list.querySelectorAll('img'), function (image) {
      return image.getAttribute('src');
    }).join(' ');
  }

  function follow(section) {
    var url = section.getAttribute('data-poll');
    if (!url || section.dataset.following) return;
    section.dataset.following = 'yes';
    var failures = 0;
    function poll() {
      fetch(url, { credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.text();
        })
        .then(function (html) {
          failures = 0;
          var page = new DOMParser().parseFromString(html, 'text/html');
          var fresh = page.getElementById('document-list');
          var list = document.getElementById('document-list');
          // Compared by the images they show, not their markup (the magnifier marks its own).
          if (fresh && list && images(fresh) !== images(list)) {
            list.replaceWith(document.importNode(fresh, true));
            wire(root);
          }
          window.setTimeout(poll, 15000);
        })
        .catch(function () {
          failures += 1;
          if (failures < 10) window.setTimeout(poll, 30000);
        });
    }
    window.setTimeout(poll, 15000);
  }

  function wire(scope) {
    scope.querySelectorAll('form[data-save]').forEach(function (form) {
      if (form.dataset.wired) return;
      form.dataset.wired = 'yes';
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        save(form);
      });
      form.querySelectorAll('input[data-autosave]').forEach(function (input) {
        input.addEventListener('change', function () {
          if (form.requestSubmit) form.requestSubmit();
        });
      });
      camera(form);
    });
    scope.querySelectorAll('img[data-zoom]').forEach(function (image) {
      if (image.dataset.wired) return;
      image.dataset.wired = 'yes';
      zoom(image);
    });
    var documents = document.getElementById('documents');
    if (documents) follow(documents);
  }

  wire(root);
})();
