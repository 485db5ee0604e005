#!/usr/bin/env python3
"""Builds the web page's compact world map from Natural Earth's 1:110m country outlines.

    python3 scripts/build-world-map.py [../shared/data/world/countries-110m.geojson]

Writes Sources/ParleyServer/Resources/web/world.json: one SVG path per country in an
equirectangular projection (x = lon + 180, y = 90 - lat, 0.1-degree grid), with points closer
than TOLERANCE degrees to the previous kept point dropped. Natural Earth is public domain.
Standard library only; rerun it when the source file changes and commit the result.
"""
import json
import os
import sys

TOLERANCE = 0.35  # degrees; keeps outlines recognisable at 1280 px width


def ring_path(ring):
    kept = []
    for lon, lat in ring:
        x, y = round(lon + 180, 1), round(90 - lat, 1)
        if kept and abs(x - kept[-1][0]) < TOLERANCE and abs(y - kept[-1][1]) < TOLERANCE:
            continue
        kept.append((x, y))
    if len(kept) < 3:
        return ""

    def num(v):
        s = f"{v:.1f}".rstrip("0").rstrip(".")
        return s if s not in ("-0", "") else "0"

    parts = [f"M{num(kept[0][0])} {num(kept[0][1])}"]
    parts += [f"L{num(x)} {num(y)}" for x, y in kept[1:]]
    return "".join(parts) + "Z"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "data", "world", "countries-110m.geojson")
    target = os.path.join(root, "Sources", "ParleyServer", "Resources", "web", "world.json")
    with open(source, encoding="utf-8") as f:
        collection = json.load(f)
    countries = []
    for feature in collection["features"]:
        props, geometry = feature["properties"], feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        path = "".join(ring_path(ring) for polygon in polygons for ring in polygon)
        if path:
            countries.append({"a2": props.get("iso_a2"), "a3": props.get("iso_a3"), "name": props["name"], "d": path})
    countries.sort(key=lambda c: c["name"])
    out = {
        "source": "Natural Earth 1:110m Admin 0 countries (public domain), simplified by scripts/build-world-map.py",
        "projection": "equirectangular: x = lon + 180, y = 90 - lat; viewBox 0 0 360 180",
        "countries": countries,
    }
    with open(target, "w", encoding="utf-8") as f:
        json.dump(out, f, separators=(",", ":"), ensure_ascii=False)
        f.write("\n")
    print(f"world map: {len(countries)} countries, {os.path.getsize(target)} bytes -> {os.path.relpath(target, root)}")


if __name__ == "__main__":
    main()
