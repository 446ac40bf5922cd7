// Checks a chosen ID image in the browser before it is sent: file size, resolution and a quick
// sharpness estimate (variance of the Laplacian on a grey copy scaled to 1000 pixels, as the
// server measures it). It only warns: the server's gate decides, and the page works without it.
(function () {
  function warn(input, text) {
    var box = document.getElementById(input.id + '-check');
    if (!box) return;
    box.textContent = text || '';
    box.hidden = !text;
  }

  function sharpness(bitmap) {
    var scale = Math.min(1, 1000 / Math.max(bitmap.width, bitmap.height));
    var w = Math.max(3, Math.round(bitmap.width * scale));
    var h = Math.max(3, Math.round(bitmap.height * scale));
    var canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    var context = canvas.getContext('2d');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, w, h);
    var rgba = context.getImageData(0, 0, w, h).data;
    var grey = new Float32Array(w * h);
    for (var i = 0; i < w * h; i++) {
      grey[i] = 0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2];
    }
    // The middle of the picture, where the document is.
    var x0 = Math.floor(w * 0.2), x1 = Math.ceil(w * 0.8), y0 = Math.floor(h * 0.2), y1 = Math.ceil(h * 0.8);
    var sum = 0, sumSq = 0, n = 0;
    for (var y = Math.max(1, y0); y < Math.min(h - 1, y1); y++) {
      for (var x = Math.max(1, x0); x < Math.min(w - 1, x1); x++) {
        var k = y * w + x;
        var v = grey[k - 1] + grey[k + 1] + grey[k - w] + grey[k + w] - 4 * grey[k];
        sum += v;
        sumSq += v * v;
        n++;
      }
    }
    if (!n) return 0;
    var mean = sum / n;
    return sumSq / n - mean * mean;
  }

  function check(input) {
    warn(input, '');
    var file = input.files && input.files[0];
    if (!file) return;
    var d = input.closest('.upload-check').dataset;
    if (file.size > Number(d.maxBytes)) { warn(input, d.msgSize); return; }
    // Some phones give no type at all: then only the server can tell.
    if (file.type && !/^image\/(jpeg|png)$/.test(file.type)) { warn(input, d.msgType); return; }
    if (!window.createImageBitmap) return;
    createImageBitmap(file, { imageOrientation: 'from-image' }).then(function (bitmap) {
      var long = Math.max(bitmap.width, bitmap.height), short = Math.min(bitmap.width, bitmap.height);
      var problem = '';
      if (long < Number(d.minLong) || short < Number(d.minShort)) problem = d.msgSmall;
      else if (sharpness(bitmap) < Number(d.minSharpness)) problem = d.msgBlur;
      if (bitmap.close) bitmap.close();
      warn(input, problem);
    }, function () {
      // An older browser, or a picture too large for it to open: say nothing, the server checks.
    });
  }

  var inputs = document.querySelectorAll('.upload-check input[type=file]');
  for (var i = 0; i < inputs.length; i++) {
    inputs[i].addEventListener('change', function (event) { check(event.target); });
  }
})();
