// Keyboard triage of the inbox (no inline scripts: CSP). j/k move, x selects, c/p/n/u/r/b/d decide on the checked
// rows or else the current one, o reads, e expands a story, ? shows the shortcuts. Decisions go through htmx, which
// swaps only the list; the cursor stays on the same article, or at the same place when the article left the list.
(function () {
  'use strict';
  var cursor = 0;
  var cursorId = null;

  function rows() {
    return Array.prototype.filter.call(document.querySelectorAll('#inbox tbody tr[data-ref]'), function (row) {
      return !row.classList.contains('d-none');
    });
  }

  function show(index) {
    var all = rows();
    document.querySelectorAll('#inbox tr.cursor').forEach(function (row) { row.classList.remove('cursor'); });
    if (all.length === 0) {
      cursorId = null;
      return;
    }
    cursor = Math.max(0, Math.min(index, all.length - 1));
    var row = all[cursor];
    row.classList.add('cursor');
    cursorId = row.id;
    row.scrollIntoView({ block: 'nearest' });
  }

  function current() {
    return rows()[cursor];
  }

  function checkedRefs() {
    return Array.prototype.map.call(document.querySelectorAll('#inbox .select-row:checked'), function (box) {
      return box.value;
    });
  }

  function act(action, tone) {
    var refs = checkedRefs();
    if (refs.length === 0 && current()) {
      refs = [current().dataset.ref];
    }
    if (refs.length === 0) {
      return;
    }
    document.getElementById('act-action').value = action;
    document.getElementById('act-tone').value = tone || '';
    document.getElementById('act-refs').value = refs.join(',');
    var page = document.getElementById('current-page');
    document.getElementById('act-page').value = page ? page.value : '1';
    document.getElementById('act-form').requestSubmit();
  }

  function toggleStory(row) {
    if (!row) {
      return;
    }
    document.querySelectorAll('#inbox tr.version-row[data-story="' + row.dataset.story + '"]').forEach(function (other) {
      other.classList.toggle('d-none');
    });
  }

  function toggleShortcuts(force) {
    var overlay = document.getElementById('shortcuts');
    if (overlay) {
      overlay.classList.toggle('d-none', force === undefined ? undefined : !force);
    }
  }

  var keys = {
    j: function () { show(cursor + 1); },
    k: function () { show(cursor - 1); },
    x: function () {
      var row = current();
      if (row) {
        var box = row.querySelector('.select-row');
        box.checked = !box.checked;
        row.classList.toggle('selected', box.checked);
      }
    },
    c: function () { act('CONFIRM'); },
    d: function () { act('DISMISS'); },
    p: function () { act('TONE', 'POSITIVE'); },
    n: function () { act('TONE', 'NEGATIVE'); },
    u: function () { act('TONE', 'NEUTRAL'); },
    r: function () {
      var row = current();
      act(row && row.dataset.needsResponse === 'true' ? 'NOT_NEEDS_RESPONSE' : 'NEEDS_RESPONSE');
    },
    b: function () { act('BULLETIN'); },
    e: function () { toggleStory(current()); },
    o: function () {
      var row = current();
      if (row) {
        window.location.href = row.dataset.reader;
      }
    },
    '/': function () { document.getElementById('q').focus(); },
    '?': function () { toggleShortcuts(); }
  };
  keys.Enter = keys.o;

  document.addEventListener('keydown', function (event) {
    if (!document.getElementById('inbox-list') || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (event.key === 'Escape') {
      toggleShortcuts(false);
      return;
    }
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName))
        && !(target.classList && target.classList.contains('select-row'))) {
      return;
    }
    var handler = keys[event.key];
    if (handler) {
      event.preventDefault();
      handler();
    }
  });

  document.addEventListener('click', function (event) {
    var expand = event.target.closest && event.target.closest('.expand-story');
    if (expand) {
      toggleStory(expand.closest('tr'));
    }
    if (event.target.id === 'shortcuts-button') {
      toggleShortcuts();
    }
    var row = event.target.closest && event.target.closest('#inbox tbody tr[data-ref]');
    if (row) {
      show(rows().indexOf(row));
    }
  });

  // after htmx swapped the list: back to the same article, else the same position
  document.addEventListener('htmx:afterSettle', function () {
    var all = rows();
    var again = cursorId ? all.findIndex(function (row) { return row.id === cursorId; }) : -1;
    show(again >= 0 ? again : cursor);
  });

  document.addEventListener('DOMContentLoaded', function () { show(0); });
}());
