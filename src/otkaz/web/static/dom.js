// Shared helpers. Article-derived text only ever reaches the page through text nodes
// (textContent / append of strings), never through innerHTML.
"use strict";
window.otkaz = window.otkaz || {};
(function (ns) {
  ns.ACTS = ["desertion", "mutiny", "refusal", "enforcement", "prosecution"];
  ns.VERIFICATIONS = ["reported", "unverified", "confirmed", "disputed"];
  ns.COLORS = {
    desertion: "#1f6fb4", mutiny: "#d62728", refusal: "#e67e00",
    enforcement: "#6a3d9a", prosecution: "#2c8c2c",
  };
  const SVG_NS = "http://www.w3.org/2000/svg";

  function apply(node, props) {
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined) continue;
      if (key === "text") node.textContent = String(value);
      else if (key === "className") node.setAttribute("class", value);
      else if (key === "style") Object.assign(node.style, value);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else if (key === "href" || key === "src") throw new Error("use otkaz.link for URLs");
      else node.setAttribute(key, String(value));
    }
  }

  // Element with properties; string children become text nodes.
  ns.el = function (tag, props, children) {
    const node = document.createElement(tag);
    apply(node, props);
    for (const child of [].concat(children === undefined ? [] : children)) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  };

  ns.svg = function (tag, props) {
    const node = document.createElementNS(SVG_NS, tag);
    apply(node, props);
    return node;
  };

  // A link only for http(s) URLs: a javascript: or data: URL from an article never becomes clickable.
  ns.safeHref = function (url) {
    if (typeof url !== "string") return null;
    try {
      const parsed = new URL(url, window.location.href);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (err) {
      return null;
    }
  };

  ns.link = function (href, text, external) {
    const a = ns.el("a", {}, text);
    const safe = external ? ns.safeHref(href) : href;
    if (!safe) return ns.el("span", {}, text);
    a.href = safe;
    if (external) {
      a.target = "_blank";
      a.rel = "noopener noreferrer nofollow";
    }
    return a;
  };

  ns.getJSON = async function (url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      let detail = response.status + " " + response.statusText;
      try {
        const problem = await response.json();
        if (problem && problem.detail) detail = problem.detail;
      } catch (err) { /* not JSON: keep the status line */ }
      throw new Error(detail);
    }
    return response.json();
  };

  ns.badge = function (act) {
    return ns.el("span", { className: "badge", style: { background: ns.COLORS[act] || "#777" } }, act);
  };

  ns.clear = function (node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  };
})(window.otkaz);
