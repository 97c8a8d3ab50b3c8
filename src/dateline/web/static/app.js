// dateline pages: the overview chart (Chart.js, vendored), focus on a highlighted item, and
// drag-to-zoom on timelines. No inline scripts: the pages' CSP allows only these files.
"use strict";

const QUAD_COLOURS = ["#8a8f99", "#2a9d8f", "#2456a6", "#e09f3e", "#c0392b"];
const SHADES = [1, 0.75, 0.55, 0.4, 0.3];

function drawChart() {
  const canvas = document.getElementById("types-chart");
  const source = document.getElementById("chart-data");
  if (!canvas || !source || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const seen = {};
  const datasets = data.series.map((s) => {
    const n = (seen[s.quad] = (seen[s.quad] || 0) + 1) - 1;
    const colour = QUAD_COLOURS[s.quad] || QUAD_COLOURS[0];
    return { label: s.type, data: s.counts, borderColor: "#fff", borderWidth: 1,
             // types of one quad share its colour, in lighter shades
             backgroundColor: colour + Math.round(255 * SHADES[n % SHADES.length]).toString(16).padStart(2, "0") };
  });
  new Chart(canvas, {
    type: "bar",
    data: { labels: data.months, datasets },
    options: { maintainAspectRatio: false, animation: false,
               scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
               plugins: { legend: { position: "right" } } },
  });
}

function focusHash() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!id) return;
  const el = document.getElementById(id);
  if (!el || !el.classList.contains("hl")) return;
  document.querySelectorAll("mark.focus").forEach((m) => m.classList.remove("focus"));
  document.querySelectorAll(`mark.hl[data-ref="${CSS.escape(el.dataset.ref)}"]`).forEach((m) => {
    // a thread step's evidence is several spans: all of them are shown
    if (m.dataset.start === el.dataset.start || el.classList.contains("hl-evidence")) {
      m.classList.add("focus");
    }
  });
  el.scrollIntoView({ block: "center" });
}

function brushTimeline(svg) {
  const start = Date.parse(svg.dataset.start), end = Date.parse(svg.dataset.end);
  const box = svg.viewBox.baseVal, left = 130, right = box.width - 10;
  let from = null, rect = null;
  const x = (event) => {
    const pt = svg.createSVGPoint();
    pt.x = event.clientX; pt.y = event.clientY;
    return Math.min(Math.max(pt.matrixTransform(svg.getScreenCTM().inverse()).x, left), right);
  };
  const day = (px) => new Date(start + (px - left) / (right - left) * (end - start + 864e5))
    .toISOString().slice(0, 10);
  svg.addEventListener("mousedown", (event) => {
    from = x(event);
    rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    rect.setAttribute("class", "brush");
    rect.setAttribute("y", 0); rect.setAttribute("height", box.height);
    svg.appendChild(rect);
    event.preventDefault();
  });
  svg.addEventListener("mousemove", (event) => {
    if (from === null) return;
    const to = x(event);
    rect.setAttribute("x", Math.min(from, to)); rect.setAttribute("width", Math.abs(to - from));
  });
  window.addEventListener("mouseup", (event) => {
    if (from === null) return;
    const to = x(event), a = Math.min(from, to), b = Math.max(from, to);
    from = null; rect.remove();
    if (b - a < 4) return;
    const url = new URL(window.location.href);
    url.searchParams.set("since", day(a)); url.searchParams.set("until", day(b));
    window.location.assign(url.toString());
  });
}

document.addEventListener("DOMContentLoaded", () => {
  drawChart();
  focusHash();
  window.addEventListener("hashchange", focusHash);
  document.querySelectorAll("svg.timeline").forEach(brushTimeline);
});
