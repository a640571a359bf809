// The map page: Natural Earth country outlines (world-atlas TopoJSON) drawn by Leaflet, no tile server.
// Places and events come from /api/places with the page's own filters.
(function () {
  "use strict";
  const box = document.getElementById("map");
  const QUAD_COLOURS = {
    "verbal-cooperation": "#5aa9e6", "material-cooperation": "#1f5f99",
    "verbal-conflict": "#f4a259", "material-conflict": "#c0392b", other: "#777",
  };

  function note(text) {
    box.innerHTML = "";
    const p = document.createElement("p");
    p.className = "map-note";
    p.textContent = text;
    box.appendChild(p);
  }

  if (typeof L === "undefined" || typeof topojson === "undefined") {
    note("The map library is not installed: run `make web-assets`, then reload. The places are listed below.");
    return;
  }

  async function allPlaces(query) {
    const places = [];
    let countries = [];
    for (let offset = 0; ; offset += 500) {
      const sep = query ? "&" : "";
      const response = await fetch(`/api/places?${query}${sep}limit=500&offset=${offset}`);
      const data = await response.json();
      if (!response.ok) throw new Error(data.error || response.statusText);
      places.push(...data.places);
      countries = data.countries;
      if (offset + data.limit >= data.total) return { places, countries };
    }
  }

  function mainQuad(quads) {
    let best = "other", n = 0;
    for (const [quad, count] of Object.entries(quads || {})) if (count > n) { best = quad; n = count; }
    return best;
  }

  function popup(place) {
    const div = document.createElement("div");
    const title = document.createElement("strong");
    title.textContent = place.name + (place.country ? ` (${place.country})` : "");
    div.appendChild(title);
    const meta = document.createElement("div");
    // the page's words, in its interface language: "{mentions} mentions in {articles} articles, {events} events"
    meta.textContent = (box.dataset.popup || "").replace(/\{(\w+)\}/g, (_, name) => place[name]);
    div.appendChild(meta);
    if (place.events) {  // the events behind the count, with the map's own filters
      const all = document.createElement("a");
      const query = new URLSearchParams(box.dataset.query || "");
      query.set("place", place.name);
      all.href = `/events?${query}`;
      all.className = "provenance";
      all.textContent = box.dataset.eventsHere;
      div.appendChild(all);
    }
    for (const event of place.sample) {
      const link = document.createElement("a");
      link.href = `/articles/${encodeURIComponent(event.article_id)}#ev-${event.position}`;
      link.textContent = `${event.type} (${event.status})${event.date ? " " + event.date : ""}`;
      div.appendChild(document.createElement("br"));
      div.appendChild(link);
    }
    return div;
  }

  // Leaflet draws lon/lat on a plane: a ring that crosses the 180th meridian (Russia's far east, Fiji)
  // would be drawn as a streak across the world. Unwrap its longitudes so it stays in one piece;
  // Antarctica (ISO 010), which circles the pole, is left out.
  function unwrap(ring) {
    let previous = ring[0][0];
    return ring.map(([lon, lat]) => {
      while (lon - previous > 180) lon -= 360;
      while (lon - previous < -180) lon += 360;
      previous = lon;
      return [lon, lat];
    });
  }

  function continuous(collection) {
    collection.features = collection.features.filter((f) => f.id !== "010" && f.geometry);
    for (const feature of collection.features) {
      const g = feature.geometry;
      if (g.type === "Polygon") g.coordinates = g.coordinates.map(unwrap);
      if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map((polygon) => polygon.map(unwrap));
    }
    return collection;
  }

  async function draw() {
    const [world, data] = await Promise.all([
      fetch("/vendor/world-atlas/countries-110m.json").then((r) => {
        if (!r.ok) throw new Error("country outlines missing: run `make web-assets`");
        return r.json();
      }),
      allPlaces(box.dataset.query || ""),
    ]);
    box.innerHTML = "";
    // The view must be set before vector layers are added (Leaflet sizes its renderer from it).
    const map = L.map(box, { worldCopyJump: true, minZoom: 1, maxZoom: 8, zoomSnap: 0.25 }).setView([30, 10], 2);
    map.attributionControl.setPrefix("Leaflet").addAttribution("Natural Earth (world-atlas)");
    const events = {};
    for (const c of data.countries) if (c.numeric) events[String(Number(c.numeric))] = c.events;
    const most = Math.max(1, ...Object.values(events));
    const outlines = continuous(topojson.feature(world, world.objects.countries));
    L.geoJSON(outlines, {
      style: (feature) => {
        const n = events[String(Number(feature.id))] || 0;
        return { color: "#8fa3b6", weight: 0.6, fillColor: n ? "#c0392b" : "#f7f5ef", fillOpacity: n ? 0.15 + 0.5 * n / most : 1 };
      },
      onEachFeature: (feature, layer) => layer.bindTooltip(feature.properties.name || ""),
    }).addTo(map);
    const markers = [];
    for (const place of data.places) {
      const colour = QUAD_COLOURS[mainQuad(place.quads)] || "#777";
      const radius = 4 + 3 * Math.sqrt(place.mentions + place.events);
      const marker = L.circleMarker([place.lat, place.lon], {
        radius, color: place.events ? colour : "#4a6fa5", weight: 1.5,
        fillColor: place.events ? colour : "#4a6fa5", fillOpacity: 0.55, className: "place-marker",
      }).bindPopup(popup(place));
      marker.addTo(map);
      markers.push(marker);
    }
    if (markers.length) map.fitBounds(L.featureGroup(markers).getBounds().pad(0.25), { maxZoom: 5 });
    box.dataset.ready = String(markers.length);
  }

  draw().catch((err) => note(`The map could not be drawn: ${err.message}`));
})();
