// Shows the case's BPMN process with bpmn-js and marks where the case stands (no inline scripts: CSP).
document.addEventListener('DOMContentLoaded', function () {
  var container = document.getElementById('case-diagram');
  if (!container || typeof BpmnJS === 'undefined') {
    return;
  }
  var split = function (value) { return value ? value.split(',').filter(Boolean) : []; };
  var viewer = new BpmnJS({ container: container });
  fetch(container.dataset.src, { credentials: 'same-origin' })
    .then(function (response) { return response.text(); })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      var canvas = viewer.get('canvas');
      canvas.zoom('fit-viewport');
      split(container.dataset.completed).forEach(function (id) { safeMark(canvas, id, 'step-done'); });
      split(container.dataset.active).forEach(function (id) { safeMark(canvas, id, 'step-current'); });
    })
    .catch(function () {
      container.textContent = 'Không hiển thị được sơ đồ quy trình.';
    });

  function safeMark(canvas, id, marker) {
    try { canvas.addMarker(id, marker); } catch (ignored) { /* an activity of an older model version */ }
  }
});
