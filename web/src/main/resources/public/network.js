// Draws every network on the page with Cytoscape.js: from JSON in data-graph-json, or fetched
// from the URL in data-graph (the /api/graph forms). A click on an entity opens its page.
// Served as a file: the security policy runs no inline script.
(function () {
  'use strict';

  var KIND_COLOURS = {
    agreement: '#1d4f91', relationship: '#2f855a', role: '#b7791f',
    event: '#6b46c1', investment: '#c53030', product: '#2c7a7b'
  };
  var TYPE_SHAPES = { organisation: 'round-rectangle', place: 'ellipse', person: 'diamond', group: 'hexagon' };
  var TYPE_COLOURS = { organisation: '#e6eef8', place: '#e3f4ea', person: '#fdf1dc', group: '#eeeeee' };

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

  function elements(graph, centre) {
    var degree = {};
    graph.edges.forEach(function (e) {
      degree[e.source] = (degree[e.source] || 0) + e.facts;
      degree[e.target] = (degree[e.target] || 0) + e.facts;
    });
    var onPath = pathPairs(graph.paths);
    var list = graph.nodes.map(function (n) {
      return {
        group: 'nodes',
        data: { id: String(n.id), label: n.name, type: n.type, weight: Math.min(degree[n.id] || 0, 20) },
        classes: String(n.id) === centre ? 'centre' : ''
      };
    });
    graph.edges.forEach(function (e, i) {
      var key = Math.min(e.source, e.target) + '-' + Math.max(e.source, e.target);
      list.push({
        group: 'edges',
        data: {
          id: 'e' + i, source: String(e.source), target: String(e.target), kind: e.kind,
          colour: KIND_COLOURS[e.kind] || '#888', width: Math.min(1 + e.facts, 6),
          label: e.kind + (e.facts > 1 ? ' ×' + e.facts : '') + yearsOf(e)
        },
        classes: onPath[key] ? 'path' : ''
      });
    });
    return list;
  }

  function style() {
    return [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 13, 'color': '#1f2933', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'ellipsis', 'text-max-width': 140, 'width': 'mapData(weight, 0, 20, 14, 34)',
        'height': 'mapData(weight, 0, 20, 14, 34)', 'border-width': 1, 'border-color': '#52606d',
        'background-color': function (n) { return TYPE_COLOURS[n.data('type')] || '#eeeeee'; },
        'shape': function (n) { return TYPE_SHAPES[n.data('type')] || 'ellipse'; }
      } },
      { selector: 'node.centre', style: {
        'border-width': 3, 'border-color': '#1d4f91', 'font-weight': 'bold', 'width': 38, 'height': 38
      } },
      { selector: 'edge', style: {
        'width': 'data(width)', 'line-color': 'data(colour)', 'curve-style': 'bezier', 'opacity': 0.7
      } },
      { selector: 'edge.path', style: { 'width': 6, 'opacity': 1 } },
      { selector: 'edge.hover', style: {
        'label': 'data(label)', 'font-size': 10, 'text-background-color': '#ffffff',
        'text-background-opacity': 0.9, 'text-rotation': 'autorotate', 'opacity': 1
      } },
      { selector: 'node.hover', style: { 'border-width': 3 } }
    ];
  }

  function draw(container, graph) {
    container.textContent = '';
    if (!graph.nodes.length) {
      container.textContent = 'No ties to draw yet.';
      return;
    }
    var cy = cytoscape({
      container: container,
      elements: elements(graph, container.dataset.center),
      style: style(),
      layout: { name: 'cose', animate: false, randomize: false, padding: 24, nodeRepulsion: 60000,
                nodeOverlap: 40, idealEdgeLength: 80, componentSpacing: 60, gravity: 0.6, numIter: 2000 },
      minZoom: 0.2,
      maxZoom: 3
    });
    // A network of a few entities would otherwise be blown up to fill the box.
    if (cy.zoom() > 1.4) {
      cy.zoom(1.4);
      cy.center();
    }
    cy.on('tap', 'node', function (event) {
      window.location.href = '/entities/' + event.target.id();
    });
    cy.on('mouseover', 'node', function (event) {
      event.target.addClass('hover');
      event.target.connectedEdges().addClass('hover');
      container.classList.add('pointing');
    });
    cy.on('mouseout', 'node', function (event) {
      event.target.removeClass('hover');
      event.target.connectedEdges().removeClass('hover');
      container.classList.remove('pointing');
    });
    cy.on('mouseover', 'edge', function (event) { event.target.addClass('hover'); });
    cy.on('mouseout', 'edge', function (event) { event.target.removeClass('hover'); });
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
}());
