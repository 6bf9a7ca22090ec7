// Weekly (or monthly) stacked bars by act, in plain SVG, with a drag-to-select date brush.
"use strict";
(function (ns) {
  const DAY = 86400000;
  const MARGIN = { left: 30, right: 8, top: 6, bottom: 18 };

  function addDays(iso, days) {
    const d = new Date(iso + "T00:00:00Z");
    return new Date(d.getTime() + days * DAY).toISOString().slice(0, 10);
  }

  const MIN_PERIODS = 26; // a lone week drawn across the whole width reads as a broken chart
  const LABEL_WIDTH = 40; // "2025-03" at 10px

  function nextPeriod(iso, bucket, step) {
    step = step || 1;
    if (bucket === "month") {
      const d = new Date(iso + "T00:00:00Z");
      d.setUTCMonth(d.getUTCMonth() + step);
      return d.toISOString().slice(0, 10);
    }
    return addDays(iso, 7 * step);
  }

  // Every period from the first to the last, so gaps show as empty weeks, not as nothing.
  function periods(items, bucket) {
    if (!items.length) return [];
    const seen = items.map((i) => i.period).sort();
    const out = [];
    let p = seen[0];
    const last = seen[seen.length - 1];
    while (p <= last && out.length < 2000) {
      out.push(p);
      p = nextPeriod(p, bucket);
    }
    // Too few periods: widen the axis evenly around the data so each bar keeps a bar's width.
    while (out.length < MIN_PERIODS) {
      if (out.length % 2) out.unshift(nextPeriod(out[0], bucket, -1));
      else out.push(nextPeriod(out[out.length - 1], bucket));
    }
    return out;
  }

  ns.Timeline = function (svgNode, onBrush) {
    this.svg = svgNode;
    this.onBrush = onBrush;
    this.items = [];
    this.bucket = "week";
    this.range = null;
    this._bind();
    // Re-draw whenever the SVG changes size (window resize, incident panel opening or closing).
    let lastWidth = 0;
    const redraw = () => {
      const width = this.svg.clientWidth;
      if (width && width !== lastWidth) {
        lastWidth = width;
        this.render(this.items, this.bucket);
      }
    };
    if (window.ResizeObserver) new ResizeObserver(redraw).observe(this.svg);
    else window.addEventListener("resize", redraw);
  };

  ns.Timeline.prototype.setRange = function (from, to) {
    this.range = from || to ? [from, to] : null;
    this._drawBrush();
  };

  ns.Timeline.prototype.render = function (items, bucket) {
    this.items = items || [];
    this.bucket = bucket || "week";
    this.periods = periods(this.items, this.bucket);
    const svg = this.svg;
    ns.clear(svg);
    const width = svg.clientWidth || 600;
    const height = svg.clientHeight || 120;
    this.width = width;
    this.height = height;
    const n = this.periods.length;
    if (!n) {
      svg.append(ns.svg("text", { x: MARGIN.left, y: 30, className: "empty", text: "No dated incidents for these filters." }));
      return;
    }
    const index = new Map(this.periods.map((p, i) => [p, i]));
    const stacks = this.periods.map(() => ({}));
    for (const item of this.items) {
      const i = index.get(item.period);
      if (i !== undefined) stacks[i][item.act] = (stacks[i][item.act] || 0) + item.count;
    }
    const totals = stacks.map((s) => Object.values(s).reduce((a, b) => a + b, 0));
    const max = Math.max(1, ...totals);
    const plotW = width - MARGIN.left - MARGIN.right;
    const plotH = height - MARGIN.top - MARGIN.bottom;
    const band = plotW / n;
    this.band = band;
    const y = (v) => MARGIN.top + plotH - (v / max) * plotH;

    const axis = ns.svg("g", { className: "axis" });
    axis.append(ns.svg("line", { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(0), y2: y(0) }));
    axis.append(ns.svg("text", { x: 2, y: y(max) + 8, text: String(max) }));
    axis.append(ns.svg("text", { x: 2, y: y(0), text: "0" }));
    let lastLabel = -Infinity;
    this.periods.forEach((p, i) => {
      const x = MARGIN.left + i * band;
      const newMonth = i === 0 || p.slice(0, 7) !== this.periods[i - 1].slice(0, 7);
      if (newMonth && x - lastLabel > 48 && x + LABEL_WIDTH <= width) {
        axis.append(ns.svg("text", { x: x, y: height - 4, text: p.slice(0, 7) }));
        lastLabel = x;
      }
    });
    svg.append(axis);

    const bars = ns.svg("g", { className: "bars" });
    stacks.forEach((stack, i) => {
      let base = 0;
      for (const act of ns.ACTS) {
        const v = stack[act];
        if (!v) continue;
        const rect = ns.svg("rect", {
          x: MARGIN.left + i * band + (band > 4 ? 1 : 0),
          width: Math.max(1, band - (band > 4 ? 2 : 0)),
          y: y(base + v), height: Math.max(0.5, y(base) - y(base + v)),
          fill: ns.COLORS[act], "data-act": act, "data-period": this.periods[i],
        });
        rect.append(ns.svg("title", { text: this.periods[i] + " · " + act + ": " + v }));
        bars.append(rect);
        base += v;
      }
    });
    svg.append(bars);
    this.brush = ns.svg("rect", { className: "brush", x: 0, y: MARGIN.top, width: 0, height: plotH, visibility: "hidden" });
    svg.append(this.brush);
    this._drawBrush();
  };

  ns.Timeline.prototype._indexAt = function (clientX) {
    const box = this.svg.getBoundingClientRect();
    const x = clientX - box.left - MARGIN.left;
    return Math.max(0, Math.min(this.periods.length - 1, Math.floor(x / this.band)));
  };

  ns.Timeline.prototype._drawBrush = function () {
    if (!this.brush || !this.periods || !this.periods.length) return;
    if (!this.range) {
      this.brush.setAttribute("visibility", "hidden");
      return;
    }
    const [from, to] = this.range;
    let i0 = 0;
    let i1 = this.periods.length - 1;
    this.periods.forEach((p, i) => {
      if (from && nextPeriod(p, this.bucket) <= from) i0 = i + 1;
      if (to && p <= to) i1 = i;
    });
    if (i1 < i0) i1 = i0;
    this.brush.setAttribute("x", MARGIN.left + i0 * this.band);
    this.brush.setAttribute("width", (i1 - i0 + 1) * this.band);
    this.brush.setAttribute("visibility", "visible");
  };

  ns.Timeline.prototype._bind = function () {
    let start = null;
    let startX = 0;
    const svg = this.svg;
    svg.addEventListener("pointerdown", (ev) => {
      if (!this.periods || !this.periods.length) return;
      start = this._indexAt(ev.clientX);
      startX = ev.clientX;
      svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener("pointermove", (ev) => {
      if (start === null) return;
      const i = this._indexAt(ev.clientX);
      const [a, b] = [Math.min(start, i), Math.max(start, i)];
      this.brush.setAttribute("x", MARGIN.left + a * this.band);
      this.brush.setAttribute("width", (b - a + 1) * this.band);
      this.brush.setAttribute("visibility", "visible");
    });
    svg.addEventListener("pointerup", (ev) => {
      if (start === null) return;
      const i = this._indexAt(ev.clientX);
      const moved = Math.abs(ev.clientX - startX) > 3;
      const [a, b] = [Math.min(start, i), Math.max(start, i)];
      start = null;
      if (!moved && this.range) {
        this.range = null;
        this._drawBrush();
        this.onBrush(null, null);
        return;
      }
      const from = this.periods[a];
      const to = addDays(nextPeriod(this.periods[b], this.bucket), -1);
      this.range = [from, to];
      this._drawBrush();
      this.onBrush(from, to);
    });
  };
})(window.otkaz);
