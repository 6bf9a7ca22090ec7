// The map page: filters → URL query → map points, list, timeline and download links.
"use strict";
(function (ns) {
  const el = ns.el;
  const config = JSON.parse(document.getElementById("otkaz-config").textContent || "{}");
  const form = document.getElementById("filters");
  const statusNode = document.getElementById("status");
  const MAX_POINTS = 50000;
  let loadToken = 0;
  let lastTimelineQuery = null;

  // ---- filters <-> query string --------------------------------------------------------------

  function buildChecks(containerId, name, values, colors) {
    const box = document.getElementById(containerId);
    for (const value of values) {
      const input = el("input", { type: "checkbox", name: name, value: value, id: name + "-" + value });
      const label = el("label", { for: name + "-" + value }, [input]);
      if (colors) label.append(el("span", { className: "swatch", style: { background: colors[value] } }));
      label.append(value);
      box.append(label);
    }
  }

  function filterParams(withDates) {
    const params = new URLSearchParams();
    for (const input of form.querySelectorAll("input[name=act]:checked")) params.append("act", input.value);
    for (const input of form.querySelectorAll("input[name=verification]:checked")) params.append("verification", input.value);
    const single = [["country", "f-country"], ["admin1", "f-admin1"], ["min_sources", "f-min-sources"], ["q", "f-q"]];
    if (withDates) single.push(["from", "f-from"], ["to", "f-to"]);
    for (const [name, id] of single) {
      let value = document.getElementById(id).value.trim();
      if (name === "country" || name === "admin1") value = value.toUpperCase();
      if (value) params.set(name, value);
    }
    return params;
  }

  function restoreFilters(params) {
    for (const input of form.querySelectorAll("input[type=checkbox]")) {
      input.checked = params.getAll(input.name).includes(input.value);
    }
    const single = { country: "f-country", admin1: "f-admin1", min_sources: "f-min-sources", q: "f-q", from: "f-from", to: "f-to" };
    for (const [name, id] of Object.entries(single)) document.getElementById(id).value = params.get(name) || "";
  }

  function setLinks(qs) {
    const suffix = qs ? "?" + qs : "";
    document.getElementById("dl-csv").href = "/export.csv" + suffix;
    document.getElementById("dl-acled").href = "/export.acled.csv" + suffix;
    document.getElementById("dl-geojson").href = "/export.geojson" + suffix;
    document.getElementById("dl-parquet").href = "/export.parquet" + suffix;
    document.getElementById("api-link").href = "/incidents" + suffix;
  }

  // ---- map ---------------------------------------------------------------------------------------

  const map = L.map("map", { minZoom: 2, maxZoom: 13, worldCopyJump: false }).setView([54, 60], 3);
  ns.map = map;
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution("Outlines: Natural Earth");
  if (config.tileUrl) {
    L.tileLayer(config.tileUrl, { maxZoom: 18, attribution: config.tileAttribution || "" }).addTo(map);
  }
  ns.getJSON("/static/vendor/countries.geojson").then((outlines) => {
    const layer = L.geoJSON(outlines, {
      interactive: false,
      style: () => ({ color: "#8c99a6", weight: 1, fillColor: "#fbfaf5", fillOpacity: config.tileUrl ? 0 : 1, className: "country-outline" }),
    });
    layer.addTo(map);
    layer.bringToBack();
  }).catch(() => { /* outlines are decoration: points still show */ });

  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = function () {
    const box = el("div", { className: "legend" });
    for (const act of ns.ACTS) box.append(el("div", {}, [el("span", { className: "swatch", style: { background: ns.COLORS[act] } }), act]));
    box.append(el("div", {}, "size: participants"));
    return box;
  };
  legend.addTo(map);

  const clusters = L.markerClusterGroup({
    maxClusterRadius: 40,
    showCoverageOnHover: false,
    iconCreateFunction: function (cluster) {
      const counts = {};
      for (const child of cluster.getAllChildMarkers()) {
        const act = child.options.act;
        counts[act] = (counts[act] || 0) + 1;
      }
      const top = Object.keys(counts).sort((a, b) => counts[b] - counts[a])[0];
      const n = cluster.getChildCount();
      const size = Math.min(48, 22 + Math.sqrt(n) * 3);
      const node = el("div", {
        className: "cluster", "data-count": String(n),
        style: { width: size + "px", height: size + "px", background: ns.COLORS[top] || "#555" },
      }, String(n));
      return L.divIcon({ html: node, className: "otkaz-cluster", iconSize: [size, size] });
    },
  });
  map.addLayer(clusters);

  function radius(props) {
    const n = props.participants_best || props.participants_low || 1;
    return Math.min(22, 5 + 2.2 * Math.sqrt(n));
  }

  function tooltip(props) {
    return el("div", {}, [
      el("strong", {}, (props.acts || []).join(", ")),
      el("div", {}, [props.date_start || "undated", props.place || props.admin1 || ""].filter(Boolean).join(" · ")),
      el("div", {}, props.summary || ""),
    ]);
  }

  function marker(feature) {
    const props = feature.properties;
    const [lon, lat] = feature.geometry.coordinates;
    const act = (props.acts || [])[0] || "desertion";
    const m = L.circleMarker([lat, lon], {
      radius: radius(props), color: "#ffffff", weight: 1.2, fillColor: ns.COLORS[act] || "#555",
      fillOpacity: 0.85, act: act, className: "incident-marker act-" + act,
    });
    m.bindTooltip(tooltip(props));
    m.on("click", () => ns.showIncident(feature.id));
    return m;
  }

  async function loadPoints(qs, token) {
    const features = [];
    let url = "/incidents.geojson?" + (qs ? qs + "&" : "") + "limit=10000";
    while (url && features.length < MAX_POINTS) {
      const page = await ns.getJSON(url);
      if (token !== loadToken) return null;
      features.push(...page.features);
      const next = (page.links || []).find((l) => l.rel === "next");
      url = next ? next.href : null;
    }
    const located = features.filter((f) => f.geometry);
    clusters.clearLayers();
    clusters.addLayers(located.map(marker));
    document.body.setAttribute("data-points", String(located.length));
    return { all: features.length, located: located.length, truncated: Boolean(url) };
  }

  // ---- list -------------------------------------------------------------------------------------

  async function loadList(qs, token) {
    const page = await ns.getJSON("/incidents?" + (qs ? qs + "&" : "") + "limit=100&count=true");
    if (token !== loadToken) return null;
    const list = document.getElementById("incident-list");
    ns.clear(list);
    for (const item of page.items) {
      const li = el("li", { tabindex: "0", "data-id": item.id }, [
        el("div", { className: "acts" }, item.acts.map(ns.badge)),
        el("div", { className: "meta" }, [item.date_start || "undated", item.place || item.admin1 || item.country || ""].filter(Boolean).join(" · ")),
        el("div", {}, item.summary || ""),
      ]);
      li.addEventListener("click", () => ns.showIncident(item.id));
      li.addEventListener("keydown", (ev) => { if (ev.key === "Enter") ns.showIncident(item.id); });
      list.append(li);
    }
    if (!page.items.length) {
      list.append(el("li", { className: "empty" }, qs
        ? "No incidents match these filters."
        : "No incidents stored yet: add articles with `otkaz ingest PATH`, or try `otkaz demo`."));
    }
    document.getElementById("list-count").textContent = page.total > page.items.length
      ? "(first " + page.items.length + " of " + page.total + ")" : "(" + page.total + ")";
    return page.total;
  }

  // ---- timeline ---------------------------------------------------------------------------------

  const timeline = new ns.Timeline(document.getElementById("timeline"), (from, to) => {
    document.getElementById("f-from").value = from || "";
    document.getElementById("f-to").value = to || "";
    refresh();
  });

  async function loadTimeline(token) {
    const qs = filterParams(false).toString();
    if (qs === lastTimelineQuery) return;
    const data = await ns.getJSON("/timeline?bucket=week" + (qs ? "&" + qs : ""));
    if (token !== loadToken) return;
    lastTimelineQuery = qs;
    timeline.render(data.items, data.bucket);
  }

  // ---- refresh ----------------------------------------------------------------------------------

  async function refresh() {
    const token = ++loadToken;
    const params = filterParams(true);
    const qs = params.toString();
    history.replaceState(null, "", (qs ? "?" + qs : window.location.pathname) + window.location.hash);
    setLinks(qs);
    const from = params.get("from");
    const to = params.get("to");
    document.getElementById("clear-brush").hidden = !(from || to);
    statusNode.textContent = "Loading…";
    document.body.removeAttribute("data-ready");
    try {
      const [points, total] = await Promise.all([loadPoints(qs, token), loadList(qs, token), loadTimeline(token)]);
      if (token !== loadToken || points === null) return;
      timeline.setRange(from, to);
      const unplaced = points.all - points.located;
      statusNode.textContent = points.truncated
        ? total + " incidents · the newest " + points.all + " loaded, " + points.located + " of them on the map: narrow the filters to see the rest"
        : total + " incidents · " + points.located + " on the map" + (unplaced ? " · " + unplaced + " without a location" : "");
      document.body.setAttribute("data-total", String(total));
      document.body.setAttribute("data-ready", "1");
    } catch (err) {
      if (token === loadToken) statusNode.textContent = "Error: " + err.message;
    }
  }

  buildChecks("acts", "act", ns.ACTS, ns.COLORS);
  buildChecks("verification", "verification", ns.VERIFICATIONS, null);
  restoreFilters(new URLSearchParams(window.location.search));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
  form.addEventListener("change", (ev) => { if (ev.target.type === "checkbox" || ev.target.type === "date") refresh(); });
  form.addEventListener("reset", () => { setTimeout(refresh, 0); });
  document.getElementById("clear-brush").addEventListener("click", () => {
    document.getElementById("f-from").value = "";
    document.getElementById("f-to").value = "";
    refresh();
  });
  function closeIncident() {
    document.getElementById("incident").hidden = true;
    history.replaceState(null, "", window.location.pathname + window.location.search);
  }
  document.getElementById("close-incident").addEventListener("click", closeIncident);
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") closeIncident(); });
  // A shared link can name an incident: /?act=mutiny#incident=<id>
  const linkedId = () => new URLSearchParams(window.location.hash.slice(1)).get("incident");
  const linked = linkedId();
  refresh();
  if (linked) ns.showIncident(linked);
  // A link followed while the page is open changes only the hash: open that incident too.
  window.addEventListener("hashchange", () => { const id = linkedId(); if (id) ns.showIncident(id); });
})(window.otkaz);
