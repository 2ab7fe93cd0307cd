// The network page (/network): a click on a tie shows the facts behind it in the side panel,
// the filters redraw the network from /api/graph without reloading the page and keep the address
// in step, and the view can be saved as a PNG picture. network.js draws. Article text (names,
// sentences) only ever goes into the page as textContent, never as markup.
(function () {
  'use strict';

  function link(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) {
      e.className = className;
    }
    if (text != null) {
      e.textContent = text;
    }
    return e;
  }

  function sourceItem(source) {
    var item = element('li', 'source-of-tie');
    item.appendChild(element('q', 'sentence', source.sentence));
    var where = element('p', 'where');
    where.appendChild(source.url ? link(source.url, source.document) : document.createTextNode(source.document));
    var publication = source.publication || {};
    var about = [publication.outlet, publication.published].filter(Boolean).join(', ');
    if (about) {
      where.appendChild(document.createTextNode(' · ' + about));
    }
    item.appendChild(where);
    return item;
  }

  function showTie(panel, tie, kind) {
    panel.textContent = '';
    var heading = element('h2');
    heading.appendChild(link('/entities/' + tie.source.id, tie.source.name));
    heading.appendChild(document.createTextNode(' — '));
    heading.appendChild(link('/entities/' + tie.target.id, tie.target.name));
    panel.appendChild(heading);
    panel.appendChild(element('p', 'meta', tie.total + ' ' + kind + (tie.total === 1 ? ' fact' : ' facts')
      + (tie.total > tie.facts.length ? ', the first ' + tie.facts.length + ' shown' : '')));
    tie.facts.forEach(function (fact) {
      var entry = element('article', 'tie-fact');
      var title = element('h3');
      title.appendChild(link(fact.url, fact.summary));
      entry.appendChild(title);
      entry.appendChild(element('span', 'state ' + fact.review_state, fact.review_state));
      entry.appendChild(document.createTextNode(' ' + fact.sources.length
        + (fact.sources.length === 1 ? ' source' : ' sources')));
      var sources = element('ul', 'sources');
      fact.sources.forEach(function (source) { sources.appendChild(sourceItem(source)); });
      entry.appendChild(sources);
      panel.appendChild(entry);
    });
  }

  function tieAddress(tie, filters) {
    var query = new URLSearchParams();
    query.set('source', tie.source);
    query.set('target', tie.target);
    query.set('kinds', tie.kind);
    ['from', 'to'].forEach(function (name) {
      if (filters.get(name)) {
        query.set(name, filters.get(name));
      }
    });
    return '/api/graph/ties?' + query.toString();
  }

  function showEvidence(panel, tie, form) {
    panel.textContent = '';
    panel.appendChild(element('p', 'network-note', 'Reading the facts behind this tie…'));
    fetch(tieAddress(tie, new FormData(form)), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (facts) { showTie(panel, facts, tie.kind); })
      .catch(function () {
        panel.textContent = '';
        panel.appendChild(element('p', 'note', 'The facts behind this tie could not be read.'));
      });
  }

  // The network page's filters: the page's own query (what the address bar shows), and the one
  // the API and the GraphML download take, which leave out what only the page reads.
  function pageQuery(form) {
    var query = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (String(value).trim() !== '' && !(name === 'colour' && value === 'type')) {
        query.append(name, value);
      }
    });
    return query;
  }

  function dataQuery(query) {
    var data = new URLSearchParams(query);
    ['colour', 'to_name', 'to_entity'].forEach(function (name) { data.delete(name); });
    return data;
  }

  function countryChoices(form, graph, hidden) {
    var holder = form.querySelector('.countries');
    if (!holder) {
      return;
    }
    holder.textContent = '';
    (graph.countries || []).forEach(function (country) {
      var label = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'hide_country';
      box.value = country.name;
      box.checked = hidden.indexOf(country.name) >= 0;
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + country.name + ' (' + country.entities + ')'));
      holder.appendChild(label);
    });
  }

  function showFiltered(form, container, query, remember) {
    var data = dataQuery(query);
    container.dataset.colour = query.get('colour') || 'type';
    var exportLink = document.querySelector('.export-graphml');
    return fetch(form.dataset.api + '?' + data.toString(), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (graph) {
        if (remember) {
          history.pushState(null, '', form.action + '?' + query.toString());
        }
        countryChoices(form, graph, query.getAll('hide_country'));
        if (exportLink) {
          exportLink.href = form.dataset.export + '?' + data.toString();
        }
        window.tsunaguNetwork.draw(container, graph);
      })
      .catch(function () { container.textContent = 'The network could not be loaded with these filters.'; });
  }

  function syncForm(form, query) {
    Array.prototype.forEach.call(form.elements, function (input) {
      if (!input.name || input.type === 'hidden') {
        return;
      }
      if (input.type === 'checkbox') {
        input.checked = query.getAll(input.name).indexOf(input.value) >= 0
          || (input.name === 'kinds' && !query.has('kinds'));
      } else if (input.tagName === 'SELECT') {
        input.value = query.get(input.name) || input.options[0].value;
      } else {
        input.value = query.get(input.name) || '';
      }
    });
  }

  // Filters change the drawing in place; a search for paths still loads the page, which lists them.
  function liveFilters(form, container) {
    var apply = function (event) {
      var query = pageQuery(form);
      if (query.get('to_name')) {
        return;
      }
      event.preventDefault();
      showFiltered(form, container, query, true);
    };
    form.addEventListener('submit', apply);
    form.addEventListener('change', function (event) {
      if (event.target.name !== 'to_name') {
        apply(event);
      }
    });
    window.addEventListener('popstate', function () {
      var query = new URLSearchParams(window.location.search);
      syncForm(form, query);
      showFiltered(form, container, query, false);
    });
  }

  function savePicture(container) {
    var cy = container.cytoscape;
    if (!cy) {
      return;
    }
    var blob = cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2 });
    var address = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = address;
    a.download = 'network.png';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(address); }, 1000);
  }

  var form = document.querySelector('form.network-filters');
  var drawing = document.querySelector('.network-view .network');
  var panel = document.querySelector('.tie-evidence');
  if (!form || !drawing || !window.tsunaguNetwork) {
    return;
  }
  liveFilters(form, drawing);
  drawing.addEventListener('tie-chosen', function (event) { showEvidence(panel, event.detail, form); });
  var pictureButton = document.querySelector('.export-png');
  pictureButton.hidden = false;
  pictureButton.addEventListener('click', function () { savePicture(drawing); });
}());
