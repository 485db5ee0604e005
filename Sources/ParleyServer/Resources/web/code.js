// "Code an article": sends the article to POST /v1/code and shows the result.
"use strict";

(function () {
  const P = window.Parley;
  const $ = (id) => document.getElementById(id);
  let current = null;

  // Tabs: click, or arrow keys between them (WAI-ARIA tabs pattern).
  const tabs = [$("tab-code"), $("tab-explore")];
  function select(tab) {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute("aria-selected", String(on));
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute("aria-controls")).hidden = !on;
    }
    if (tab.id === "tab-explore" && P.onExplore) P.onExplore();
  }
  P.selectTab = (id) => select($(id));
  for (const t of tabs) {
    t.addEventListener("click", () => select(t));
    t.addEventListener("keydown", (ev) => {
      if (ev.key !== "ArrowRight" && ev.key !== "ArrowLeft") return;
      const next = tabs[(tabs.indexOf(t) + (ev.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
      select(next);
      next.focus();
    });
  }

  function status(message, isError) {
    const el = $("code-status");
    el.textContent = message;
    el.classList.toggle("error", !!isError);
  }

  function looksLikeHTML(text) {
    return /^\s*(<!doctype html|<html|<body|<head|<div|<p[\s>]|<article)/i.test(text);
  }

  async function code() {
    const text = $("article").value;
    if (!text.trim()) { status("Paste an article first.", true); $("article").focus(); return; }
    const kind = $("kind").value === "auto" ? (looksLikeHTML(text) ? "html" : "text") : $("kind").value;
    const body = { [kind]: text };
    if ($("date").value) body.date = $("date").value;
    if ($("source").value.trim()) body.source = $("source").value.trim();
    $("code-button").disabled = true;
    status("Coding…");
    const started = performance.now();
    try {
      const response = await fetch("/v1/code", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
      });
      const data = await response.json().catch(() => null);
      if (!response.ok) {
        const message = data && data.error ? data.error.message : `HTTP ${response.status}`;
        status(`Could not code the article: ${message}`, true);
        return;
      }
      render(data);
      const ms = Math.round(performance.now() - started);
      status(`${data.events.length} events, ${data.quotes.length} quotes, ${data.times.length} time expressions, ${data.places.length} places (${ms} ms).`);
    } catch (err) {
      status(`Could not reach the server: ${err.message}`, true);
    } finally {
      $("code-button").disabled = false;
    }
  }

  function render(output) {
    current = output;
    const countries = [];
    for (const e of output.events) for (const p of [e.source, e.target]) if (p) countries.push(P.countryOf(p.actor));
    for (const en of output.entities) countries.push(P.countryOf(en.actor));
    const colours = P.colourMap(countries);
    $("result").hidden = false;
    P.renderArticle($("article-view"), output, colours);
    renderEvents(output);
    renderQuotes(output);
    renderCountries(colours);
    resetEvidence();
    document.body.dataset.coded = String(output.events.length);
  }

  function renderEvents(output) {
    const list = $("event-list");
    list.replaceChildren();
    $("event-count").textContent = `(${output.events.length})`;
    if (!output.events.length) list.appendChild(item("No events coded in this article."));
    for (const e of output.events) {
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.event = e.id;
      button.textContent = `${P.participant(e.source)} → ${P.eventLabel(e)} → ${P.participant(e.target)}`;
      button.addEventListener("click", () => showEvidence(e.id));
      const li = document.createElement("li");
      li.appendChild(button);
      list.appendChild(li);
    }
  }

  function renderQuotes(output) {
    const list = $("quote-list");
    list.replaceChildren();
    $("quote-count").textContent = `(${output.quotes.length})`;
    if (!output.quotes.length) list.appendChild(item("No quotes found."));
    for (const q of output.quotes) {
      const who = q.speaker ? q.speaker.canonical || q.speaker.text : "unknown speaker";
      const text = q.text.length > 140 ? `${q.text.slice(0, 140)}…` : q.text;
      list.appendChild(item(`${who}: “${text}”`));
    }
  }

  function renderCountries(colours) {
    const list = $("country-list");
    list.replaceChildren();
    if (!colours.size) list.appendChild(item("No actors with a country code."));
    for (const [country, [bg, line]] of colours) {
      const li = item(country);
      li.style.background = bg;
      li.style.borderColor = line;
      list.appendChild(li);
    }
  }

  function item(text) {
    const li = document.createElement("li");
    li.textContent = text;
    return li;
  }

  function resetEvidence() {
    const panel = $("evidence");
    panel.replaceChildren(heading("Evidence"), para("Select an event verb in the article or an event in the list.", "help"));
  }

  function heading(text) { const h = document.createElement("h2"); h.textContent = text; return h; }
  function para(text, cls) { const p = document.createElement("p"); p.textContent = text; if (cls) p.className = cls; return p; }

  /** Shows the evidence of each event in `ids` (one id, or several separated by spaces). */
  function showEvidence(ids) {
    const list = String(ids).split(/\s+/).filter(Boolean);
    const found = list.map((id) => current && current.events.find((x) => x.id === id)).filter(Boolean);
    if (!found.length) return;
    for (const el of document.querySelectorAll(".m-event.selected")) el.classList.remove("selected");
    for (const id of list) {
      for (const el of document.querySelectorAll(`.m-event[data-event~="${CSS.escape(id)}"]`)) el.classList.add("selected");
    }
    const panel = $("evidence");
    panel.replaceChildren();
    for (const e of found) appendEvidence(panel, e);
  }

  function appendEvidence(panel, e) {
    panel.appendChild(heading(`Evidence: ${P.eventLabel(e)}`));
    const sentence = current.sentences[e.sentence];
    if (sentence) {
      const quote = document.createElement("blockquote");
      const chars = Array.from(sentence.text);
      const from = e.evidence.verb.start - sentence.start, to = e.evidence.verb.end - sentence.start;
      if (from >= 0 && to <= chars.length && to > from) {
        const mark = document.createElement("mark");
        mark.textContent = chars.slice(from, to).join("");
        quote.append(chars.slice(0, from).join(""), mark, chars.slice(to).join(""));
      } else {
        quote.textContent = sentence.text;
      }
      panel.appendChild(quote);
    }
    const dl = document.createElement("dl");
    const row = (k, v) => { if (v == null || v === "") return; const dt = document.createElement("dt"); dt.textContent = k; const dd = document.createElement("dd"); if (v instanceof Node) dd.appendChild(v); else dd.textContent = v; dl.append(dt, dd); };
    row("Source", P.participant(e.source));
    row("Target", P.participant(e.target));
    row("Verb", `“${e.evidence.verb.text}”`);
    row("Rule", e.evidence.rule);
    row("CAMEO", `${e.code} (root ${e.root} ${P.cameoRoots[e.root] || ""})`);
    if (e.plover) row("PLOVER", [e.plover.type, e.plover.mode, e.plover.context].filter(Boolean).join(" · "));
    const quad = document.createElement("span");
    quad.className = `quad quad-${e.quad_class}`;
    quad.textContent = `${e.quad_class} ${P.quadNames[e.quad_class] || ""}`;
    row("Quad class", quad);
    row("Goldstein", (e.goldstein >= 0 ? "+" : "") + e.goldstein.toFixed(1));
    row("Date", e.date ? `${e.date}${e.date_basis ? ` (${e.date_basis})` : ""}` : null);
    row("Place", e.place);
    row("Mode", `${e.mode}${e.negated ? ", negated" : ""}`);
    if (e.mentions && e.mentions.length) row("Also reported", e.mentions.map((m) => `sentence ${m.sentence + 1}`).join(", "));
    panel.appendChild(dl);
  }

  // Tooltip for any highlighted span: every data-tip from the pointer up to the article.
  const tooltip = $("tooltip");
  function showTip(target) {
    const tips = [];
    for (let el = target; el && el.id !== "article-view"; el = el.parentElement) if (el.dataset && el.dataset.tip) tips.push(el.dataset.tip);
    if (!tips.length) { tooltip.hidden = true; return; }
    tooltip.textContent = tips.join("\n");
    tooltip.style.whiteSpace = "pre-line";
    tooltip.hidden = false;
    const r = target.getBoundingClientRect();
    const top = r.bottom + 6 + tooltip.offsetHeight > window.innerHeight ? r.top - tooltip.offsetHeight - 6 : r.bottom + 6;
    tooltip.style.left = `${Math.max(4, Math.min(r.left, window.innerWidth - tooltip.offsetWidth - 4))}px`;
    tooltip.style.top = `${Math.max(4, top)}px`;
  }
  const view = $("article-view");
  view.addEventListener("mouseover", (ev) => showTip(ev.target));
  view.addEventListener("focusin", (ev) => showTip(ev.target));
  view.addEventListener("mouseleave", () => { tooltip.hidden = true; });
  view.addEventListener("focusout", () => { tooltip.hidden = true; });
  view.addEventListener("click", (ev) => {
    const button = ev.target.closest(".m-event");
    if (button) showEvidence(button.dataset.event);
  });
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") tooltip.hidden = true; });

  $("code-form").addEventListener("submit", (ev) => { ev.preventDefault(); code(); });
  $("article").addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); code(); }
  });

  // A link such as /#text=...&date=2016-02-10 fills the form and codes it at once.
  function fromHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    const text = params.get("text") || params.get("html");
    if (params.get("tab") === "explore") select($("tab-explore"));
    if (!text) return;
    $("article").value = text;
    if (params.get("html")) $("kind").value = "html";
    if (params.get("date")) $("date").value = params.get("date");
    if (params.get("source")) $("source").value = params.get("source");
    code();
  }
  P.showEvidence = showEvidence;
  // After every deferred script ran, so the Explore tab's handler exists.
  document.addEventListener("DOMContentLoaded", fromHash);
})();
