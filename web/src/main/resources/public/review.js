// The review queue from the keyboard: j and k move between facts, a accepts, r rejects, e edits,
// Escape cancels an edit. Every htmx request from the queue carries the session's CSRF token.
// Boxes marked data-typeahead suggest the knowledge base's entities as a name is typed.
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

  // Type-ahead: the suggestions are list items made as DOM nodes, their names set as text.
  var SUGGEST_AFTER_MS = 150;
  var pending = null;

  function suggestionsOf(input) {
    var list = input.parentNode.querySelector('ul.suggestions');
    if (!list) {
      list = document.createElement('ul');
      list.className = 'suggestions';
      list.setAttribute('role', 'listbox');
      list.hidden = true;
      input.parentNode.appendChild(list);
    }
    return list;
  }

  function close(input) {
    var list = input.parentNode.querySelector('ul.suggestions');
    if (list) {
      list.hidden = true;
    }
  }

  function choose(input, item) {
    input.value = item.dataset.name;
    var idField = input.dataset.idField && input.form.querySelector('input[type=hidden][name="' + input.dataset.idField + '"]');
    if (idField) {
      idField.value = item.dataset.id;
    }
    close(input);
    input.focus();
  }

  function show(input, entities) {
    var list = suggestionsOf(input);
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    entities.forEach(function (entity) {
      var item = document.createElement('li');
      item.setAttribute('role', 'option');
      item.dataset.id = entity.id;
      item.dataset.name = entity.name;
      item.appendChild(document.createTextNode(entity.name));
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = entity.type;
      item.appendChild(kind);
      item.addEventListener('mousedown', function (event) {
        event.preventDefault();
        choose(input, item);
      });
      list.appendChild(item);
    });
    list.hidden = entities.length === 0;
  }

  function suggest(input) {
    var text = input.value.trim();
    if (text.length < 2) {
      close(input);
      return;
    }
    fetch('/api/entities?limit=8&q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : { items: [] }; })
      .then(function (page) {
        if (input.value.trim() === text) {
          show(input, page.items || []);
        }
      });
  }

  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[data-typeahead]')) {
      return;
    }
    var idField = input.dataset.idField && input.form.querySelector('input[type=hidden][name="' + input.dataset.idField + '"]');
    if (idField) {
      // A name typed rather than chosen names no entity yet.
      idField.value = '';
    }
    clearTimeout(pending);
    pending = setTimeout(function () { suggest(input); }, SUGGEST_AFTER_MS);
  });

  document.addEventListener('focusout', function (event) {
    if (event.target.matches && event.target.matches('input[data-typeahead]')) {
      close(event.target);
    }
  });

  // Arrow keys move through open suggestions, Enter takes one, Escape closes them.
  function steer(event) {
    var input = event.target;
    var list = input.parentNode.querySelector('ul.suggestions');
    if (!list || list.hidden) {
      return false;
    }
    var items = Array.prototype.slice.call(list.children);
    var index = items.findIndex(function (item) { return item.getAttribute('aria-selected') === 'true'; });
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      var next = (index + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items.forEach(function (item, i) { item.setAttribute('aria-selected', i === next ? 'true' : 'false'); });
    } else if (event.key === 'Enter' && index >= 0) {
      choose(input, items[index]);
    } else if (event.key === 'Escape') {
      close(input);
    } else {
      return false;
    }
    event.preventDefault();
    event.stopPropagation();
    return true;
  }

  document.addEventListener('keydown', function (event) {
    if (event.target.matches && event.target.matches('input[data-typeahead]') && steer(event)) {
      return;
    }
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
