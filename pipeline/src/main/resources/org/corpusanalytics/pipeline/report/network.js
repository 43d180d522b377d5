// The report's co-occurrence network: reads the JSON in #network-data ({nodes: [{name, type,
// mentions, documents, sentiment}], edges: [{source, target, count, npmi, sentiment}], with source
// and target indexes into nodes}), lays it out with a small force simulation (all nodes repel,
// edges pull like springs, a weak pull to the centre) and draws it into svg#network. Drag a node
// to move it, drag the background to pan, use the wheel to zoom; hovering a node or an edge shows
// its numbers. Our own code, no library, nothing fetched.
(function () {
  'use strict';
  var SVG_NS = 'http://www.w3.org/2000/svg';
  var WIDTH = 1000;
  var HEIGHT = 640;
  var TYPE_COLORS = {PERSON: '#3b6fc9', ORGANIZATION: '#e08a00', LOCATION: '#1e9e50', MISC: '#9b4dca'};
  var data = JSON.parse(document.getElementById('network-data').textContent);
  var svg = document.getElementById('network');
  var tooltip = document.getElementById('network-tooltip');
  var nodes = data.nodes;
  var edges = data.edges;

  function sentimentColor(value) {
    if (value === null) { return '#b0b4ba'; }
    var t = Math.max(-1, Math.min(1, value / 0.5));
    var end = t < 0 ? [200, 55, 45] : [30, 150, 80];
    var neutral = [176, 180, 186];
    var f = Math.abs(t);
    return 'rgb(' + neutral.map(function (c, i) { return Math.round(c + (end[i] - c) * f); }).join(',') + ')';
  }

  function element(name, attributes, parent) {
    var created = document.createElementNS(SVG_NS, name);
    Object.keys(attributes).forEach(function (key) { created.setAttribute(key, attributes[key]); });
    parent.appendChild(created);
    return created;
  }

  function format(value) {
    return value === null ? 'n/a' : (value >= 0 ? '+' : '') + value.toFixed(3);
  }

  // Layout: a deterministic spiral start, so every load draws the same picture, then relaxation.
  var maxMentions = Math.max.apply(null, nodes.map(function (n) { return n.mentions; }).concat([1]));
  var maxCount = Math.max.apply(null, edges.map(function (e) { return e.count; }).concat([1]));
  nodes.forEach(function (node, i) {
    var angle = i * 2.39996;
    var radius = 30 + 22 * Math.sqrt(i);
    node.x = WIDTH / 2 + radius * Math.cos(angle);
    node.y = HEIGHT / 2 + radius * Math.sin(angle);
    node.vx = 0;
    node.vy = 0;
    node.r = 5 + 13 * Math.sqrt(node.mentions / maxMentions);
    node.neighbours = {};
  });
  edges.forEach(function (edge) {
    nodes[edge.source].neighbours[edge.target] = true;
    nodes[edge.target].neighbours[edge.source] = true;
  });

  function tick(alpha) {
    var i, j, a, b, dx, dy, d2, d, force;
    for (i = 0; i < nodes.length; i++) {
      for (j = i + 1; j < nodes.length; j++) {
        a = nodes[i];
        b = nodes[j];
        dx = b.x - a.x;
        dy = b.y - a.y;
        d2 = Math.max(dx * dx + dy * dy, 100);
        force = 1500 * alpha / d2;
        a.vx -= dx * force; a.vy -= dy * force;
        b.vx += dx * force; b.vy += dy * force;
      }
    }
    edges.forEach(function (edge) {
      a = nodes[edge.source];
      b = nodes[edge.target];
      dx = b.x - a.x;
      dy = b.y - a.y;
      d = Math.sqrt(dx * dx + dy * dy) || 1;
      force = 0.04 * alpha * (d - 80) / d;
      a.vx += dx * force; a.vy += dy * force;
      b.vx -= dx * force; b.vy -= dy * force;
    });
    nodes.forEach(function (node) {
      node.vx += (WIDTH / 2 - node.x) * 0.03 * alpha;
      node.vy += (HEIGHT / 2 - node.y) * 0.03 * alpha;
      if (node.fixed) { node.vx = 0; node.vy = 0; return; }
      node.vx *= 0.6;
      node.vy *= 0.6;
      node.x += Math.max(-30, Math.min(30, node.vx));
      node.y += Math.max(-30, Math.min(30, node.vy));
    });
  }
  for (var step = 0; step < 400; step++) { tick(1 - 0.9 * step / 400); }

  // Drawing: a viewport group (pan and zoom) holding the edges, then the nodes with labels.
  var viewport = element('g', {'class': 'viewport'}, svg);
  var edgeLayer = element('g', {'class': 'edges'}, viewport);
  var nodeLayer = element('g', {'class': 'nodes'}, viewport);
  var lines = edges.map(function (edge) {
    edge.width = 1 + 6 * Math.sqrt(edge.count / maxCount);
    var line = element('line', {'class': 'edge', stroke: sentimentColor(edge.sentiment)}, edgeLayer);
    line.addEventListener('mouseenter', function (event) {
      show(event, nodes[edge.source].name + ' \u2013 ' + nodes[edge.target].name,
        ['together in ' + edge.count + ' sentences', 'npmi ' + (edge.npmi === null ? 'n/a' : edge.npmi.toFixed(3)),
          'mean sentiment ' + format(edge.sentiment)]);
    });
    line.addEventListener('mouseleave', hide);
    return line;
  });
  var groups = nodes.map(function (node, index) {
    var group = element('g', {'class': 'node'}, nodeLayer);
    node.circle = element('circle', {fill: TYPE_COLORS[node.type] || '#777'}, group);
    node.label = element('text', {}, group);
    node.label.textContent = node.name;
    group.addEventListener('mouseenter', function (event) {
      highlight(index);
      show(event, node.name, [node.type.toLowerCase(), node.mentions + ' mentions in ' + node.documents + ' articles',
        'mean sentiment ' + format(node.sentiment), Object.keys(node.neighbours).length + ' partners shown']);
    });
    group.addEventListener('mouseleave', function () { highlight(-1); hide(); });
    group.addEventListener('pointerdown', function (event) { startDrag(event, node); });
    return group;
  });

  function draw() {
    edges.forEach(function (edge, i) {
      lines[i].setAttribute('x1', nodes[edge.source].x.toFixed(1));
      lines[i].setAttribute('y1', nodes[edge.source].y.toFixed(1));
      lines[i].setAttribute('x2', nodes[edge.target].x.toFixed(1));
      lines[i].setAttribute('y2', nodes[edge.target].y.toFixed(1));
    });
    nodes.forEach(function (node, i) {
      groups[i].setAttribute('transform', 'translate(' + node.x.toFixed(1) + ',' + node.y.toFixed(1) + ')');
    });
  }

  function highlight(index) {
    nodes.forEach(function (node, i) {
      groups[i].classList.toggle('dim', index >= 0 && i !== index && !nodes[index].neighbours[i]);
    });
    edges.forEach(function (edge, i) {
      lines[i].classList.toggle('dim', index >= 0 && edge.source !== index && edge.target !== index);
    });
  }

  function show(event, title, lines) {
    tooltip.textContent = '';
    var heading = document.createElement('strong');
    heading.textContent = title;
    tooltip.appendChild(heading);
    lines.forEach(function (text) {
      var row = document.createElement('div');
      row.textContent = text;
      tooltip.appendChild(row);
    });
    var box = svg.parentNode.getBoundingClientRect();
    tooltip.style.left = (event.clientX - box.left + 14) + 'px';
    tooltip.style.top = (event.clientY - box.top + 14) + 'px';
    tooltip.hidden = false;
  }

  function hide() { tooltip.hidden = true; }

  // Zoom and pan change the viewport's transform; dragging converts the pointer to graph units.
  var view = {x: 0, y: 0, k: 1};
  function applyView() {
    viewport.setAttribute('transform', 'translate(' + view.x + ',' + view.y + ') scale(' + view.k + ')');
    // nodes, edges and labels keep their on-screen size at every zoom; zooming spreads them apart
    nodeLayer.setAttribute('font-size', (11 / view.k).toFixed(2));
    nodes.forEach(function (node) {
      node.circle.setAttribute('r', (node.r / view.k).toFixed(2));
      node.label.setAttribute('x', ((node.r + 3) / view.k).toFixed(2));
      node.label.setAttribute('y', (4 / view.k).toFixed(2));
    });
    edges.forEach(function (edge, i) { lines[i].setAttribute('stroke-width', (edge.width / view.k).toFixed(2)); });
  }
  function svgPoint(event, target) {
    var point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    return point.matrixTransform(target.getScreenCTM().inverse());
  }
  svg.addEventListener('wheel', function (event) {
    event.preventDefault();
    var at = svgPoint(event, svg);
    var k = Math.max(0.2, Math.min(6, view.k * Math.pow(1.0015, -event.deltaY)));
    view.x = at.x - (at.x - view.x) * k / view.k;
    view.y = at.y - (at.y - view.y) * k / view.k;
    view.k = k;
    applyView();
  }, {passive: false});

  var drag = null;
  function startDrag(event, node) {
    event.stopPropagation();
    node.fixed = true;
    drag = {node: node};
    svg.setPointerCapture(event.pointerId);
  }
  svg.addEventListener('pointerdown', function (event) {
    var at = svgPoint(event, svg);
    drag = {pan: true, x: at.x - view.x, y: at.y - view.y};
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener('pointermove', function (event) {
    if (!drag) { return; }
    if (drag.pan) {
      var at = svgPoint(event, svg);
      view.x = at.x - drag.x;
      view.y = at.y - drag.y;
      applyView();
      return;
    }
    var to = svgPoint(event, viewport);
    drag.node.x = to.x;
    drag.node.y = to.y;
    tick(0.05);
    draw();
  });
  svg.addEventListener('pointerup', function () {
    if (drag && drag.node) { drag.node.fixed = false; }
    drag = null;
  });

  // Start with the whole graph in view.
  function fit() {
    if (nodes.length === 0) { return; }
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    nodes.forEach(function (node) {
      minX = Math.min(minX, node.x);
      maxX = Math.max(maxX, node.x);
      minY = Math.min(minY, node.y);
      maxY = Math.max(maxY, node.y);
    });
    // margins in screen units: a label's width on the right, a node's radius elsewhere
    var k = Math.min(2, (WIDTH - 200) / (maxX - minX || 1), (HEIGHT - 50) / (maxY - minY || 1));
    view.k = k;
    view.x = 25 - k * minX + (WIDTH - 200 - k * (maxX - minX)) / 2;
    view.y = HEIGHT / 2 - k * (minY + maxY) / 2;
  }

  draw();
  fit();
  applyView();
  svg.setAttribute('data-nodes', String(nodes.length));
  svg.setAttribute('data-edges', String(edges.length));
  document.body.setAttribute('data-ready', 'true');
})();
