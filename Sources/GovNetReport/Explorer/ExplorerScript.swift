/// The explorer's script: hand-written, no library. It reads the data block (``ExplorerData``), draws
/// the departments at the diagrams' positions as SVG, and wires the controls of ``ExplorerHTML``.
/// Every text from the data goes in through `textContent` or `setAttribute`, never as markup.
enum ExplorerScript {
    /// The text of the `<script>` element (the content security policy lists its hash).
    static let element = "\n" + source

    static let source = #"""
// Network explorer: draws the network of the data block (#govnet-data) and makes it explorable.
(function () {
  'use strict';
  var holder = document.getElementById('govnet-data');
  var root = document.getElementById('explorer');
  if (!holder || !root) { return; }
  var D = JSON.parse(holder.textContent);
  var T = D.text, nodes = D.nodes, ties = D.ties, mechs = D.mechanisms;
  var NS = 'http://www.w3.org/2000/svg';
  var svg = document.getElementById('gx-svg'), card = document.getElementById('gx-card');
  var statusLine = document.getElementById('gx-status'), search = document.getElementById('gx-search');

  function make(name, attrs, parent, text) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { if (attrs[k] !== null && attrs[k] !== undefined) { e.setAttribute(k, attrs[k]); } });
    if (text !== undefined) { e.textContent = text; }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function html(name, attrs, parent, text) {
    var e = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { if (attrs[k] !== null && attrs[k] !== undefined) { e.setAttribute(k, attrs[k]); } });
    if (text !== undefined) { e.textContent = text; }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) { return values[k] !== undefined ? values[k] : m; });
  }
  function fmt(x) {
    if (x === null || x === undefined) { return '—'; }
    return Number(x.toPrecision(4)).toString();
  }

  // Geometry: Graphviz points, y upwards; the SVG's y goes down.
  var placed = nodes.filter(function (n) { return n.x !== null; });
  var x0 = Math.min.apply(null, placed.map(function (n) { return n.x; })), x1 = Math.max.apply(null, placed.map(function (n) { return n.x; }));
  var y0 = Math.min.apply(null, placed.map(function (n) { return -n.y; })), y1 = Math.max.apply(null, placed.map(function (n) { return -n.y; }));
  var pad = 40, home = { x: x0 - pad, y: y0 - pad, w: Math.max(x1 - x0, 1) + 2 * pad, h: Math.max(y1 - y0, 1) + 2 * pad };
  var view = { x: home.x, y: home.y, w: home.w, h: home.h };
  function apply() { svg.setAttribute('viewBox', [view.x, view.y, view.w, view.h].join(' ')); }
  function zoom(factor, cx, cy) {
    var w = Math.min(Math.max(view.w * factor, home.w / 40), home.w * 4), f = w / view.w;
    if (cx === undefined) { cx = view.x + view.w / 2; cy = view.y + view.h / 2; }
    view.x = cx - (cx - view.x) * f; view.y = cy - (cy - view.y) * f; view.w *= f; view.h *= f;
    apply();
  }
  function fit() { view = { x: home.x, y: home.y, w: home.w, h: home.h }; apply(); }
  function toView(ev) {
    var r = svg.getBoundingClientRect(), s = Math.max(view.w / r.width, view.h / r.height);
    var ox = (r.width * s - view.w) / 2, oy = (r.height * s - view.h) / 2;
    return { x: view.x - ox + (ev.clientX - r.left) * s, y: view.y - oy + (ev.clientY - r.top) * s, s: s };
  }

  var defs = make('defs', {}, svg);
  var marker = make('marker', { id: 'gx-arrow', viewBox: '0 0 10 10', refX: '10', refY: '5', markerWidth: '6', markerHeight: '6', orient: 'auto-start-reverse' }, defs);
  make('path', { d: 'M0,0 L10,5 L0,10 z', 'class': 'gx-arrowhead' }, marker);
  var tieLayer = make('g', { 'class': 'gx-ties' }, svg), nodeLayer = make('g', { 'class': 'gx-nodes' }, svg);

  // Degree (all ties) sizes the departments.
  var degree = nodes.map(function () { return 0; }), incident = nodes.map(function () { return []; });
  ties.forEach(function (t, i) { degree[t.s] += 1; degree[t.t] += 1; incident[t.s].push(i); incident[t.t].push(i); });
  function radius(i) { return 5 + Math.min(Math.sqrt(degree[i]) * 1.6, 14); }

  // Ties: parallel ties of one pair side by side.
  var pairCount = {}, pairSeen = {};
  ties.forEach(function (t) { var k = Math.min(t.s, t.t) + ':' + Math.max(t.s, t.t); pairCount[k] = (pairCount[k] || 0) + 1; });
  ties.forEach(function (t, i) {
    var a = nodes[t.s], b = nodes[t.t];
    if (a.x === null || b.x === null) { return; }
    var k = Math.min(t.s, t.t) + ':' + Math.max(t.s, t.t), j = pairSeen[k] = (pairSeen[k] || 0) + 1;
    var dx = b.x - a.x, dy = -b.y + a.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
    var off = (j - (pairCount[k] + 1) / 2) * 3, nx = -dy / len * off, ny = dx / len * off;
    var rb = radius(t.t) + 1, ex = b.x - dx / len * rb, ey = -b.y - dy / len * rb;
    var m = mechs[t.m];
    var line = make('line', {
      'class': 'gx-tie gx-' + m.style + (t.c ? ' gx-c-' + t.c : ''), 'data-tie': String(i), 'data-m': m.id,
      x1: a.x + nx, y1: -a.y + ny, x2: (t.d ? ex : b.x) + nx, y2: (t.d ? ey : -b.y) + ny,
      stroke: m.color, 'stroke-width': String(Math.min(1 + t.w * 0.5, 4)), 'marker-end': t.d ? 'url(#gx-arrow)' : null
    }, tieLayer);
    make('title', {}, line, a.name + (t.d ? ' → ' : ' — ') + b.name + ' · ' + m.name);
    t.el = line;
    line.addEventListener('click', function (ev) { ev.stopPropagation(); selectTie(i); });
  });

  // Departments.
  nodes.forEach(function (n, i) {
    if (n.x === null) { return; }
    var g = make('g', {
      'class': 'gx-node' + (n.cmp ? ' gx-s-' + n.cmp : '') + (i === D.centre ? ' gx-centre' : ''), 'data-id': n.id,
      transform: 'translate(' + n.x + ',' + (-n.y) + ')', tabindex: '0', role: 'button', 'aria-label': n.name
    }, nodeLayer);
    make('circle', { r: String(radius(i)) }, g);
    make('text', { x: String(radius(i) + 3), y: '4' }, g, n.name);
    n.el = g;
    g.addEventListener('click', function (ev) { ev.stopPropagation(); select(i, false); });
    // Hover (or keyboard focus) previews the department's card and neighbours; leaving restores the selection.
    g.addEventListener('mouseenter', function () { preview(i); });
    g.addEventListener('mouseleave', function () { preview(null); });
    g.addEventListener('focus', function () { preview(i); });
    g.addEventListener('blur', function () { preview(null); });
    g.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(i, false); }
    });
  });

  // State and filters.
  var on = mechs.map(function () { return true; });
  var filter = { kind: '', level: '', rel: '', basis: '', phase: '' };
  var version = D.compare ? 'after' : null;
  var selected = null, selectedTie = null, whatIf = false, whatIfMech = -1, hovered = null;
  var inVersion = { before: {}, after: {} };
  if (D.compare) { ['before', 'after'].forEach(function (v) { D.compare[v].forEach(function (k) { inVersion[v][k] = true; }); }); }

  function nodeShown(i) {
    var n = nodes[i];
    if (n.el === undefined) { return false; }
    if (filter.kind && n.kind !== filter.kind) { return false; }
    if (filter.level && n.level !== filter.level) { return false; }
    if (filter.rel && n.rel !== filter.rel) { return false; }
    if (version === 'before' && n.cmp === 'added') { return false; }
    if (version === 'after' && n.cmp === 'removed') { return false; }
    return true;
  }
  function tieShown(i, shown) {
    var t = ties[i];
    if (!t.el || !on[t.m] || !shown[t.s] || !shown[t.t]) { return false; }
    if (filter.basis && t.b !== filter.basis) { return false; }
    if (filter.phase && t.ph.indexOf(filter.phase) < 0) { return false; }
    if (version === 'before' && !inVersion.before[i]) { return false; }
    if (version === 'after' && !inVersion.after[i]) { return false; }
    return true;
  }
  function lostSet() {
    var lost = {};
    if (!whatIf || selected === null || !D.whatif[selected]) { return lost; }
    D.whatif[selected].i.forEach(function (e) {
      if (e.m === whatIfMech) { e.to.concat(e.from, e.cut).forEach(function (k) { lost[k] = true; }); }
    });
    return lost;
  }
  function update() {
    var shown = nodes.map(function (n, i) { return nodeShown(i); });
    var visibleTies = ties.map(function (t, i) { return tieShown(i, shown); });
    var near = {}, lost = lostSet(), nNodes = 0, nTies = 0, focus = hovered !== null ? hovered : selected;
    if (focus !== null) {
      near[focus] = true;
      incident[focus].forEach(function (k) { if (visibleTies[k]) { near[ties[k].s] = true; near[ties[k].t] = true; } });
    }
    nodes.forEach(function (n, i) {
      if (!n.el) { return; }
      var c = n.el.classList;
      c.toggle('gx-off', !shown[i]);
      c.toggle('gx-selected', i === selected);
      c.toggle('gx-near', focus !== null && near[i] === true && i !== focus);
      c.toggle('gx-hover', i === hovered);
      c.toggle('gx-dim', focus !== null && !near[i] && !lost[i]);
      c.toggle('gx-lost', lost[i] === true);
      c.toggle('gx-failed', whatIf && i === selected);
      if (shown[i]) { nNodes += 1; }
    });
    ties.forEach(function (t, i) {
      if (!t.el) { return; }
      var c = t.el.classList, mine = focus !== null && (t.s === focus || t.t === focus);
      var otherMechanism = whatIf && hovered === null && whatIfMech >= 0 && t.m !== whatIfMech;
      c.toggle('gx-off', !visibleTies[i]);
      c.toggle('gx-dim', (focus !== null && !mine) || (selectedTie !== null && selectedTie !== i) || otherMechanism);
      c.toggle('gx-hl', mine || selectedTie === i);
      if (visibleTies[i]) { nTies += 1; }
    });
    root.classList.toggle('gx-overlay', version === 'overlay');
    statusLine.textContent = fill(T.visible, { departments: nNodes, ties: nTies });
  }

  // Cards.
  function row(table, label, value) {
    var tr = html('tr', {}, table);
    html('th', { scope: 'row' }, tr, label);
    return html('td', {}, tr, value);
  }
  function section(title) { html('h4', {}, card, title); }
  function deptButton(parent, k) {
    var b = html('button', { type: 'button', 'class': 'gx-link', 'data-id': nodes[k].id }, parent, nodes[k].name);
    b.addEventListener('click', function () { select(k, true); });
    return b;
  }
  function showCard(i) {
    var n = nodes[i];
    card.textContent = '';
    card.hidden = false;
    html('h3', {}, card, n.name);
    var info = html('table', { 'class': 'gx-info' }, card);
    row(info, 'id', n.id);
    Object.keys(n.names).forEach(function (l) { if (n.names[l] !== n.name) { row(info, l, n.names[l]); } });
    if (n.kindName) { row(info, T.kind, n.kindName); }
    if (n.level) { row(info, T.level, n.level); }
    if (n.relName) { row(info, T.relationship, n.relName); }
    if (n.cmp) { row(info, T.status, D.statusNames[n.cmp] || n.cmp).className = 'gx-status gx-s-' + n.cmp; }
    if (n.was) { row(info, T.earlier, n.was.map(function (p) { return p[1] === p[0] ? p[0] : p[1] + ' (' + p[0] + ')'; }).join(', ')); }
    if (n.early) { html('p', { 'class': 'hint gx-early' }, card, T.earlierNetwork); }
    if (n.m.length) {
      section(T.metrics);
      var mt = html('table', { 'class': 'gx-metrics' }, card);
      D.metrics.forEach(function (m, k) {
        var td = row(mt, m.name, fmt(n.m[k]));
        td.parentNode.setAttribute('data-metric', m.id);
        td.setAttribute('data-value', n.m[k] === null ? '' : String(n.m[k]));
        td.className = 'n';
      });
    }
    if (n.f.length) {
      section(T.findings);
      var ul = html('ul', {}, card);
      n.f.forEach(function (k) {
        var f = D.findings[k], li = html('li', {}, ul);
        html('span', { 'class': 'sev ' + f.sev }, li, f.sevName);
        li.appendChild(document.createTextNode(' ' + f.rule + ' · ' + f.mech + ': ' + f.text));
        if (f.rob) { html('div', { 'class': 'robustness' }, li, f.rob); }
      });
    }
    if (n.roles.length) {
      section(T.functions);
      var fl = html('ul', {}, card);
      n.roles.forEach(function (r) { html('li', {}, fl, r[0] + ' — ' + r[1]); });
    }
    section(T.ties);
    var tl = html('ul', { 'class': 'gx-tielist' }, card);
    mechs.forEach(function (m, mi) {
      var mine = incident[i].filter(function (k) { return ties[k].m === mi && (!version || version === 'overlay' || inVersion[version][k]); });
      if (!mine.length) { return; }
      var li = html('li', {}, tl);
      html('b', {}, li, m.name + ' (' + mine.length + '): ');
      mine.forEach(function (k, j) {
        if (j > 0) { li.appendChild(document.createTextNode(', ')); }
        var t = ties[k], other = t.s === i ? t.t : t.s;
        li.appendChild(document.createTextNode(t.d ? (t.s === i ? '→ ' : '← ') : ''));
        deptButton(li, other);
      });
    });
    if (D.whatif.length && D.whatif[i] && i === selected) {
      var b = html('button', { type: 'button', id: 'gx-whatif', 'aria-pressed': whatIf ? 'true' : 'false' }, card, T.whatIf);
      b.addEventListener('click', function () { whatIf = !whatIf; whatIfMech = -1; showCard(i); update(); });
      if (whatIf) { showWhatIf(i); }
    }
  }
  function showWhatIf(i) {
    var w = D.whatif[i], box = html('div', { id: 'gx-whatif-result' }, card);
    html('h4', {}, box, fill(T.whatIfHeading, { department: nodes[i].name }));
    html('p', { 'class': 'gx-efficiency', 'data-before': String(w.e[0]), 'data-after': String(w.e[1]), 'data-retained': String(w.e[2]) }, box,
      fill(T.efficiency, { before: fmt(w.e[0]), after: fmt(w.e[1]), retained: fmt(w.e[2]) }));
    if (!w.i.length) { html('p', {}, box, T.noWhatIf); return; }
    html('p', { 'class': 'hint' }, box, T.whatIfPick);
    var table = html('table', { 'class': 'gx-whatif' }, box), head = html('tr', {}, html('thead', {}, table));
    [T.mechanisms, T.lostTo, T.lostFrom, T.cutOff].forEach(function (h) { html('th', {}, head, h); });
    var body = html('tbody', {}, table);
    w.i.forEach(function (e) {
      var tr = html('tr', { 'data-m': e.m === -1 ? 'all' : mechs[e.m].id, 'class': e.m === whatIfMech ? 'gx-current' : null }, body);
      // The row's mechanism marks its own losses on the drawing (all mechanisms combined at first).
      var pick = html('button', { type: 'button', 'class': 'gx-link gx-pick', 'aria-pressed': e.m === whatIfMech ? 'true' : 'false' },
        html('td', {}, tr), e.m === -1 ? T.allMechanisms : mechs[e.m].name);
      pick.addEventListener('click', function () { whatIfMech = e.m; showCard(i); update(); });
      [['to', e.to, 0], ['from', e.from, 1], ['cut', e.cut, 2]].forEach(function (p) {
        var ids = e.ids ? e.ids[p[2]] : p[1].map(function (k) { return nodes[k].id; });
        var td = html('td', { 'data-kind': p[0], 'data-ids': ids.join(' ') }, tr);
        if (!p[1].length) { td.textContent = T.none; }
        p[1].forEach(function (k, j) { if (j > 0) { td.appendChild(document.createTextNode(', ')); } deptButton(td, k); });
      });
    });
  }
  function showTieCard(i) {
    var t = ties[i], m = mechs[t.m];
    card.textContent = '';
    card.hidden = false;
    html('h3', {}, card, T.tie);
    var info = html('table', { 'class': 'gx-info gx-tiecard', 'data-tie': String(i) }, card);
    row(info, T.mechanisms, m.name).setAttribute('data-m', m.id);
    var ends = row(info, T.ties, '');
    deptButton(ends, t.s); ends.appendChild(document.createTextNode(t.d ? ' → ' : ' — ')); deptButton(ends, t.t);
    row(info, T.weight, String(t.w));
    row(info, T.basis, t.bn || T.none);
    if (t.bbn !== undefined) { row(info, T.basisBefore, t.bbn || T.none); }
    row(info, T.source, t.srcn || T.none);
    if (t.ph.length) { row(info, T.phase, t.ph.join(', ')); }
    if (t.c) { row(info, T.status, D.statusNames[t.c] || t.c); }
  }

  // Selection.
  function centreOn(i) {
    var n = nodes[i];
    if (n.x === null) { return; }
    view.x = n.x - view.w / 2; view.y = -n.y - view.h / 2; apply();
  }
  function preview(i) {
    if (hovered === i) { return; }
    hovered = i;
    if (i !== null) { showCard(i); }
    else if (selected !== null) { showCard(selected); }
    else if (selectedTie !== null) { showTieCard(selectedTie); }
    else { card.textContent = ''; card.hidden = true; }
    update();
  }
  function select(i, move) {
    if (selected !== i) { whatIf = false; whatIfMech = -1; }
    hovered = null;
    selected = i; selectedTie = null;
    showCard(i);
    update();
    if (move) { centreOn(i); }
  }
  function selectTie(i) {
    selected = null; selectedTie = i; whatIf = false; hovered = null;
    showTieCard(i);
    update();
  }
  function clear() {
    selected = null; selectedTie = null; whatIf = false; hovered = null;
    card.textContent = ''; card.hidden = true;
    update();
  }

  // Search by id or any name (exact first, then the first name containing the text).
  var list = document.getElementById('gx-names');
  nodes.forEach(function (n) {
    html('option', { value: n.id }, list, n.name);
    Object.keys(n.names).forEach(function (l) { if (n.names[l] !== n.id) { html('option', { value: n.names[l] }, list, n.id); } });
  });
  function find(text, partial) {
    var q = text.trim().toLowerCase();
    if (!q) { return -1; }
    function names(n) { return [n.id, n.name].concat(Object.keys(n.names).map(function (l) { return n.names[l]; })); }
    for (var i = 0; i < nodes.length; i++) { if (names(nodes[i]).some(function (s) { return s.toLowerCase() === q; })) { return i; } }
    if (!partial) { return -1; }
    for (var j = 0; j < nodes.length; j++) { if (names(nodes[j]).some(function (s) { return s.toLowerCase().indexOf(q) >= 0; })) { return j; } }
    return -1;
  }
  function lookUp(partial) {
    var i = find(search.value, partial);
    if (i >= 0) { select(i, true); } else if (partial) { statusLine.textContent = T.noMatch; }
  }
  search.addEventListener('input', function () { lookUp(false); });
  search.addEventListener('change', function () { lookUp(true); });
  search.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') { ev.preventDefault(); lookUp(true); } });

  // Controls.
  root.querySelectorAll('input[type="checkbox"][data-control="mechanism"]').forEach(function (box) {
    box.addEventListener('change', function () {
      mechs.forEach(function (m, k) { if (m.id === box.value) { on[k] = box.checked; } });
      if (selected !== null) { showCard(selected); }
      update();
    });
  });
  ['kind', 'level', 'rel', 'basis', 'phase'].forEach(function (key) {
    var s = document.getElementById('gx-' + key);
    if (s) { s.addEventListener('change', function () { filter[key] = s.value; update(); }); }
  });
  root.querySelectorAll('input[name="gx-version"]').forEach(function (r) {
    r.addEventListener('change', function () {
      if (r.checked) { version = r.value; if (selected !== null) { showCard(selected); } update(); }
    });
  });
  document.getElementById('gx-fit').addEventListener('click', fit);
  document.getElementById('gx-zoom-in').addEventListener('click', function () { zoom(1 / 1.25); });
  document.getElementById('gx-zoom-out').addEventListener('click', function () { zoom(1.25); });
  document.getElementById('gx-clear').addEventListener('click', clear);

  // Pan and zoom: pointer (mouse, touch, pen), wheel, keys.
  var pointers = {}, dragged = false;
  svg.addEventListener('pointerdown', function (ev) {
    if (ev.target.closest && ev.target.closest('.gx-node')) { return; }
    pointers[ev.pointerId] = { x: ev.clientX, y: ev.clientY, x0: ev.clientX, y0: ev.clientY };
    if (Object.keys(pointers).length === 1) { dragged = false; }
  });
  svg.addEventListener('pointermove', function (ev) {
    var p = pointers[ev.pointerId];
    if (!p) { return; }
    if (!dragged && Math.hypot(ev.clientX - p.x0, ev.clientY - p.y0) < 4) { return; }
    if (!dragged) { dragged = true; svg.setPointerCapture(ev.pointerId); }
    var ids = Object.keys(pointers);
    if (ids.length === 2) {
      var a = pointers[ids[0]], b = pointers[ids[1]];
      var d0 = Math.hypot(a.x - b.x, a.y - b.y);
      p.x = ev.clientX; p.y = ev.clientY;
      var d1 = Math.hypot(a.x - b.x, a.y - b.y);
      if (d0 > 0 && d1 > 0) { var c = toView({ clientX: (a.x + b.x) / 2, clientY: (a.y + b.y) / 2 }); zoom(d0 / d1, c.x, c.y); }
      return;
    }
    var s = toView(ev).s;
    view.x -= (ev.clientX - p.x) * s; view.y -= (ev.clientY - p.y) * s;
    p.x = ev.clientX; p.y = ev.clientY;
    apply();
  });
  function release(ev) { delete pointers[ev.pointerId]; }
  svg.addEventListener('pointerup', release);
  svg.addEventListener('pointercancel', release);
  svg.addEventListener('click', function () { if (!dragged) { clear(); } dragged = false; });
  svg.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var c = toView(ev);
    zoom(ev.deltaY > 0 ? 1.15 : 1 / 1.15, c.x, c.y);
  }, { passive: false });
  svg.addEventListener('keydown', function (ev) {
    var step = 0.1, handled = true;
    switch (ev.key) {
      case 'ArrowLeft': view.x -= view.w * step; apply(); break;
      case 'ArrowRight': view.x += view.w * step; apply(); break;
      case 'ArrowUp': view.y -= view.h * step; apply(); break;
      case 'ArrowDown': view.y += view.h * step; apply(); break;
      case '+': case '=': zoom(1 / 1.25); break;
      case '-': case '_': zoom(1.25); break;
      case '0': fit(); break;
      case 'Escape': clear(); break;
      default: handled = false;
    }
    if (handled) { ev.preventDefault(); }
  });

  // The comparison's department statuses present, each with its mark.
  if (D.compare) {
    var legend = document.getElementById('gx-legend');
    ['added', 'removed', 'merged', 'split', 'renamed'].forEach(function (st) {
      if (!nodes.some(function (n) { return n.cmp === st; })) { return; }
      var item = html('span', { 'class': 'gx-key', 'data-status': st }, legend);
      var mark = make('svg', { width: '16', height: '16', viewBox: '-8 -8 16 16', 'aria-hidden': 'true' }, item);
      make('circle', { r: '6' }, make('g', { 'class': 'gx-node gx-s-' + st }, mark));
      item.appendChild(document.createTextNode(' ' + (D.statusNames[st] || st)));
    });
    legend.hidden = !legend.firstChild;
  }

  fit();
  update();
  root.hidden = false;
  root.setAttribute('data-explorer', 'ready');
  if (window.performance && performance.mark) { performance.mark('govnet-explorer-ready'); }
})();

"""#
}
