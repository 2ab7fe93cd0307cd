// Draws the map page with Leaflet: country outlines from this server (no tile server, nothing
// from elsewhere), a marker at each place and a line for each tie, coloured as the legend below the
// map says (the colours come from the stylesheet, so the map and the network share them).
// Popups are built from DOM nodes: names come from articles and are never parsed as HTML.
(function () {
  'use strict';

  function kindColours(container) {
    var colours = {};
    var legend = container.parentNode.querySelector('.legend');
    if (legend) {
      legend.querySelectorAll('li').forEach(function (item) {
        colours[item.textContent.trim()] = getComputedStyle(item).color;
      });
    }
    return colours;
  }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function placePopup(place) {
    var box = element('div', null, 'map-popup');
    box.appendChild(element('strong', place.name));
    box.appendChild(element('span', ' ' + place.kind, 'type'));
    var list = element('ul');
    place.entities.forEach(function (entity) {
      var item = element('li');
      var link = element('a', entity.name);
      link.href = '/entities/' + entity.id;
      item.appendChild(link);
      list.appendChild(item);
    });
    box.appendChild(list);
    return box;
  }

  function tieLabel(tie, byId) {
    var years = tie.first_year == null ? '' : tie.first_year === tie.last_year ? ' ' + tie.first_year
      : ' ' + tie.first_year + '–' + tie.last_year;
    return byId[tie.from].name + ' — ' + byId[tie.to].name + ': ' + tie.kind
      + (tie.facts > 1 ? ' ×' + tie.facts : '') + years;
  }

  function draw(container) {
    var data = JSON.parse(container.getAttribute('data-map-json'));
    var colours = kindColours(container);
    var map = L.map(container, { worldCopyJump: true, attributionControl: true, zoomSnap: 0.5 });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Outlines: Natural Earth · Places: GeoNames');
    var byId = {};
    var points = [];
    data.places.forEach(function (place) {
      byId[place.id] = place;
      points.push([place.latitude, place.longitude]);
    });
    function fit() {
      if (points.length === 1) {
        map.setView(points[0], 6, { animate: false });
      } else {
        map.fitBounds(points, { padding: [30, 30], maxZoom: 7, animate: false });
      }
    }
    // The view comes first: Leaflet makes a layer's SVG element only on a map that has one. Once the
    // page's styles have all applied, the map may have another size: it fits again.
    fit();
    window.addEventListener('load', function () {
      map.invalidateSize();
      fit();
    });
    var ties = L.layerGroup().addTo(map);
    data.ties.forEach(function (tie) {
      var from = byId[tie.from];
      var to = byId[tie.to];
      var line = L.polyline([[from.latitude, from.longitude], [to.latitude, to.longitude]], {
        color: colours[tie.kind] || '#666', weight: Math.min(2 + tie.facts, 7), opacity: 0.75,
        className: 'map-tie tie-' + tie.kind
      });
      line.bindTooltip(tieLabel(tie, byId), { sticky: true });
      line.addTo(ties);
      line.getElement().setAttribute('data-tie', tie.from + ' ' + tie.to + ' ' + tie.kind);
    });
    var markers = L.layerGroup().addTo(map);
    data.places.forEach(function (place) {
      var marker = L.circleMarker([place.latitude, place.longitude], {
        radius: 6, color: '#1f2933', weight: 1.5, fillColor: '#ffffff', fillOpacity: 1, className: 'map-place'
      });
      marker.bindTooltip(place.name, { direction: 'top', offset: [0, -6] });
      marker.bindPopup(function () { return placePopup(place); });
      marker.addTo(markers);
      var node = marker.getElement();
      node.setAttribute('data-place', place.id);
      node.setAttribute('data-latitude', place.latitude);
      node.setAttribute('data-longitude', place.longitude);
    });
    fetch(container.getAttribute('data-outlines'))
      .then(function (response) { return response.json(); })
      .then(function (outlines) {
        var base = L.geoJSON(outlines, {
          style: { color: '#9aa5b1', weight: 0.8, fillColor: '#eef1f4', fillOpacity: 1 },
          interactive: false
        }).addTo(map);
        base.bringToBack();
        container.setAttribute('data-outlines-drawn', String(outlines.features.length));
      });
    container.setAttribute('data-drawn', 'true');
  }

  function start() {
    if (typeof L === 'undefined') {
      return;
    }
    document.querySelectorAll('.place-map[data-map-json]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
