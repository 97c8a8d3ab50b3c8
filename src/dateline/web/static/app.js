// dateline pages: the overview chart (Chart.js, vendored), the event map (Leaflet and
// topojson-client, vendored; country outlines from world-atlas, no tile server), focus on a
// highlighted item, and drag-to-zoom on timelines. No inline scripts: the pages' CSP allows only
// these files.
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

// A label as a DOM node: Leaflet puts a string tooltip in as HTML, and names come from articles.
function label(text) {
  const span = document.createElement("span");
  span.textContent = text;
  return span;
}

function plural(n) {
  return `${n} event${n === 1 ? "" : "s"}`;
}

// A ring that crosses the antimeridian, made continuous (180 -> 181, not -179), so Leaflet does
// not draw it as a band across the whole map.
function unwrap(ring) {
  let shift = 0, last = null;
  return ring.map(([x, y]) => {
    if (last !== null) {
      const step = x + shift - last;
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    last = x + shift;
    return [last, y];
  });
}

function unwrapped(feature) {
  const g = feature.geometry;
  if (g.type === "Polygon") g.coordinates = g.coordinates.map(unwrap);
  if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map((p) => p.map(unwrap));
  return feature;
}

const ANTARCTICA = "010";  // a ring around the pole: nothing to locate there, left out

function drawOutlines(map, countries) {
  const byCode = {};
  countries.forEach((c) => { if (c.numeric) byCode[c.numeric] = c; });
  const most = Math.max(1, ...countries.map((c) => c.events));
  fetch("/static/vendor/countries-110m.json").then((r) => r.json()).then((topo) => {
    const shapes = topojson.feature(topo, topo.objects.countries);
    shapes.features = shapes.features.filter((f) => f.id !== ANTARCTICA).map(unwrapped);
    const layer = L.geoJSON(shapes, {
      style: (f) => {
        const c = byCode[f.id];
        const share = c ? 0.15 + 0.55 * Math.sqrt(c.events / most) : 0;
        return { color: "#8a97a8", weight: 0.6, fillColor: c ? "#e09f3e" : "#f7f5f0",
                 fillOpacity: c ? share : 1, className: c ? "map-country located" : "map-country" };
      },
      onEachFeature: (f, shape) => {
        const c = byCode[f.id];
        const name = (f.properties && f.properties.name) || "";
        shape.bindTooltip(label(c ? `${name} (${c.country}): ${plural(c.events)}` : name),
                          { sticky: true });
        if (c) shape.on("click", () => window.location.assign(c.href));
      },
    }).addTo(map);
    layer.bringToBack();
  }).catch(() => { /* the markers still show without outlines */ });
}

function drawMap() {
  const box = document.getElementById("event-map");
  const source = document.getElementById("map-data");
  if (!box || !source || typeof L === "undefined") return;
  const data = JSON.parse(source.textContent);
  const map = L.map(box, { minZoom: 1, maxZoom: 12, worldCopyJump: true, zoomSnap: 0.5 })
    .setView([30, 15], 1.5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outlines: Natural Earth");
  if (typeof topojson !== "undefined") drawOutlines(map, data.countries);
  const most = Math.max(1, ...data.places.map((p) => p.events));
  const markers = data.places.map((p) => L.circleMarker([p.lat, p.lon], {
    radius: 4 + 14 * Math.sqrt(p.events / most), color: "#7a1f16", weight: 1,
    fillColor: "#c0392b", fillOpacity: 0.7, className: "map-marker",
  }).bindTooltip(label(`${p.name}${p.country ? " (" + p.country + ")" : ""}: ${plural(p.events)}`))
    .on("click", () => window.location.assign(p.href)));
  if (markers.length) {
    const group = L.featureGroup(markers).addTo(map);
    map.fitBounds(group.getBounds().pad(0.5), { maxZoom: 6 });
  }
  box.dataset.markers = String(markers.length);
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
  drawMap();
  focusHash();
  window.addEventListener("hashchange", focusHash);
  document.querySelectorAll("svg.timeline").forEach(brushTimeline);
});
