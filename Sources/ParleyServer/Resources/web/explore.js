// "Explore": the stored events as a table, a timeline, a country network and a map.
"use strict";

(function () {
  const P = window.Parley;
  const $ = (id) => document.getElementById(id);
  const SVG = "http://www.w3.org/2000/svg";
  const quadColours = { 1: "#2e7d32", 2: "#1565c0", 3: "#ef6c00", 4: "#c62828" };
  let loaded = false;
  let next = null;
  let rows = [];
  let world = null;

  function status(message, isError) {
    const el = $("explore-status");
    el.textContent = message;
    el.classList.toggle("error", !!isError);
  }

  // Form fields to API filters; a CAMEO code shorter than three digits matches as a prefix.
  function filters() {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData($("filters"))) {
      let value = String(v).trim();
      if (!value) continue;
      if (k === "code" && value.length < 3) value += "*";
      params.set(k, value);
    }
    return params;
  }

  async function getJSON(url) {
    const response = await fetch(url);
    const data = await response.json().catch(() => null);
    if (!response.ok) throw new Error(data && data.error ? data.error.message : `HTTP ${response.status}`);
    return data;
  }

  async function load(append) {
    const params = filters();
    const csv = new URLSearchParams(params);
    csv.set("format", "csv");
    csv.set("limit", "1000");
    $("csv-link").href = `/v1/events?${csv}`;
    if (append && next) params.set("cursor", next);
    params.set("limit", "200");
    status("Loading…");
    try {
      const statsParams = filters();
      const [page, stats] = await Promise.all([getJSON(`/v1/events?${params}`), append ? null : getJSON(`/v1/stats?${statsParams}`)]);
      rows = append ? rows.concat(page.events) : page.events;
      next = page.next || null;
      renderTable(page.events, append);
      $("more").hidden = !next;
      if (stats) { renderTimeline(stats.by_day); renderNetwork(stats.by_country_pair); }
      await renderMap(rows);
      status(`${rows.length} events shown${next ? " (more available)" : ""}${stats ? `; ${stats.events} events in ${stats.documents} documents stored` : ""}.`);
    } catch (err) {
      status(`Cannot load stored events: ${err.message}`, true);
    }
  }

  function cell(text) { const td = document.createElement("td"); td.textContent = text == null ? "" : String(text); return td; }

  function renderTable(events, append) {
    const body = $("events-table").tBodies[0];
    if (!append) body.replaceChildren();
    for (const e of events) {
      const tr = document.createElement("tr");
      const quad = document.createElement("span");
      quad.className = `quad quad-${e.quad_class}`;
      quad.textContent = String(e.quad_class);
      const q = document.createElement("td");
      q.appendChild(quad);
      tr.append(cell(e.date), cell(e.source_actor || e.source_text), cell(`${e.code} ${P.cameoRoots[e.root] || ""}`),
        cell(e.plover), cell(e.target_actor || e.target_text), q, cell(e.goldstein), cell(e.place));
      if (e.sentence) tr.title = e.sentence;
      body.appendChild(tr);
    }
  }

  function svg(width, height) {
    const el = document.createElementNS(SVG, "svg");
    el.setAttribute("viewBox", `0 0 ${width} ${height}`);
    return el;
  }
  function node(name, attrs, text) {
    const el = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (text != null) el.textContent = text;
    return el;
  }

  function renderTimeline(byDay) {
    const root = $("timeline");
    if (!byDay || !byDay.length) { root.textContent = "No dated events."; return; }
    const days = [...new Set(byDay.map((d) => d.day))].sort();
    const totals = new Map(days.map((d) => [d, [0, 0, 0, 0]]));
    for (const d of byDay) if (d.quad_class >= 1 && d.quad_class <= 4) totals.get(d.day)[d.quad_class - 1] += d.count;
    const max = Math.max(1, ...[...totals.values()].map((v) => v.reduce((a, b) => a + b, 0)));
    const W = 600, H = 220, left = 32, bottom = 36, bw = (W - left) / days.length;
    const el = svg(W, H);
    el.appendChild(node("text", { x: 0, y: 12 }, String(max)));
    el.appendChild(node("line", { x1: left, y1: H - bottom, x2: W, y2: H - bottom, stroke: "#8b96a3" }));
    days.forEach((day, i) => {
      let y = H - bottom;
      totals.get(day).forEach((count, q) => {
        if (!count) return;
        const h = (count / max) * (H - bottom - 16);
        y -= h;
        const rect = node("rect", { x: left + i * bw + 1, y, width: Math.max(1, bw - 2), height: h, fill: quadColours[q + 1] });
        rect.appendChild(node("title", {}, `${day}: ${count} × ${P.quadNames[q + 1]}`));
        el.appendChild(rect);
      });
      if (days.length <= 12 || i % Math.ceil(days.length / 8) === 0) el.appendChild(node("text", { x: left + i * bw, y: H - bottom + 14 }, day.slice(5)));
    });
    [1, 2, 3, 4].forEach((q, i) => {
      el.appendChild(node("rect", { x: left + i * 140, y: H - 14, width: 10, height: 10, fill: quadColours[q] }));
      el.appendChild(node("text", { x: left + i * 140 + 14, y: H - 5 }, P.quadNames[q]));
    });
    root.replaceChildren(el);
  }

  function renderNetwork(pairs) {
    const root = $("network");
    if (!pairs || !pairs.length) { root.textContent = "No events between two countries."; return; }
    const top = pairs.slice().sort((a, b) => b.count - a.count).slice(0, 40);
    const weight = new Map();
    for (const p of top) for (const c of [p.source, p.target]) weight.set(c, (weight.get(c) || 0) + p.count);
    const countries = [...weight.keys()].sort((a, b) => weight.get(b) - weight.get(a)).slice(0, 16);
    const W = 600, H = 320, cx = W / 2, cy = H / 2, r = Math.min(cx, cy) - 40;
    const pos = new Map(countries.map((c, i) => {
      const a = (2 * Math.PI * i) / countries.length - Math.PI / 2;
      return [c, [cx + r * Math.cos(a), cy + r * Math.sin(a)]];
    }));
    const max = Math.max(...top.map((p) => p.count));
    const el = svg(W, H);
    for (const p of top) {
      const a = pos.get(p.source), b = pos.get(p.target);
      if (!a || !b || p.source === p.target) continue;
      const line = node("line", { x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: p.cooperation >= p.conflict ? "#2e7d32" : "#c62828",
        "stroke-width": 1 + (5 * p.count) / max, "stroke-opacity": 0.7 });
      line.appendChild(node("title", {}, `${p.source} → ${p.target}: ${p.count} events (${p.cooperation} cooperation, ${p.conflict} conflict)`));
      el.appendChild(line);
    }
    for (const c of countries) {
      const [x, y] = pos.get(c);
      el.appendChild(node("circle", { cx: x, cy: y, r: 6 + Math.sqrt(weight.get(c)), fill: "#dbe9ff", stroke: "#1f5fbf" }));
      el.appendChild(node("text", { x, y: y + 4, "text-anchor": "middle", "font-weight": 600 }, c));
    }
    root.replaceChildren(el);
  }

  async function renderMap(events) {
    const root = $("map");
    if (!world) {
      try { world = await getJSON("/static/world.json"); } catch (err) { root.textContent = "World map unavailable."; return; }
    }
    const el = svg(360, 160);
    el.setAttribute("viewBox", "0 8 360 150");
    const active = new Set(events.map((e) => e.country).filter(Boolean));
    for (const c of world.countries) {
      const path = node("path", { d: c.d });
      if (c.a2 && active.has(c.a2)) path.classList.add("active");
      path.appendChild(node("title", {}, c.name));
      el.appendChild(path);
    }
    const places = new Map();
    for (const e of events) {
      if (e.lat == null || e.lon == null) continue;
      const key = `${e.lat.toFixed(1)},${e.lon.toFixed(1)}`;
      const p = places.get(key) || { lat: e.lat, lon: e.lon, name: e.place, count: 0 };
      p.count++;
      places.set(key, p);
    }
    for (const p of places.values()) {
      const dot = node("circle", { cx: p.lon + 180, cy: 90 - p.lat, r: Math.min(4, 0.8 + Math.sqrt(p.count) * 0.5) });
      dot.appendChild(node("title", {}, `${p.name || "place"}: ${p.count} events`));
      el.appendChild(dot);
    }
    root.replaceChildren(el);
  }

  $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); load(false); });
  $("more").addEventListener("click", () => load(true));
  P.onExplore = () => { if (!loaded) { loaded = true; load(false); } };
})();
