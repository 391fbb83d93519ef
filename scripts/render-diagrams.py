#!/usr/bin/python3
"""Renders each processes/*.bpmn to docs/diagrams/<name>.svg and <name>.png, drawn by bpmn-js (the renderer of
Camunda Modeler, from node_modules: run `npm ci` first) in Debian's headless Chromium, driven by selenium
(python3-selenium). Nothing is downloaded.

Each rendering records the SHA-256 of the BPMN it was drawn from (an SVG comment, a PNG tEXt chunk
"bpmn-sha256"), so that `model/DiagramRenderingsTest` fails when a BPMN changed without a new rendering.

Usage: /usr/bin/python3 scripts/render-diagrams.py   (from the project root; then commit docs/diagrams/)
"""
import base64
import hashlib
import json
import pathlib
import struct
import sys
import tempfile
import zlib

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parent.parent
VIEWER = ROOT / "node_modules/bpmn-js/dist/bpmn-viewer.production.min.js"
ASSETS = ROOT / "node_modules/bpmn-js/dist/assets"
OUT = ROOT / "docs/diagrams"
PNG_SCALE = 1.5

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="{assets}/diagram-js.css"><link rel="stylesheet" href="{assets}/bpmn-js.css">
<script src="{viewer}"></script></head>
<body style="margin:0"><div id="canvas" style="width:3000px;height:2000px"></div></body></html>"""

RENDER = """
const [xml, scale, done] = arguments;
const viewer = new BpmnJS({container: '#canvas'});
viewer.importXML(xml).then(() => viewer.saveSVG()).then(({svg}) => {
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.width * scale);
    canvas.height = Math.ceil(image.height * scale);
    const context = canvas.getContext('2d');
    context.fillStyle = 'white';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    viewer.destroy();
    done({svg: svg, png: canvas.toDataURL('image/png')});
  };
  image.onerror = () => done({error: 'SVG not drawable'});
  image.src = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(svg)));
}).catch(error => done({error: String(error)}));
"""


def png_with_text(png, key, value):
    """The PNG with a tEXt chunk key=value right after its header chunk."""
    data = key.encode("latin-1") + b"\0" + value.encode("latin-1")
    chunk = struct.pack(">I", len(data)) + b"tEXt" + data + struct.pack(">I", zlib.crc32(b"tEXt" + data))
    header_end = 8 + 4 + 4 + 13 + 4  # signature, then the IHDR chunk (length, type, 13 bytes, CRC)
    return png[:header_end] + chunk + png[header_end:]


def main():
    if not VIEWER.exists():
        sys.exit("bpmn-js not found: run `npm ci` in the project root first")
    OUT.mkdir(parents=True, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--allow-file-access-from-files", "--window-size=1600,1200"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(60)
    try:
        with tempfile.TemporaryDirectory() as folder:
            page = pathlib.Path(folder) / "render.html"
            page.write_text(PAGE.format(assets=ASSETS.as_uri(), viewer=VIEWER.as_uri()), encoding="utf-8")
            driver.get(page.as_uri())
            for bpmn in sorted((ROOT / "processes").glob("*.bpmn")):
                source = bpmn.read_bytes()
                digest = hashlib.sha256(source).hexdigest()
                result = driver.execute_async_script(RENDER, source.decode("utf-8"), PNG_SCALE)
                if "error" in result:
                    sys.exit(f"{bpmn.name}: {result['error']}")
                svg = result["svg"].replace("<svg", f"<!-- drawn from processes/{bpmn.name} bpmn-sha256:{digest}"
                                            " by scripts/render-diagrams.py -->\n<svg", 1)
                (OUT / f"{bpmn.stem}.svg").write_text(svg, encoding="utf-8")
                png = base64.b64decode(result["png"].split(",", 1)[1])
                (OUT / f"{bpmn.stem}.png").write_bytes(png_with_text(png, "bpmn-sha256", digest))
                print(f"{bpmn.name} -> docs/diagrams/{bpmn.stem}.svg, .png")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
