// caexpo-kg graph view: our own force layout on inline SVG, no libraries, no network.
// The layout is seeded and runs a fixed number of steps, so a graph always looks the same.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var nodes = data.nodes, edges = data.edges;
  var N = nodes.length;
  var app = document.getElementById("app");
  var svg = document.getElementById("graph");
  var viewport = document.getElementById("viewport");
  var colour = {};
  data.classes.forEach(function (c) { colour[c.name] = c.colour; });

  // ------------------------------------------------------------ structure
  var adjacency = [], degree = new Array(N).fill(0);
  for (var i = 0; i < N; i++) adjacency.push([]);
  edges.forEach(function (e, k) {
    adjacency[e.s].push(k); adjacency[e.o].push(k);
    degree[e.s]++; degree[e.o]++;
  });
  function other(e, i) { return e.s === i ? e.o : e.s; }
  function radius(i) { return 5 + 2.2 * Math.sqrt(degree[i]); }
  // The most prominent nodes keep their label when zoomed out.
  var prominence = nodes.map(function (n, i) { return [-(3 * degree[i] + n.sources.length), i]; });
  prominence.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
  var major = new Set(prominence.slice(0, Math.min(40, Math.ceil(N / 4) + 10)).map(function (p) { return p[1]; }));

  // ------------------------------------------------------------ layout (Fruchterman-Reingold)
  var seed = 20240917;
  function random() { // mulberry32: deterministic
    seed |= 0; seed = seed + 0x6D2B79F5 | 0;
    var t = Math.imul(seed ^ seed >>> 15, 1 | seed);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  }
  var BASE = 48; // ideal edge length (more for small graphs)
  var x = new Float64Array(N), y = new Float64Array(N);
  var byDegree = prominence.map(function (p) { return p[1]; });
  byDegree.forEach(function (i, rank) { // a golden-angle spiral, busiest nodes in the middle
    var r = BASE * 0.9 * Math.sqrt(rank + 0.5), a = rank * 2.399963;
    x[i] = r * Math.cos(a) + random() - 0.5; y[i] = r * Math.sin(a) + random() - 0.5;
  });
  // Lay out the nodes `ids` (all of them, or what the filters leave) over the edges among them.
  function layout(ids, steps, heat) {
    var M = ids.length, pos = new Map();
    var K = BASE * (M <= 50 ? 1.8 : M <= 200 ? 1.25 : 1); // small graphs: room for labels
    ids.forEach(function (i, at) { pos.set(i, at); });
    var sub = [];
    edges.forEach(function (e) { if (pos.has(e.s) && pos.has(e.o)) sub.push([pos.get(e.s), pos.get(e.o)]); });
    var px = new Float64Array(M), py = new Float64Array(M), dx = new Float64Array(M), dy = new Float64Array(M);
    ids.forEach(function (i, at) { px[at] = x[i]; py[at] = y[i]; });
    var cutoff = K * 5, cell = cutoff, grid = M > 900;
    var temperature = K * Math.sqrt(M) * heat, cool = temperature / (steps + 1);
    // Gravity balances the cloud's outward push at a radius of about K * sqrt(M) * 0.8; with a
    // cut-off (large graphs) only the ~40 nodes around each one push.
    var gravity = grid ? 0.8 * 40 / M : 0.8;
    var repel = function (a, b) {
      var ddx = px[a] - px[b], ddy = py[a] - py[b], d2 = ddx * ddx + ddy * ddy;
      if (d2 < 0.01) { ddx = 0.1 * ((a * 7 + b) % 5 - 2) + 0.05; ddy = 0.05; d2 = ddx * ddx + ddy * ddy; }
      if (grid && d2 > cutoff * cutoff) return;
      var f = K * K / d2; // (k^2 / d) / d : unit vector folded in
      dx[a] += ddx * f; dy[a] += ddy * f; dx[b] -= ddx * f; dy[b] -= ddy * f;
    };
    for (var step = 0; step < steps; step++) {
      dx.fill(0); dy.fill(0);
      if (!grid) {
        for (var a = 0; a < M; a++) for (var b = a + 1; b < M; b++) repel(a, b);
      } else {
        var cells = new Map();
        for (var c = 0; c < M; c++) {
          var key = Math.floor(px[c] / cell) + "," + Math.floor(py[c] / cell);
          if (!cells.has(key)) cells.set(key, []);
          cells.get(key).push(c);
        }
        for (var p = 0; p < M; p++) {
          var gx = Math.floor(px[p] / cell), gy = Math.floor(py[p] / cell);
          for (var ox = -1; ox <= 1; ox++) for (var oy = -1; oy <= 1; oy++) {
            var list = cells.get((gx + ox) + "," + (gy + oy));
            if (list) for (var q = 0; q < list.length; q++) if (list[q] > p) repel(p, list[q]);
          }
        }
      }
      for (var k = 0; k < sub.length; k++) {
        var s = sub[k][0], o = sub[k][1], ex = px[s] - px[o], ey = py[s] - py[o];
        var d = Math.sqrt(ex * ex + ey * ey) || 0.01, fa = d / K;
        dx[s] -= ex * fa; dy[s] -= ey * fa; dx[o] += ex * fa; dy[o] += ey * fa;
      }
      for (var n = 0; n < M; n++) {
        dx[n] -= px[n] * gravity; dy[n] -= py[n] * gravity; // gravity keeps loose nodes near
        var len = Math.sqrt(dx[n] * dx[n] + dy[n] * dy[n]);
        if (len > 0) {
          var move = Math.min(len, temperature);
          px[n] += dx[n] / len * move; py[n] += dy[n] / len * move;
        }
      }
      temperature = Math.max(temperature - cool, K * 0.02);
    }
    ids.forEach(function (i, at) { x[i] = px[at]; y[i] = py[at]; });
  }
  // The home layout is of the connected entities: the unconnected ones are hidden until
  // asked for, and then laid out with the rest (or, past 1,500, left on the spiral's rim).
  var connected = [];
  for (var a0 = 0; a0 < N; a0++) if (degree[a0] > 0) connected.push(a0);
  var homeIds = connected.length ? connected : byDegree.slice();
  var H = homeIds.length;
  layout(homeIds, H <= 400 ? 300 : H <= 1500 ? 150 : 80, 0.35);
  var homeX = Float64Array.from(x), homeY = Float64Array.from(y); // the home layout

  // ------------------------------------------------------------ drawing
  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    for (var key in attrs) node.setAttribute(key, attrs[key]);
    if (parent) parent.appendChild(node);
    return node;
  }
  var defs = el("defs", {}, svg);
  var marker = el("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "7", markerHeight: "7", markerUnits: "userSpaceOnUse", orient: "auto" }, defs);
  el("path", { d: "M0,0 L10,5 L0,10 z", fill: "#9aa3ad" }, marker);
  var edgeLayer = document.getElementById("edges");
  var labelLayer = document.getElementById("edge-labels-layer");
  var nodeLayer = document.getElementById("nodes");
  var edgeEls = [], edgeLabelEls = [], nodeEls = [];
  function round(v) { return Math.round(v * 10) / 10; }
  edges.forEach(function (e) {
    var line = el("line", { "class": "edge" + (e.inferred ? " inferred" : ""), "data-p": e.p, "marker-end": "url(#arrow)" }, edgeLayer);
    var label = el("text", { "class": "elabel" }, labelLayer);
    label.textContent = e.p + (e.inferred ? " (inferred)" : "");
    edgeEls.push(line); edgeLabelEls.push(label);
  });
  function place() { // move the drawn elements to the current layout
    edges.forEach(function (e, k) {
      var x1 = x[e.s], y1 = y[e.s], x2 = x[e.o], y2 = y[e.o];
      var d = Math.sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)) || 1;
      var r1 = radius(e.s) / d, r2 = (radius(e.o) + 1.5) / d, line = edgeEls[k];
      line.setAttribute("x1", round(x1 + (x2 - x1) * r1)); line.setAttribute("y1", round(y1 + (y2 - y1) * r1));
      line.setAttribute("x2", round(x2 - (x2 - x1) * r2)); line.setAttribute("y2", round(y2 - (y2 - y1) * r2));
      edgeLabelEls[k].setAttribute("x", round((x1 + x2) / 2));
      edgeLabelEls[k].setAttribute("y", round((y1 + y2) / 2 - 2));
    });
    nodeEls.forEach(function (g, i) { g.setAttribute("transform", "translate(" + round(x[i]) + "," + round(y[i]) + ")"); });
  }
  nodes.forEach(function (n, i) {
    var g = el("g", {
      "class": "node" + (major.has(i) ? "" : " minor"), "data-index": i, "data-iri": n.iri,
      "data-class": n["class"]
    }, nodeLayer);
    el("circle", { r: round(radius(i)), fill: colour[n["class"]] }, g);
    var t = el("text", { x: round(radius(i) + 3), y: "3.5" }, g);
    t.textContent = n.label;
    el("title", {}, g).textContent = n.label + " (" + n["class"] + ")";
    g.addEventListener("click", function (ev) { ev.stopPropagation(); select(i, false); });
    nodeEls.push(g);
  });
  place();
  app.setAttribute("data-node-count", String(nodeLayer.querySelectorAll(".node").length));
  app.setAttribute("data-edge-count", String(edgeLayer.querySelectorAll(".edge").length));

  // ------------------------------------------------------------ pan and zoom
  var view = { x: 0, y: 0, k: 1 };
  function apply() {
    viewport.setAttribute("transform", "translate(" + round(view.x) + "," + round(view.y) + ") scale(" + view.k.toFixed(4) + ")");
    // Zoomed out, labels shrink less than the drawing, so the overview stays legible.
    svg.style.setProperty("--node-font", round(10 / Math.max(view.k, 0.55)) + "px");
    svg.style.setProperty("--edge-font", round(9 / Math.max(view.k, 0.8)) + "px");
    svg.classList.toggle("near", view.k >= 1.5);
    svg.classList.toggle("far", view.k < 0.6 && edges.length > 150);
  }
  function size() {
    var box = svg.getBoundingClientRect();
    return { w: box.width || 900, h: box.height || 700 };
  }
  function fit() {
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, any = false;
    for (var i = 0; i < N; i++) {
      if (nodeEls[i].classList.contains("hidden")) continue;
      any = true;
      minX = Math.min(minX, x[i] - radius(i)); // labels sit right of their node: leave room
      maxX = Math.max(maxX, x[i] + radius(i) + 4 + Math.min(5.6 * nodes[i].label.length, 260));
      minY = Math.min(minY, y[i]); maxY = Math.max(maxY, y[i]);
    }
    if (!any) { minX = minY = -100; maxX = maxY = 100; }
    var s = size(), pad = 30;
    var k = Math.min((s.w - 2 * pad) / Math.max(maxX - minX, 1), (s.h - 2 * pad) / Math.max(maxY - minY, 1));
    view.k = Math.max(0.05, Math.min(k, 1.6));
    view.x = s.w / 2 - view.k * (minX + maxX) / 2;
    view.y = s.h / 2 - view.k * (minY + maxY) / 2;
    apply();
  }
  function centre(i) {
    var s = size();
    view.k = Math.max(view.k, 1.2);
    view.x = s.w / 2 - view.k * x[i]; view.y = s.h / 2 - view.k * y[i];
    apply();
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var box = svg.getBoundingClientRect(), px = ev.clientX - box.left, py = ev.clientY - box.top;
    var k = Math.max(0.05, Math.min(view.k * Math.exp(-ev.deltaY * 0.0015), 12));
    view.x = px - (px - view.x) * k / view.k; view.y = py - (py - view.y) * k / view.k; view.k = k;
    apply();
  }, { passive: false });
  var drag = null;
  svg.addEventListener("pointerdown", function (ev) {
    if (ev.target.closest && ev.target.closest(".node")) return;
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false };
    svg.classList.add("panning");
  });
  window.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    var mx = ev.clientX - drag.x, my = ev.clientY - drag.y;
    if (Math.abs(mx) + Math.abs(my) > 3) drag.moved = true;
    view.x = drag.vx + mx; view.y = drag.vy + my; apply();
  });
  window.addEventListener("pointerup", function () { svg.classList.remove("panning"); setTimeout(function () { drag = null; }, 0); });
  svg.addEventListener("click", function () { if (!drag || !drag.moved) select(-1, false); });
  window.addEventListener("resize", function () { if (selected >= 0) centre(selected); else fit(); });

  // ------------------------------------------------------------ filters
  var classOn = {};
  data.classes.forEach(function (c) { classOn[c.name] = true; });
  var legend = document.getElementById("legend");
  data.classes.forEach(function (c) {
    var li = document.createElement("li");
    li.setAttribute("data-class", c.name);
    li.title = "show or hide " + c.name;
    var sw = document.createElement("span"); sw.className = "swatch"; sw.style.background = c.colour;
    var name = document.createElement("span"); name.textContent = c.name;
    var count = document.createElement("span"); count.className = "count"; count.textContent = String(c.count);
    li.appendChild(sw); li.appendChild(name); li.appendChild(count);
    li.addEventListener("click", function () {
      classOn[c.name] = !classOn[c.name];
      li.classList.toggle("off", !classOn[c.name]);
      filter(); fit();
    });
    legend.appendChild(li);
  });
  var yearSelect = document.getElementById("year");
  data.years.forEach(function (yr) {
    var o = document.createElement("option"); o.value = String(yr); o.textContent = String(yr);
    yearSelect.appendChild(o);
  });
  yearSelect.addEventListener("change", function () { filter(); fit(); });
  document.getElementById("edge-labels").addEventListener("change", function (ev) {
    svg.classList.toggle("no-elabels", !ev.target.checked);
  });
  var unconnectedBox = document.getElementById("unconnected");
  document.getElementById("unconnected-count").textContent = String(N - connected.length);
  unconnectedBox.addEventListener("change", function () { filter(); fit(); });
  var visible = new Array(N).fill(true);
  function filter() {
    var year = yearSelect.value ? Number(yearSelect.value) : null;
    var inYear = null;
    if (year !== null) { // the year's own nodes, and what links to them
      inYear = new Array(N).fill(false);
      var core = [];
      nodes.forEach(function (n, i) { if (n.years.indexOf(year) >= 0) { inYear[i] = true; core.push(i); } });
      core.forEach(function (i) { adjacency[i].forEach(function (k) { inYear[other(edges[k], i)] = true; }); });
    }
    var shown = 0, showUnconnected = unconnectedBox.checked || !connected.length;
    nodes.forEach(function (n, i) {
      visible[i] = classOn[n["class"]] && (inYear === null || inYear[i]) &&
        (showUnconnected || degree[i] > 0);
      nodeEls[i].classList.toggle("hidden", !visible[i]);
      if (visible[i]) shown++;
    });
    edges.forEach(function (e, k) {
      var hide = !(visible[e.s] && visible[e.o]);
      edgeEls[k].classList.toggle("hidden", hide); edgeLabelEls[k].classList.toggle("hidden", hide);
    });
    // What is left is laid out afresh (from where it stood), so a filtered view is not a
    // few nodes squeezed among the gaps of the whole graph; no filter: the home layout.
    x.set(homeX); y.set(homeY);
    var home = year === null && (!showUnconnected || H === N) &&
      data.classes.every(function (c) { return classOn[c.name]; });
    if (!home && shown <= 1500) {
      var ids = [];
      for (var v = 0; v < N; v++) if (visible[v]) ids.push(v);
      layout(ids, shown <= 400 ? 200 : 100, 0.15);
    }
    place();
    app.setAttribute("data-visible-count", String(shown));
    document.getElementById("stats").textContent = N + " entities, " + edges.length + " relations" +
      (shown < N ? " (" + shown + " shown)" : "");
  }
  function showAll() {
    data.classes.forEach(function (c) { classOn[c.name] = true; });
    legend.querySelectorAll("li").forEach(function (li) { li.classList.remove("off"); });
    yearSelect.value = ""; unconnectedBox.checked = true; filter();
  }

  // ------------------------------------------------------------ selection and panel
  var panel = document.getElementById("panel");
  var selected = -1;
  function add(parent, tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    parent.appendChild(node); return node;
  }
  function select(i, focus) {
    if (selected >= 0) {
      nodeEls[selected].classList.remove("selected");
      adjacency[selected].forEach(function (k) {
        nodeEls[other(edges[k], selected)].classList.remove("neighbour");
        edgeEls[k].classList.remove("touch"); edgeLabelEls[k].classList.remove("touch");
      });
    }
    selected = i;
    svg.classList.toggle("focus", i >= 0);
    app.setAttribute("data-selected", i >= 0 ? nodes[i].iri : "");
    if (i < 0) { panel.hidden = true; return; }
    if (!visible[i]) { showAll(); }
    nodeEls[i].classList.add("selected");
    adjacency[i].forEach(function (k) {
      nodeEls[other(edges[k], i)].classList.add("neighbour");
      edgeEls[k].classList.add("touch"); edgeLabelEls[k].classList.add("touch");
    });
    if (focus) centre(i);
    showPanel(i);
  }
  function showPanel(i) {
    var n = nodes[i];
    panel.textContent = ""; panel.hidden = false;
    panel.setAttribute("data-iri", n.iri);
    add(panel, "h3", n.label);
    var badge = add(panel, "span", n["class"], "badge"); badge.style.background = colour[n["class"]];
    add(panel, "div", n.iri, "iri");
    if (n.aliases.length) { add(panel, "h4", "Also called"); add(panel, "div", n.aliases.join("; "), "aliases"); }
    if (n.years.length) { add(panel, "h4", "Year"); add(panel, "div", n.years.join(", ")); }
    if (adjacency[i].length) {
      add(panel, "h4", "Relations");
      var ul = add(panel, "ul");
      adjacency[i].forEach(function (k) {
        var e = edges[k], j = other(e, i), li = add(ul, "li");
        add(li, "span", e.s === i ? e.p + " \u2192 " : "\u2190 " + e.p + " ");
        var go = add(li, "span", nodes[j].label, "go");
        go.addEventListener("click", function () { select(j, true); });
        if (e.inferred) add(li, "span", " (inferred)");
        e.evidence.forEach(function (text) { add(li, "blockquote", text); });
      });
    }
    add(panel, "h4", "Sources (" + (n.sources.length + n.more) + ")");
    var sl = add(panel, "ul", null, "sources");
    n.sources.forEach(function (s) {
      var li = add(sl, "li");
      add(li, "span", s.doc, "doc");
      add(li, "span", s.text.slice(0, s.at[0]));
      add(li, "mark", s.text.slice(s.at[0], s.at[1]));
      add(li, "span", s.text.slice(s.at[1]));
    });
    if (n.more) add(panel, "div", "and " + n.more + " more", "hint");
  }

  // ------------------------------------------------------------ search
  function norm(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim(); }
  var names = nodes.map(function (n) { return [norm(n.label)].concat(n.aliases.map(norm)); });
  function search(query) {
    var q = norm(query);
    if (!q) return [];
    var hits = [];
    names.forEach(function (list, i) {
      var best = Infinity;
      list.forEach(function (name, a) {
        var alias = a > 0 ? 1 : 0, score = Infinity;
        if (name === q) score = 0;
        else if (name.indexOf(q) === 0) score = 2;
        else if ((" " + name).indexOf(" " + q) >= 0) score = 4;
        else if (name.indexOf(q) >= 0) score = 6;
        best = Math.min(best, score + alias);
      });
      if (best < Infinity) hits.push([best, nodes[i].label.length, i]);
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return hits.map(function (h) { return h[2]; });
  }
  var input = document.getElementById("search"), results = document.getElementById("results");
  var hitEls = [];
  function showResults(query) {
    hitEls.forEach(function (g) { g.classList.remove("hit"); }); hitEls = [];
    results.textContent = "";
    var hits = search(query);
    if (!query.trim()) return hits;
    if (!hits.length) { add(results, "li", "no match", "none"); return hits; }
    hits.slice(0, 12).forEach(function (i) {
      var li = add(results, "li", nodes[i].label + " \u00b7 " + nodes[i]["class"]);
      li.setAttribute("data-index", String(i));
      li.addEventListener("click", function () { select(i, true); });
      nodeEls[i].classList.add("hit"); hitEls.push(nodeEls[i]);
    });
    if (hits.length > 12) add(results, "li", (hits.length - 12) + " more", "none");
    return hits;
  }
  input.addEventListener("input", function () { showResults(input.value); });
  document.getElementById("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var hits = showResults(input.value);
    if (hits.length) select(hits[0], true);
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "/" && document.activeElement !== input) { ev.preventDefault(); input.focus(); }
    if (ev.key === "Escape") select(-1, false);
  });
  function fromHash() { // #year=2019&search=Huawei: filter by year, search, select the best match
    if (/(?:^#|&)unconnected=1/.test(location.hash)) { unconnectedBox.checked = true; filter(); fit(); }
    var y = /(?:^#|&)year=(\d+)/.exec(location.hash);
    if (y && data.years.indexOf(Number(y[1])) >= 0) { yearSelect.value = y[1]; filter(); fit(); }
    var m = /(?:^#|&)search=([^&]*)/.exec(location.hash);
    if (!m) return;
    var query = decodeURIComponent(m[1].replace(/\+/g, " "));
    input.value = query;
    var hits = showResults(query);
    if (hits.length) select(hits[0], true);
  }
  window.addEventListener("hashchange", fromHash);

  filter();
  fit();
  fromHash();
  app.setAttribute("data-ready", "true");
})();
