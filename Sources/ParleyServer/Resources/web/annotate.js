// Turns a parley/1 output into the highlighted article. Offsets in parley/1 count Unicode
// scalars, so the text is split into code points (Array.from) before slicing.
"use strict";

const Parley = (window.Parley = window.Parley || {});

Parley.cameoRoots = {
  "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate", "04": "Consult",
  "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation", "07": "Provide aid",
  "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten",
  "14": "Protest", "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce", "18": "Assault",
  "19": "Fight", "20": "Use unconventional mass violence",
};
Parley.quadNames = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

// Background and line colours; dark text stays readable on every background.
Parley.palette = [
  ["#dbe9ff", "#1f5fbf"], ["#ffe1d6", "#c2410c"], ["#d7f2df", "#1d7a46"], ["#efdfff", "#7b3fb5"],
  ["#fff0c2", "#8a6d00"], ["#d6f1f4", "#0e7490"], ["#ffdbe7", "#be185d"], ["#e6e9d8", "#5b6b1f"],
  ["#e2e2f7", "#3f3f9e"], ["#f3e4d6", "#8a4b14"],
];

/** The country (first three letters of a CAMEO actor code), or null. */
Parley.countryOf = function (actor) {
  if (!actor || actor.length < 3) return null;
  return actor.slice(0, 3).toUpperCase();
};

/** Gives each country a palette entry in order of first appearance. */
Parley.colourMap = function (countries) {
  const map = new Map();
  for (const c of countries) {
    if (c && !map.has(c)) map.set(c, Parley.palette[map.size % Parley.palette.length]);
  }
  return map;
};

function eventLabel(e) {
  const root = Parley.cameoRoots[e.root] || "";
  return `${e.code} ${root}`.trim();
}
Parley.eventLabel = eventLabel;

function participant(p) {
  if (!p) return "—";
  const name = p.canonical && p.canonical !== p.text ? `${p.text} (${p.canonical})` : p.text;
  return p.actor ? `${name} [${p.actor}]` : name;
}
Parley.participant = participant;

/** Collects every span to highlight, each with a kind, a tooltip and data attributes. */
Parley.annotations = function (output) {
  const anns = [];
  const add = (start, end, kind, tip, data) => {
    if (Number.isInteger(start) && Number.isInteger(end) && end > start) anns.push({ start, end, kind, tip, data: data || {} });
  };
  const s = output.structure || {};
  if (s.title) add(s.title.start, s.title.end, "title", null);
  for (const r of s.removed || []) add(r.start, r.end, "removed", `Removed: ${r.reason}`);
  for (const q of output.quotes || []) {
    const sp = q.speaker;
    const who = sp ? `${sp.canonical || sp.text}${sp.actor ? ` [${sp.actor}]` : ""}` : "unknown speaker";
    add(q.start, q.end, "quote", `Quote (${q.kind}) — said by ${who}${q.cue ? ` · “${q.cue.text}”` : ""}`, { quote: String(q.start) });
  }
  const seen = new Set();
  const actorSpan = (start, end, text, actor, canonical, type) => {
    const key = `${start}:${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    const name = canonical && canonical !== text ? canonical : text;
    if (actor) add(start, end, "actor", `Actor ${name} · ${actor}${type ? ` (${type})` : ""}`, { country: Parley.countryOf(actor) });
    else add(start, end, "entity", `${type || "Name"}: ${name} (no actor code)`);
  };
  for (const e of output.events || []) {
    for (const p of [e.source, e.target]) if (p) actorSpan(p.start, p.end, p.text, p.actor, p.canonical, null);
  }
  for (const en of output.entities || []) actorSpan(en.start, en.end, en.text, en.actor, en.canonical, en.type);
  for (const p of output.places || []) {
    const where = [p.name, p.admin1, p.country].filter(Boolean).join(", ");
    const at = p.lat != null && p.lon != null ? ` (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})` : "";
    add(p.start, p.end, "place", `Place: ${where}${at} · ${p.feature}`);
  }
  for (const t of output.times || []) add(t.start, t.end, "time", `${t.type}: ${t.text} → ${t.value}`, { value: t.value });
  for (const e of output.events || []) {
    const tip = `Event ${eventLabel(e)}: ${participant(e.source)} → ${participant(e.target)} (select for evidence)`;
    add(e.evidence.verb.start, e.evidence.verb.end, "event", tip, { event: e.id });
    for (const m of e.mentions || []) add(m.verb.start, m.verb.end, "event", `${tip} (repeated mention)`, { event: e.id });
  }
  return anns;
};

// Wrapping order, innermost first.
const ORDER = ["event", "time", "place", "actor", "entity", "quote", "removed", "title"];

/** Renders `output.text` with its annotations into `root`, replacing its content. */
Parley.renderArticle = function (root, output, colours) {
  const chars = Array.from(output.text || "");
  const anns = Parley.annotations(output).filter((a) => a.end <= chars.length);
  const cuts = new Set([0, chars.length]);
  for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    let node = document.createTextNode(chars.slice(from, to).join(""));
    let covering = anns.filter((a) => a.start <= from && a.end >= to);
    // Several events on one verb ("Kerry and Lavrov will meet": one event per pair) share one
    // button whose data-event lists every id, so none is hidden behind another.
    const events = covering.filter((a) => a.kind === "event");
    if (events.length > 1) {
      const ids = [...new Set(events.map((a) => a.data.event))];
      const tips = [...new Set(events.map((a) => a.tip))];
      covering = covering.filter((a) => a.kind !== "event");
      covering.push({ start: from, end: to, kind: "event", tip: tips.join("\n"), data: { event: ids.join(" ") } });
    }
    covering.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || (a.end - a.start) - (b.end - b.start));
    const done = new Set();
    for (const a of covering) {
      if (a.kind !== "actor" && a.kind !== "entity" && done.has(a.kind)) continue;
      if ((a.kind === "actor" || a.kind === "entity") && (done.has("actor") || done.has("entity"))) continue;
      done.add(a.kind);
      node = wrap(node, a, colours);
    }
    frag.appendChild(node);
  }
  root.replaceChildren(frag);
};

function wrap(child, a, colours) {
  const el = document.createElement(a.kind === "event" ? "button" : "span");
  el.className = a.kind === "title" ? "title" : a.kind === "removed" ? "removed" : `m-${a.kind}`;
  if (a.tip) el.dataset.tip = a.tip;
  for (const [k, v] of Object.entries(a.data)) if (v != null) el.dataset[k] = v;
  if (a.kind === "event") {
    el.type = "button";
    el.setAttribute("aria-label", `${child.textContent}: ${a.tip}`);
  } else if (a.kind === "quote" || a.kind === "time" || a.kind === "place") {
    el.tabIndex = 0;
  }
  if (a.kind === "actor" && a.data.country && colours.has(a.data.country)) {
    const [bg, line] = colours.get(a.data.country);
    el.style.setProperty("--actor-bg", bg);
    el.style.setProperty("--actor-line", line);
  }
  el.appendChild(child);
  return el;
}
