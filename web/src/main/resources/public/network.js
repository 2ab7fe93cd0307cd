// Draws every network on the page with Cytoscape.js: from JSON in data-graph-json, or fetched
// from the URL in data-graph (the /api/graph forms), each with a legend. A click on an entity
// opens its page; a click on a tie tells the page (the event tie-chosen), which network-page.js
// answers on the network page.
// Served as a file: the security policy runs no inline script. Article text (names, sentences)
// only ever goes into the page as textContent, never as markup.
(function () {
  'use strict';

  // Colours of the Okabe-Ito palette (Okabe & Ito, "Color Universal Design", 2008), chosen to stay
  // apart for readers with protanopia, deuteranopia or tritanopia; yellow is left out, too pale
  // on white. Each kind also has its own line style, so that no two kinds differ by colour alone.
  // KindStylesTest simulates the three colour-vision deficiencies and checks that every pair of
  // colours here stays distinguishable; keep the "kind: { colour: ..., line: ... }" form it reads.
  var KIND_STYLES = {
    agreement: { colour: '#0072B2', line: 'solid' },
    relationship: { colour: '#009E73', line: 'dashed' },
    role: { colour: '#CC79A7', line: 'dotted' },
    event: { colour: '#E69F00', line: 'dashed' },
    investment: { colour: '#D55E00', line: 'solid' },
    product: { colour: '#000000', line: 'dotted' }
  };
  // Ties editors proposed from partner suggestions: read from no article, so drawn apart from the
  // kinds of fact, thin and dotted, and never opened as evidence.
  var PROPOSED_STYLE = { colour: '#52606d', line: 'dotted' };
  var TYPE_SHAPES = { organisation: 'round-rectangle', place: 'ellipse', person: 'diamond', group: 'hexagon' };
  var TYPE_COLOURS = { organisation: '#e6eef8', place: '#e3f4ea', person: '#fdf1dc', group: '#eeeeee' };
  // Countries take the palette's colours by how many entities they have; the rest share grey.
  var COUNTRY_COLOURS = ['#56B4E9', '#E69F00', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#F0E442'];
  var NO_COUNTRY = '#ffffff';
  var OTHER_COUNTRIES = '#bbbbbb';
  var SVG = 'http://www.w3.org/2000/svg';
  var LAYOUT_SPREAD = 600;
  var LABEL_PIXELS = 11;

  function yearsOf(edge) {
    if (edge.first_year == null) {
      return '';
    }
    return edge.first_year === edge.last_year ? ' ' + edge.first_year : ' ' + edge.first_year + '–' + edge.last_year;
  }

  function pathPairs(paths) {
    var pairs = {};
    (paths || []).forEach(function (path) {
      for (var i = 1; i < path.length; i++) {
        pairs[Math.min(path[i - 1], path[i]) + '-' + Math.max(path[i - 1], path[i])] = true;
      }
    });
    return pairs;
  }

  // Where an entity starts before the layout moves it: worked out from its id alone, so that the
  // same network is laid out the same way on every load (Cytoscape would otherwise start from
  // random places). A multiplicative hash spreads neighbouring ids apart.
  function startingPlace(id) {
    var x = Math.imul(Number(id), 2654435761) >>> 0;
    var y = Math.imul(Number(id) ^ 0x5bd1e995, 2246822519) >>> 0;
    return { x: (x % 10007) / 10007 * LAYOUT_SPREAD, y: (y % 10009) / 10009 * LAYOUT_SPREAD };
  }

  function countryColours(graph) {
    var colours = {};
    (graph.countries || []).forEach(function (country, i) {
      colours[country.name] = i < COUNTRY_COLOURS.length ? COUNTRY_COLOURS[i] : OTHER_COUNTRIES;
    });
    return colours;
  }

  function elements(graph, centre) {
    var degree = {};
    graph.edges.forEach(function (e) {
      degree[e.source] = (degree[e.source] || 0) + e.facts;
      degree[e.target] = (degree[e.target] || 0) + e.facts;
    });
    var onPath = pathPairs(graph.paths);
    var byCountry = countryColours(graph);
    var list = graph.nodes.map(function (n) {
      return {
        group: 'nodes',
        data: {
          id: String(n.id), label: n.name, type: n.type, weight: Math.min(degree[n.id] || 0, 20),
          typeColour: TYPE_COLOURS[n.type] || '#eeeeee',
          countryColour: n.country ? byCountry[n.country] || OTHER_COUNTRIES : NO_COUNTRY
        },
        position: startingPlace(n.id),
        classes: String(n.id) === centre ? 'centre' : ''
      };
    });
    graph.edges.forEach(function (e, i) {
      var key = Math.min(e.source, e.target) + '-' + Math.max(e.source, e.target);
      var style = KIND_STYLES[e.kind] || { colour: '#888888', line: 'solid' };
      list.push({
        group: 'edges',
        data: {
          id: 'e' + i, source: String(e.source), target: String(e.target), kind: e.kind,
          colour: style.colour, line: style.line, width: Math.min(1 + e.facts, 6),
          label: e.kind + (e.facts > 1 ? ' ×' + e.facts : '') + yearsOf(e)
        },
        classes: onPath[key] ? 'path' : ''
      });
    });
    (graph.proposed || []).forEach(function (e, i) {
      list.push({
        group: 'edges',
        data: {
          id: 'p' + i, source: String(e.source), target: String(e.target), kind: 'proposed',
          colour: PROPOSED_STYLE.colour, line: PROPOSED_STYLE.line, width: 1, label: 'proposed tie'
        },
        classes: 'proposed'
      });
    });
    return list;
  }

  function style(colouring) {
    var fill = colouring === 'country' ? 'data(countryColour)' : 'data(typeColour)';
    return [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 13, 'color': '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'ellipsis', 'text-max-width': 140, 'width': 'mapData(weight, 0, 20, 14, 34)',
        'height': 'mapData(weight, 0, 20, 14, 34)', 'border-width': 1, 'border-color': '#52606d',
        'background-color': fill, 'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
        'text-background-padding': 1,
        'shape': function (n) { return TYPE_SHAPES[n.data('type')] || 'ellipse'; }
      } },
      { selector: 'node.centre', style: {
        'border-width': 3, 'border-color': '#1f2933', 'font-weight': 'bold', 'width': 38, 'height': 38
      } },
      { selector: 'edge', style: {
        'width': 'data(width)', 'line-color': 'data(colour)', 'line-style': 'data(line)', 'curve-style': 'bezier',
        'opacity': 0.8
      } },
      { selector: 'edge.path', style: { 'width': 6, 'opacity': 1 } },
      { selector: 'edge.hover, edge.chosen', style: {
        'label': 'data(label)', 'font-size': 11, 'text-background-color': '#ffffff',
        'text-background-opacity': 0.9, 'text-rotation': 'autorotate', 'opacity': 1
      } },
      { selector: 'edge.chosen', style: { 'underlay-color': '#1f2933', 'underlay-opacity': 0.15, 'underlay-padding': 5 } },
      { selector: 'node.hover', style: { 'border-width': 3 } }
    ];
  }

  function svg(name, attributes) {
    var element = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { element.setAttribute(key, attributes[key]); });
    return element;
  }

  function shapeIcon(type, fill) {
    var icon = svg('svg', { width: 18, height: 18, viewBox: '0 0 18 18', 'aria-hidden': 'true' });
    var outline = { fill: fill, stroke: '#52606d', 'stroke-width': 1 };
    var shapes = {
      organisation: function () { return svg('rect', Object.assign({ x: 2, y: 3, width: 14, height: 12, rx: 3 }, outline)); },
      person: function () { return svg('polygon', Object.assign({ points: '9,1 17,9 9,17 1,9' }, outline)); },
      group: function () { return svg('polygon', Object.assign({ points: '5,2 13,2 17,9 13,16 5,16 1,9' }, outline)); }
    };
    icon.appendChild((shapes[type] || function () {
      return svg('ellipse', Object.assign({ cx: 9, cy: 9, rx: 7, ry: 7 }, outline));
    })());
    return icon;
  }

  function lineIcon(kindStyle) {
    var icon = svg('svg', { width: 30, height: 10, viewBox: '0 0 30 10', 'aria-hidden': 'true' });
    var dashes = { solid: 'none', dashed: '6 3', dotted: '1.5 3' };
    icon.appendChild(svg('line', { x1: 1, y1: 5, x2: 29, y2: 5, stroke: kindStyle.colour, 'stroke-width': 3,
      'stroke-dasharray': dashes[kindStyle.line], 'stroke-linecap': kindStyle.line === 'dotted' ? 'round' : 'butt' }));
    return icon;
  }

  function legendGroup(legend, heading, items) {
    if (!items.length) {
      return;
    }
    var group = document.createElement('div');
    var title = document.createElement('span');
    title.className = 'legend-heading';
    title.textContent = heading;
    group.appendChild(title);
    var list = document.createElement('ul');
    items.forEach(function (item) {
      var entry = document.createElement('li');
      entry.dataset.legend = item.key;
      entry.appendChild(item.icon);
      entry.appendChild(document.createTextNode(' ' + item.text));
      list.appendChild(entry);
    });
    group.appendChild(list);
    legend.appendChild(group);
  }

  // Says what the shapes, fills and lines of this drawing mean: only what it shows.
  function drawLegend(container, graph, colouring) {
    var legend = container.nextElementSibling;
    if (!legend || !legend.classList.contains('network-legend')) {
      legend = document.createElement('div');
      legend.className = 'network-legend';
      container.insertAdjacentElement('afterend', legend);
    }
    legend.textContent = '';
    var types = [];
    graph.nodes.forEach(function (n) { if (types.indexOf(n.type) < 0) { types.push(n.type); } });
    var kinds = [];
    graph.edges.forEach(function (e) { if (kinds.indexOf(e.kind) < 0) { kinds.push(e.kind); } });
    legendGroup(legend, 'Entities', types.sort().map(function (type) {
      var fill = colouring === 'country' ? '#ffffff' : TYPE_COLOURS[type] || '#eeeeee';
      return { key: type, icon: shapeIcon(type, fill), text: type };
    }));
    legendGroup(legend, 'Ties', Object.keys(KIND_STYLES).filter(function (kind) { return kinds.indexOf(kind) >= 0; })
      .map(function (kind) { return { key: kind, icon: lineIcon(KIND_STYLES[kind]), text: kind }; })
      .concat((graph.proposed || []).length > 0
        ? [{ key: 'proposed', icon: lineIcon(PROPOSED_STYLE), text: 'proposed by an editor' }] : []));
    if (colouring === 'country') {
      var colours = countryColours(graph);
      var shown = (graph.countries || []).filter(function (c) {
        return graph.nodes.some(function (n) { return n.country === c.name; });
      });
      var items = shown.map(function (c) {
        return { key: c.name, icon: shapeIcon('place', colours[c.name]), text: c.name };
      });
      items.push({ key: '', icon: shapeIcon('place', NO_COUNTRY), text: 'in no known country' });
      legendGroup(legend, 'Countries', items);
    }
  }

  // A large network is drawn zoomed out, and its names would shrink with it: they keep a size
  // that can be read on screen instead (at the cost of some overlap, which zooming in undoes).
  function readableLabels(cy) {
    var scale = Math.max(1, LABEL_PIXELS / (13 * cy.zoom()));
    cy.nodes().style({ 'font-size': 13 * scale, 'text-max-width': 140 * scale });
  }

  function draw(container, graph) {
    if (container.cytoscape) {
      container.cytoscape.destroy();
      container.cytoscape = null;
    }
    container.textContent = '';
    var colouring = container.dataset.colour || 'type';
    drawLegend(container, graph, colouring);
    if (!graph.nodes.length) {
      var note = document.createElement('p');
      note.className = 'network-note';
      note.textContent = 'No ties to draw.';
      container.appendChild(note);
      container.dataset.drawn = String(Number(container.dataset.drawn || 0) + 1);
      return;
    }
    var cy = cytoscape({
      container: container,
      elements: elements(graph, container.dataset.center),
      style: style(colouring),
      layout: { name: 'cose', animate: false, randomize: false, padding: 24, nodeRepulsion: 60000,
                nodeOverlap: 40, idealEdgeLength: 90, componentSpacing: 60, gravity: 0.6, numIter: 2000 },
      minZoom: 0.2,
      maxZoom: 3
    });
    // A network of a few entities would otherwise be blown up to fill the box.
    if (cy.zoom() > 1.4) {
      cy.zoom(1.4);
      cy.center();
    }
    readableLabels(cy);
    cy.on('zoom', function () { readableLabels(cy); });
    // Kept on the element for the export button, the tests and the browser's console.
    container.cytoscape = cy;
    cy.on('tap', 'node', function (event) {
      window.location.href = '/entities/' + event.target.id();
    });
    // A page that shows what a tie stands for (network-page.js) listens for this.
    cy.on('tap', 'edge', function (event) {
      if (event.target.hasClass('proposed')) {
        return;
      }
      cy.edges().removeClass('chosen');
      event.target.addClass('chosen');
      container.dispatchEvent(new CustomEvent('tie-chosen', { detail: {
        source: event.target.data('source'), target: event.target.data('target'), kind: event.target.data('kind')
      } }));
    });
    cy.on('mouseover', 'node, edge', function (event) {
      event.target.addClass('hover');
      if (event.target.isNode()) {
        event.target.connectedEdges().addClass('hover');
      }
      container.classList.add('pointing');
    });
    cy.on('mouseout', 'node, edge', function (event) {
      event.target.removeClass('hover');
      if (event.target.isNode()) {
        event.target.connectedEdges().removeClass('hover');
      }
      container.classList.remove('pointing');
    });
    container.dataset.drawn = String(Number(container.dataset.drawn || 0) + 1);
  }

  function load(container) {
    if (container.dataset.graphJson) {
      draw(container, JSON.parse(container.dataset.graphJson));
      return;
    }
    fetch(container.dataset.graph, { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (graph) { draw(container, graph); })
      .catch(function () { container.textContent = 'The network could not be loaded.'; });
  }

  document.querySelectorAll('[data-graph], [data-graph-json]').forEach(load);
  // For network-page.js, which redraws the network page's drawing when its filters change.
  window.tsunaguNetwork = { draw: draw };
}());
