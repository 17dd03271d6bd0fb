// relmap report: the page's script (inlined into the page). It reads the JSON in the element
// "relmap-data" (see RelmapReport/ReportData.swift for its fields), links the map's SVG to it by
// the ids Graphviz writes (node-ID, edge-SOURCE-TARGET-TYPE), and draws the panel, the filters,
// the ranking table, the timeline, the diff and the coverage. Data goes into the page as text
// (textContent), never as markup.
(function () {
  "use strict";
  var PAGE = 20; // evidence sentences per page of the panel
  var data = JSON.parse(document.getElementById("relmap-data").textContent);
  var nodes = data.nodes;
  var typeInfo = {};
  data.types.forEach(function (t) { typeInfo[t.name] = t; });
  // Edges come as arrays (see ReportData.swift): made objects here once.
  var edges = data.edges.map(function (a) {
    var type = data.types[a[2]] || { name: "?" }, months = {};
    for (var k = 0; k + 1 < a[10].length; k += 2) months[data.timeline.months[a[10][k]]] = a[10][k + 1];
    return { s: a[0], t: a[1], type: type.name, directed: a[3] === 1, weight: a[4], mentions: a[5], articles: a[6],
      first: a[7], last: a[8], confidence: a[9], polarity: type.polarity, months: months, ev: a[11], more: a[12] };
  });

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "cls") e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c != null) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function svgEl(tag, attrs) {
    var e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function fmt(x) {
    if (x == null) return "–";
    if (Math.abs(x - Math.round(x)) < 1e-9) return String(Math.round(x));
    return Math.abs(x) >= 100 ? x.toFixed(1) : Math.abs(x) >= 1 ? x.toFixed(3) : x.toPrecision(3);
  }
  function label(i) { return nodes[i].label; }
  function conf(x) { return x == null ? "–" : Number(x).toFixed(2); }
  function safeURL(u) { return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null; }

  // ---- Linking the map's SVG elements to nodes and edges ----
  var mapRoot = document.getElementById("map");
  var nodeEl = {}, edgeEls = [], groupEdges = new Map();
  nodes.forEach(function (n, i) {
    var g = document.getElementById("node-" + n.id);
    if (g && mapRoot.contains(g)) { nodeEl[i] = g; link(g, function () { showNode(i); }); }
  });
  var svgEdges = {}, merged = false;
  Array.prototype.forEach.call(mapRoot.querySelectorAll("g.edge"), function (g) {
    svgEdges[g.id] = g;
    // Merged types (--merge-types): one element for the pair, named by its types joined by +.
    if (g.id.indexOf("+") >= 0) merged = true;
  });
  edges.forEach(function (e, i) {
    var s = nodes[e.s].id, t = nodes[e.t].id;
    var g = svgEdges["edge-" + s + "-" + t + "-" + e.type] || null;
    if (!g && merged) {
      var prefix = "edge-" + s + "-" + t + "-";
      g = Object.keys(svgEdges).map(function (k) { return svgEdges[k]; })
        .find(function (x) { return x.id.indexOf(prefix) === 0 && x.id.slice(prefix.length).split("+").indexOf(e.type) >= 0; }) || null;
    }
    edgeEls[i] = g;
    if (g) {
      if (!groupEdges.has(g)) groupEdges.set(g, []);
      groupEdges.get(g).push(i);
    }
  });
  groupEdges.forEach(function (list, g) {
    addHit(g);
    link(g, function () { showEdges(list); });
  });
  // A wide, unseen stroke over each of an edge's paths, so that a finger or a mouse finds it.
  function addHit(g) {
    Array.prototype.forEach.call(g.querySelectorAll("path"), function (p) {
      var hit = p.cloneNode(false);
      hit.removeAttribute("stroke-dasharray");
      hit.setAttribute("class", "hit");
      p.parentNode.appendChild(hit);
    });
  }
  function link(g, action) {
    g.setAttribute("tabindex", "0");
    g.setAttribute("role", "button");
    g.addEventListener("click", function (ev) { ev.preventDefault(); select(g); action(); });
    g.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(g); action(); } });
  }
  function select(g) {
    Array.prototype.forEach.call(document.querySelectorAll(".map g.selected"), function (x) { x.classList.remove("selected"); });
    if (g) g.classList.add("selected");
  }

  // The diff's map (a second SVG) gets ids of its own; its edges open the evidence of the same
  // edge of the graph, when the graph has it.
  var keyIndex = {};
  edges.forEach(function (e, i) { keyIndex["edge-" + nodes[e.s].id + "-" + nodes[e.t].id + "-" + e.type] = i; });
  Array.prototype.forEach.call(document.querySelectorAll(".diff-map [id]"), function (x) {
    var id = x.id;
    x.id = "diff-" + id;
    if (x.classList.contains("edge") && keyIndex[id] != null) {
      addHit(x);
      link(x, function () { showEdges([keyIndex[id]]); panel.scrollIntoView({ block: "start" }); });
    }
  });

  // ---- The panel ----
  var panel = document.getElementById("panel"), body = document.getElementById("panel-body");
  document.getElementById("panel-close").addEventListener("click", function () { panel.hidden = true; select(null); });
  function openPanel(children) {
    body.textContent = "";
    children.forEach(function (c) { if (c) body.appendChild(c); });
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function edgeTitle(e) {
    return label(e.s) + (e.directed ? " → " : " — ") + label(e.t) + ": " + ((typeInfo[e.type] || {}).label || e.type);
  }
  // A long list shown a page at a time, with "previous" and "next": [pager, list].
  function paged(items, size, tag, cls, noun, render) {
    var list = el(tag, { cls: cls }), pager = el("div", { cls: "pager" });
    var pages = Math.max(1, Math.ceil(items.length / size)), page = 0;
    function draw() {
      list.textContent = "";
      items.slice(page * size, page * size + size).forEach(function (x) { list.appendChild(render(x)); });
      pager.textContent = "";
      if (pages < 2) return;
      var prev = el("button", { type: "button", text: "‹ previous" }), next = el("button", { type: "button", text: "next ›" });
      prev.disabled = page === 0;
      next.disabled = page === pages - 1;
      prev.addEventListener("click", function () { page--; draw(); });
      next.addEventListener("click", function () { page++; draw(); });
      pager.appendChild(prev);
      pager.appendChild(el("span", { text: noun + " " + (page * size + 1) + "–" + Math.min(items.length, page * size + size) + " of " + items.length }));
      pager.appendChild(next);
    }
    draw();
    return [pager, list];
  }
  function showEdges(list) {
    var parts = [];
    list.forEach(function (i) { parts = parts.concat(edgeBlock(i)); });
    openPanel(parts);
  }
  function edgeBlock(i) {
    var e = edges[i];
    var facts = "weight " + fmt(e.weight) + " · " + e.mentions + " mention" + (e.mentions === 1 ? "" : "s") + " in " + e.articles +
      " article" + (e.articles === 1 ? "" : "s") + " · " + (e.first ? e.first + (e.last && e.last !== e.first ? " to " + e.last : "") : "undated") +
      " · confidence " + conf(e.confidence) + (e.polarity ? " · " + e.polarity : "");
    var swatch = el("span", { cls: "swatch" });
    swatch.style.background = (typeInfo[e.type] || {}).color || "#868e96";
    var pl = paged(e.ev, PAGE, "ol", "evidence", "sentences", evidenceItem);
    var pager = pl[0], list = pl[1];
    var more = e.more > 0 ? el("p", { cls: "note", text: e.more + " more mention" + (e.more === 1 ? "" : "s") + " of this relation not embedded in this page (made with --evidence " + e.ev.length + "; without it every sentence is embedded, and relmap extract lists them all)." }) : null;
    return [el("h3", {}, [swatch, edgeTitle(e)]), el("p", { cls: "facts", text: facts }), pager, list, more];
  }
  function evidenceItem(x) {
    var text = data.sentences[x[1]], a = data.articles[x[0]];
    var sentence = el("p", { cls: "sentence" });
    if (x[2] != null && x[3] != null && x[3] <= text.length) {
      sentence.appendChild(document.createTextNode(text.slice(0, x[2])));
      sentence.appendChild(el("mark", { text: text.slice(x[2], x[3]) }));
      sentence.appendChild(document.createTextNode(text.slice(x[3])));
    } else {
      sentence.textContent = text;
    }
    var meta = el("div", { cls: "meta" });
    meta.appendChild(document.createTextNode(a[0] + " · " + (a[1] || "undated") + (a[4] ? " · " + a[4] : "") + " · "));
    if (a[2]) {
      var url = safeURL(a[3]);
      meta.appendChild(url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: a[2] }) : el("span", { text: a[2] }));
    } else if (safeURL(a[3])) {
      meta.appendChild(el("a", { href: safeURL(a[3]), target: "_blank", rel: "noopener noreferrer", text: "source" }));
    }
    meta.appendChild(document.createTextNode(" · confidence " + conf(x[4])));
    if (x[5] & 1) meta.appendChild(el("span", { cls: "badge hedged", text: "hedged" }));
    if (x[5] & 2) meta.appendChild(el("span", { cls: "badge negated", text: "negated" }));
    return el("li", {}, [sentence, meta]);
  }
  var rankRow = {};
  data.ranking.rows.forEach(function (r) { rankRow[r[0]] = r; });
  function showNode(i) {
    var n = nodes[i];
    var facts = n.id + " · " + n.kind + (n.state && n.state !== n.id ? " of " + n.state : "");
    var r = rankRow[n.id], measures = null;
    if (r) {
      measures = el("p", { cls: "facts", text: data.ranking.measures.map(function (m, k) { return m + " " + fmt(r[k + 1]); }).join(" · ") +
        (data.ranking.blocs ? " · bloc " + r[r.length - 1] : "") });
    }
    var mine = [];
    edges.forEach(function (e, k) { if (e.s === i || e.t === i) mine.push(k); });
    mine.sort(function (a, b) { return edges[b].weight - edges[a].weight; });
    var pl = paged(mine, 50, "ul", "edges", "relations", function (k) {
      var e = edges[k];
      var b = el("button", { type: "button", cls: edgeEls[k] ? "" : "off-map", text: edgeTitle(e) + " (weight " + fmt(e.weight) + ", " + e.mentions + " sentence" + (e.mentions === 1 ? "" : "s") + ")" + (edgeEls[k] ? "" : " – not drawn") });
      b.addEventListener("click", function () { select(edgeEls[k]); openPanel(edgeBlock(k)); });
      return el("li", {}, [b]);
    });
    openPanel([el("h3", { text: n.label }), el("p", { cls: "facts", text: facts }), measures,
      el("p", { cls: "note", text: mine.length + " relation" + (mine.length === 1 ? "" : "s") + "; click one for its sentences" + (mine.some(function (k) { return !edgeEls[k]; }) ? " (dashed: not drawn on the map)" : "") + "." }), pl[0], pl[1]]);
  }

  // ---- Filters ----
  var typeBoxes = {}, polarityBoxes = {};
  var typeSet = document.getElementById("filter-types"), polSet = document.getElementById("filter-polarity");
  var usedTypes = data.types.filter(function (t) { return edges.some(function (e) { return e.type === t.name; }); });
  usedTypes.forEach(function (t) {
    var box = el("input", { type: "checkbox", name: "type", value: t.name });
    box.checked = true;
    box.addEventListener("change", applyFilters);
    typeBoxes[t.name] = box;
    var sw = el("span", { cls: "swatch" });
    sw.style.background = t.color;
    typeSet.appendChild(el("label", {}, [box, sw, t.label || t.name]));
  });
  var polarities = [];
  edges.forEach(function (e) { var p = e.polarity || "none"; if (polarities.indexOf(p) < 0) polarities.push(p); });
  polarities.sort();
  polarities.forEach(function (p) {
    var box = el("input", { type: "checkbox", name: "polarity", value: p });
    box.checked = true;
    box.addEventListener("change", applyFilters);
    polarityBoxes[p] = box;
    polSet.appendChild(el("label", {}, [box, " " + (p === "none" ? "no polarity" : p)]));
  });
  var months = data.timeline.months;
  var fromSel = document.getElementById("period-from"), toSel = document.getElementById("period-to");
  if (months.length === 0) {
    document.getElementById("filter-period").hidden = true;
  } else {
    months.forEach(function (m) { fromSel.appendChild(el("option", { value: m, text: m })); toSel.appendChild(el("option", { value: m, text: m })); });
    fromSel.value = months[0];
    toSel.value = months[months.length - 1];
    fromSel.addEventListener("change", applyFilters);
    toSel.addEventListener("change", applyFilters);
  }
  document.getElementById("filter-reset").addEventListener("click", function () {
    Object.keys(typeBoxes).forEach(function (k) { typeBoxes[k].checked = true; });
    Object.keys(polarityBoxes).forEach(function (k) { polarityBoxes[k].checked = true; });
    if (months.length) { fromSel.value = months[0]; toSel.value = months[months.length - 1]; }
    applyFilters();
  });
  function edgeVisible(e) {
    if (typeBoxes[e.type] && !typeBoxes[e.type].checked) return false;
    if (!polarityBoxes[e.polarity || "none"].checked) return false;
    if (months.length) {
      var from = fromSel.value, to = toSel.value;
      if (from !== months[0] || to !== months[months.length - 1]) {
        return Object.keys(e.months).some(function (m) { return m >= from && m <= to; });
      }
    }
    return true;
  }
  function applyFilters() {
    var visible = edges.map(edgeVisible);
    var active = visible.some(function (v) { return !v; });
    var shown = 0, drawn = 0, nodeOn = {};
    groupEdges.forEach(function (list, g) {
      drawn++;
      var on = list.some(function (i) { return visible[i]; });
      g.classList.toggle("hidden-by-filter", !on);
      if (on) { shown++; list.forEach(function (i) { if (visible[i]) { nodeOn[edges[i].s] = true; nodeOn[edges[i].t] = true; } }); }
    });
    Object.keys(nodeEl).forEach(function (i) { nodeEl[i].classList.toggle("dimmed", active && !nodeOn[i]); });
    var total = visible.filter(Boolean).length;
    document.getElementById("filter-count").textContent = shown + " of " + drawn + " edges on the map shown; " + total + " of " + edges.length + " relations in the graph match";
  }
  applyFilters();

  // ---- Ranking table ----
  (function () {
    var table = document.getElementById("rank-table");
    var cols = [{ name: "rank", num: true }, { name: "actor" }, { name: "label" }];
    data.ranking.measures.forEach(function (m) { cols.push({ name: m, num: true }); });
    if (data.ranking.blocs) cols.push({ name: "bloc", num: true });
    var index = {};
    nodes.forEach(function (n, i) { index[n.id] = i; });
    var rows = data.ranking.rows.map(function (r, k) {
      var vals = [k + 1, r[0], nodes[index[r[0]]] ? nodes[index[r[0]]].label : r[0]].concat(r.slice(1));
      return vals;
    });
    var thead = el("thead"), tr = el("tr"), tbody = el("tbody");
    var state = { col: 0, dir: 1 };
    cols.forEach(function (c, k) {
      var th = el("th", { scope: "col", text: c.name, tabindex: "0", title: "sort by " + c.name });
      function sort() {
        state.dir = state.col === k ? -state.dir : (c.num && k > 0 ? -1 : 1);
        state.col = k;
        draw();
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); sort(); } });
      tr.appendChild(th);
    });
    thead.appendChild(tr);
    table.appendChild(thead);
    table.appendChild(tbody);
    function draw() {
      rows.sort(function (a, b) {
        var x = a[state.col], y = b[state.col];
        var c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
        return c !== 0 ? c * state.dir : a[0] - b[0];
      });
      Array.prototype.forEach.call(tr.children, function (th, k) {
        if (k === state.col) th.setAttribute("aria-sort", state.dir > 0 ? "ascending" : "descending");
        else th.removeAttribute("aria-sort");
      });
      tbody.textContent = "";
      rows.forEach(function (r) {
        var row = el("tr");
        r.forEach(function (v, k) { row.appendChild(el("td", { cls: cols[k].num ? "num" : "", text: cols[k].num && k > 2 ? fmt(v) : String(v) })); });
        row.addEventListener("click", function () { var i = index[r[1]]; if (i != null) { select(nodeEl[i] || null); showNode(i); document.getElementById("map-section").scrollIntoView(); } });
        tbody.appendChild(row);
      });
    }
    draw();
  })();

  // ---- Timeline ----
  (function () {
    var tl = data.timeline, box = document.getElementById("timeline-chart"), sel = document.getElementById("timeline-window");
    if (!tl.months.length) {
      box.appendChild(el("p", { cls: "note", text: "No dated relation: no timeline." }));
      sel.disabled = true;
      return;
    }
    sel.value = tl.months.length <= 36 ? "month" : tl.months.length <= 120 ? "quarter" : "year";
    sel.addEventListener("change", draw);
    function key(m, w) {
      if (w === "month") return m;
      if (w === "year") return m.slice(0, 4);
      return m.slice(0, 4) + "-Q" + (Math.floor((parseInt(m.slice(5, 7), 10) - 1) / 3) + 1);
    }
    function draw() {
      var w = sel.value, windows = [], sums = {};
      tl.months.forEach(function (m, k) {
        var name = key(m, w);
        if (!sums[name]) { sums[name] = tl.types.map(function () { return 0; }); windows.push(name); }
        tl.counts[k].forEach(function (c, j) { sums[name][j] += c; });
      });
      var highest = 1;
      windows.forEach(function (n) { highest = Math.max(highest, sums[n].reduce(function (a, b) { return a + b; }, 0)); });
      // Ticks at a round step (1, 2 or 5 times a power of ten); the axis ends at the tick above the highest bar.
      var ticks = 4, raw = highest / ticks, power = Math.pow(10, Math.floor(Math.log10(raw)));
      var step = Math.max(1, [1, 2, 5, 10].map(function (f) { return f * power; }).find(function (x) { return x >= raw; }));
      ticks = Math.ceil(highest / step);
      var max = step * ticks;
      var left = 44, bottom = 56, top = 10, height = 240, barW = Math.max(6, Math.min(48, Math.floor(900 / windows.length) - 4));
      var width = left + windows.length * (barW + 4) + 10;
      var svg = svgEl("svg", { viewBox: "0 0 " + width + " " + (height + top + bottom), width: width, height: height + top + bottom, role: "img", "aria-label": "relations per " + w + " and type" });
      for (var t = 0; t <= ticks; t++) {
        var v = step * t, y = top + height - height * v / max;
        svg.appendChild(svgEl("line", { x1: left - 4, x2: width, y1: y, y2: y, stroke: "#e9ecef" }));
        var lab = svgEl("text", { x: left - 6, y: y + 4, "text-anchor": "end", "font-size": 11, fill: "#6c757d" });
        lab.textContent = v;
        svg.appendChild(lab);
      }
      var every = Math.max(1, Math.ceil(windows.length / 30));
      windows.forEach(function (n, k) {
        var x = left + k * (barW + 4), y = top + height;
        sums[n].forEach(function (c, j) {
          if (!c) return;
          var h = height * c / max;
          y -= h;
          var r = svgEl("rect", { x: x, y: y, width: barW, height: h, fill: (typeInfo[tl.types[j]] || {}).color || "#868e96", "class": "bar" });
          var title = svgEl("title");
          title.textContent = n + ": " + c + " " + tl.types[j];
          r.appendChild(title);
          svg.appendChild(r);
        });
        if (k % every === 0) {
          var lx = x + barW / 2, ly = top + height + 10;
          var lab = svgEl("text", { x: lx, y: ly, "font-size": 11, fill: "#495057", "text-anchor": "end", transform: "rotate(-45 " + lx + " " + ly + ")" });
          lab.textContent = n;
          svg.appendChild(lab);
        }
      });
      box.textContent = "";
      box.appendChild(svg);
      var legend = el("div", { cls: "legend" });
      tl.types.forEach(function (t) {
        var sw = el("span", { cls: "swatch" });
        sw.style.background = (typeInfo[t] || {}).color || "#868e96";
        legend.appendChild(el("span", {}, [sw, (typeInfo[t] || {}).label || t]));
      });
      box.appendChild(legend);
      var und = Object.keys(tl.undated);
      if (und.length) box.appendChild(el("p", { cls: "note", text: "Relations of undated articles (not in the chart): " + und.map(function (t) { return t + " " + tl.undated[t]; }).join(", ") }));
    }
    draw();
  })();

  // ---- Diff ----
  (function () {
    var d = data.diff;
    if (!d) return;
    document.getElementById("diff-section").hidden = false;
    document.getElementById("diff-link").hidden = false;
    function pct(x) { return x == null ? "–" : Math.round(x * 100) + "%"; }
    document.getElementById("diff-summary").appendChild(el("p", { text: d.before + " → " + d.after + ": " + d.edges_added.length + " edges added, " + d.edges_removed.length +
      " removed, " + d.edges_changed.length + " changed; actors added: " + (d.nodes_added.join(", ") || "none") + "; removed: " + (d.nodes_removed.join(", ") || "none") +
      "; cooperative share of weight " + pct(d.cooperative_share.before) + " → " + pct(d.cooperative_share.after) }));
    var box = document.getElementById("diff-tables");
    function table(title, list) {
      if (!list.length) return;
      var shown = 50, t = el("table", { cls: "plain" }), tb = el("tbody");
      t.appendChild(el("thead", {}, [el("tr", {}, ["edge", "type", "before", "after"].map(function (h) { return el("th", { text: h }); }))]));
      t.appendChild(tb);
      var more = el("button", { type: "button" });
      function draw() {
        tb.textContent = "";
        list.slice(0, shown).forEach(function (e) {
          tb.appendChild(el("tr", {}, [el("td", { text: e.source + (e.directed ? " → " : " — ") + e.target }), el("td", { text: e.type }), el("td", { cls: "num", text: fmt(e.before) }), el("td", { cls: "num", text: fmt(e.after) })]));
        });
        more.hidden = shown >= list.length;
        more.textContent = "show 50 more of " + (list.length - shown);
      }
      more.addEventListener("click", function () { shown += 50; draw(); });
      draw();
      box.appendChild(el("h3", { text: title + " (" + list.length + ")" }));
      box.appendChild(t);
      box.appendChild(more);
    }
    table("Edges added", d.edges_added);
    table("Edges removed", d.edges_removed);
    table("Edges changed", d.edges_changed);
  })();

  // ---- Coverage ----
  (function () {
    var c = data.coverage, box = document.getElementById("coverage");
    var dl = el("dl", { cls: "coverage" });
    function row(k, v) { dl.appendChild(el("dt", { text: k })); dl.appendChild(typeof v === "string" ? el("dd", { text: v }) : el("dd", {}, [v])); }
    function share(n) { return c.articles ? " (" + Math.round(100 * n / c.articles) + "%)" : ""; }
    function ids(list, n) { return el("span", { cls: "ids", text: list.join(", ") + (n > list.length ? ", … (" + (n - list.length) + " more)" : "") }); }
    row("articles", String(c.articles) + (c.first ? ", dated " + c.first + " to " + c.last : ""));
    row("relations found", String(c.relations));
    row("languages", Object.keys(c.languages).map(function (l) { return l + " " + c.languages[l]; }).join(", ") + (c.detected ? " (" + c.detected + " detected from the text)" : ""));
    row("undated articles", String(c.undated) + share(c.undated));
    if (c.undated) row("", ids(c.undated_ids, c.undated));
    row("articles with no relation", String(c.without_relation) + share(c.without_relation));
    if (c.without_relation) row("", ids(c.without_relation_ids, c.without_relation));
    box.appendChild(dl);
  })();
})();
