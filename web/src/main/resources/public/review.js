// The review queue from the keyboard: j and k move between facts, a accepts, r rejects, e edits,
// Escape cancels an edit. Every htmx request from the queue carries the session's CSRF token.
(function () {
  'use strict';
  var queue = document.getElementById('review-queue');
  if (!queue) {
    return;
  }

  queue.addEventListener('htmx:configRequest', function (event) {
    event.detail.headers['X-CSRF-Token'] = queue.dataset.csrf;
  });

  function rows() {
    return Array.prototype.slice.call(queue.querySelectorAll('tr.fact'));
  }

  function current() {
    var active = document.activeElement;
    return active && active.closest ? active.closest('tr.fact') : null;
  }

  function move(step) {
    var all = rows();
    if (all.length === 0) {
      return;
    }
    var index = all.indexOf(current());
    var next = index < 0 ? all[0] : all[Math.max(0, Math.min(all.length - 1, index + step))];
    next.focus();
  }

  function press(key) {
    var row = current();
    var button = row && row.querySelector('[data-key="' + key + '"]');
    if (button) {
      button.click();
    }
  }

  // After a decision the next fact takes the focus; after opening an edit, its first field does.
  var advance = null;
  queue.addEventListener('htmx:beforeRequest', function (event) {
    var row = event.detail.elt.closest('tr.fact');
    advance = row ? { id: row.id, decided: event.detail.requestConfig.verb === 'post' && !row.classList.contains('editing') }
      : null;
  });
  queue.addEventListener('htmx:afterSettle', function () {
    if (!advance) {
      return;
    }
    var row = document.getElementById(advance.id);
    var input = row && row.querySelector('input:not([type=hidden])');
    if (input) {
      input.focus();
    } else if (row && advance.decided && row.nextElementSibling) {
      row.nextElementSibling.focus();
    } else if (row) {
      row.focus();
    }
    advance = null;
  });

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (event.target.tagName === 'INPUT' || event.target.tagName === 'SELECT' || event.target.tagName === 'TEXTAREA') {
      if (event.key === 'Escape') {
        press('Escape');
      }
      return;
    }
    var actions = { j: function () { move(1); }, k: function () { move(-1); },
      a: function () { press('a'); }, r: function () { press('r'); }, e: function () { press('e'); },
      Escape: function () { press('Escape'); } };
    if (actions[event.key]) {
      event.preventDefault();
      actions[event.key]();
    }
  });
})();
