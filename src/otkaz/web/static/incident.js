// The incident view: chosen values, what each report said, and the evidence highlighted in each
// source text. Everything from articles is inserted as text nodes.
"use strict";
(function (ns) {
  const el = ns.el;
  const FIELDS = [
    ["Dates", (i) => [i.date_start, i.date_end && i.date_end !== i.date_start ? "– " + i.date_end : null, i.date_precision ? "(" + i.date_precision + ")" : null], "date_start"],
    ["Place", (i) => [i.place, i.admin1, i.country, i.geo_precision ? "(" + i.geo_precision + ")" : null], "place"],
    ["Location words", (i) => [i.location_text], "location_text"],
    ["Force", (i) => [i.force], "force"],
    ["Personnel", (i) => [(i.personnel || []).join(", ")], "personnel"],
    ["Unit", (i) => [i.unit], "unit"],
    ["Perpetrator", (i) => [i.perpetrator], "perpetrator"],
    ["Participants", (i) => [count(i.participants)], "participants"],
    ["Detained", (i) => [i.detained], "detained"],
    ["At large", (i) => [i.at_large], "at_large"],
    ["Killed", (i) => [i.killed], "killed"],
    ["Injured", (i) => [i.injured], "injured"],
    ["Armed", (i) => [i.armed === null || i.armed === undefined ? null : (i.armed ? "yes" : "no")], "armed"],
    ["Cited sources", (i) => [(i.via || []).join(", ")], "via"],
    ["Verification", (i) => [i.verification], "verification"],
    ["Independent sources", (i) => [i.independent_sources, i.n_reports ? "(" + i.n_reports + " reports)" : null], null],
  ];

  function count(c) {
    if (!c) return null;
    if (c.best !== null && c.best !== undefined) {
      const range = c.low !== null && c.high !== null && c.low !== undefined && (c.low !== c.best || c.high !== c.best);
      return String(c.best) + (range ? " (" + c.low + "–" + c.high + ")" : "");
    }
    if (c.low !== null && c.low !== undefined) return "at least " + c.low + (c.high ? ", at most " + c.high : "");
    if (c.high !== null && c.high !== undefined) return "at most " + c.high;
    return null;
  }

  function text(parts) {
    return parts.filter((p) => p !== null && p !== undefined && p !== "").join(" ");
  }

  function show(value) {
    if (value === null || value === undefined) return "—";
    if (Array.isArray(value)) return value.join(", ") || "—";
    if (typeof value === "object") return count(value) || "—";
    return String(value);
  }

  // What each report said about a field, when reports disagree or there are several.
  function said(values) {
    if (!values || values.length < 2) return null;
    const parts = values.map((v) => (v.outlet || v.article_id || "a report") + ": " + show(v.value));
    return el("div", { className: "said" }, "Reports: " + parts.join("; "));
  }

  // Character spans of the evidence, checked against the text; a wrong offset with a quote that
  // occurs in the text is re-found by the quote, an unusable span is skipped.
  function spansFor(evidence, textValue) {
    const spans = [];
    for (const [field, list] of Object.entries(evidence || {})) {
      for (const span of list || []) {
        let start = Number(span.start);
        let end = Number(span.end);
        const quote = typeof span.quote === "string" ? span.quote : "";
        const fits = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= textValue.length;
        if (quote && (!fits || textValue.slice(start, end) !== quote)) {
          const found = textValue.indexOf(quote);
          if (found < 0) continue;
          start = found;
          end = found + quote.length;
        } else if (!fits) {
          continue;
        }
        spans.push({ start, end, field });
      }
    }
    return spans;
  }

  // The article text as text nodes, with <mark> around every evidence span (overlaps split).
  ns.highlight = function (container, textValue, evidence) {
    const spans = spansFor(evidence, textValue);
    const cuts = new Set([0, textValue.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const points = Array.from(cuts).sort((a, b) => a - b);
    for (let k = 0; k < points.length - 1; k++) {
      const a = points[k];
      const b = points[k + 1];
      const piece = textValue.slice(a, b);
      const fields = Array.from(new Set(spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.field)));
      if (fields.length) {
        container.append(el("mark", { className: "evidence", "data-fields": fields.join(" "), title: "evidence for " + fields.join(", ") }, piece));
      } else {
        container.append(piece);
      }
    }
    return spans.length;
  };

  function fieldTable(incident) {
    const table = el("table");
    for (const [label, get, key] of FIELDS) {
      const value = text(get(incident).map((v) => (v === null || v === undefined ? null : String(v))));
      const cell = el("td", {}, value || "—");
      const other = key ? said((incident.values || {})[key]) : null;
      if (other) cell.append(other);
      table.append(el("tr", {}, [el("th", {}, label), cell]));
    }
    return table;
  }

  function evidenceList(evidence) {
    const list = el("ul", { className: "evidence-list" });
    for (const [field, spans] of Object.entries(evidence || {})) {
      for (const span of spans || []) {
        if (span.quote) list.append(el("li", {}, [el("strong", {}, field + ": "), "“" + span.quote + "”"]));
      }
    }
    return list;
  }

  async function reportCard(report) {
    const article = report.article || {};
    const meta = text([article.outlet, article.published_at, article.language ? "[" + article.language + "]" : null]);
    const card = el("div", { className: "report", "data-report": report.id }, [
      el("div", { className: "meta" }, meta || "report"),
      el("div", { className: "title" }, article.title || ""),
    ]);
    if (article.url) card.append(el("div", {}, ns.link(article.url, "original article ↗", true)));
    const acts = (report.incident && report.incident.acts) || [];
    if (acts.length) card.append(el("div", {}, acts.map(ns.badge)));
    card.append(evidenceList(report.evidence));
    const box = el("div", { className: "article-text" }, "Loading the article text…");
    card.append(box);
    try {
      const full = await ns.getJSON("/articles/" + encodeURIComponent(article.id));
      ns.clear(box);
      const n = ns.highlight(box, full.text || "", report.evidence);
      box.setAttribute("data-marks", String(n));
    } catch (err) {
      box.textContent = "Could not load the article: " + err.message;
    }
    return card;
  }

  // Why each report was linked here (the merge log), named by outlet rather than by hash.
  function linking(incident) {
    const outlets = {};
    for (const r of incident.reports || []) outlets[r.id] = (r.article && r.article.outlet) || r.id;
    const list = el("ul", { className: "merge-log" });
    for (const entry of incident.merge_log || []) {
      // score_text puts the score beside the threshold it had to reach; reason says why (or why not).
      let score = typeof entry.score === "number" ? " (score " + entry.score.toFixed(2) + ")" : "";
      if (typeof entry.score_text === "string") {
        const shown = entry.score_text && entry.score_text !== "—";
        score = shown ? " — " + (entry.action === "new" ? "" : "score ") + entry.score_text : "";
      }
      const reason = entry.reason ? ": " + entry.reason : "";
      list.append(el("li", {}, (outlets[entry.report_id] || entry.report_id) + ": " + entry.action + score + reason));
    }
    return el("div", {}, [el("h3", {}, "How the reports were linked"), list]);
  }

  ns.showIncident = async function (id) {
    const panel = document.getElementById("incident");
    const body = document.getElementById("incident-body");
    panel.hidden = false;
    ns.clear(body);
    body.append(el("p", { className: "empty" }, "Loading…"));
    let incident;
    try {
      incident = await ns.getJSON("/incidents/" + encodeURIComponent(id));
    } catch (err) {
      ns.clear(body);
      body.append(el("p", { className: "empty" }, "Could not load the incident: " + err.message));
      return;
    }
    ns.clear(body);
    panel.setAttribute("data-id", incident.id);
    history.replaceState(null, "", "#incident=" + encodeURIComponent(incident.id));
    if (ns.map && typeof incident.lat === "number" && typeof incident.lon === "number") {
      ns.map.invalidateSize();
      ns.map.setView([incident.lat, incident.lon], Math.max(ns.map.getZoom(), 5));
    }
    const where = text([incident.place, incident.admin1 || incident.country]);
    body.append(el("h2", {}, [el("span", {}, (incident.acts || []).map(ns.badge)), " ", text([incident.date_start, where]) || "undated, unplaced"]));
    body.append(el("p", { className: "summary" }, incident.summary || ""));
    body.append(fieldTable(incident));
    body.append(el("p", {}, ns.link("/incidents/" + encodeURIComponent(incident.id), "this incident as JSON", false)));
    const reports = incident.reports || [];
    body.append(el("h3", {}, "Reports (" + reports.length + ")"));
    const cards = el("div", { className: "reports" });
    body.append(cards);
    for (const report of reports) cards.append(await reportCard(report));
    body.append(linking(incident));
    panel.setAttribute("data-loaded", "1");
  };
})(window.otkaz);
