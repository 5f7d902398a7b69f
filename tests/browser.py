#!/usr/bin/env python3
"""Looks at goodrel's HTML reports in headless Chromium as a reader would, over the DevTools
protocol (--remote-debugging-pipe, standard library only): at a width, it measures the page
(the document must be no wider than the window, no element may stick out of it except inside
a box that scrolls, and no SVG text may run out of its drawing) and takes a screenshot; in
print, it writes a PDF.

    browser.py measure PAGE.html WIDTH SHOT.png   -> prints the measurements as JSON
    browser.py shot PAGE.html WIDTH OUT.png TOP HEIGHT   -> a part of the page
    browser.py pdf PAGE.html OUT.pdf [landscape]

Chromium's own window cannot be narrower than about 500 px; the page is laid out at the
exact width by device emulation, as the browser's phone view does.
"""

import base64
import fcntl
import json
import os
import subprocess
import sys
import tempfile

MEASURE = r"""
(() => {
  const width = document.documentElement.clientWidth;
  // Inside a box that scrolls, or one hidden on purpose (a table's visually hidden head).
  const scrolls = e => {
    for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (style.overflowX === 'auto' || style.overflowX === 'scroll') return true;
      if (style.clipPath !== 'none' && p.getBoundingClientRect().width <= 1) return true;
    }
    return false;
  };
  const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
    (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ').join('.') : '');
  const sticking = [];
  for (const e of document.querySelectorAll('body *')) {
    const r = e.getBoundingClientRect();
    if (r.width > 0 && r.right > width + 0.5 && !scrolls(e)) sticking.push(name(e));
  }
  const clipped = [];
  for (const t of document.querySelectorAll('svg text')) {
    const svg = t.ownerSVGElement, vb = svg.viewBox.baseVal, b = t.getBBox();
    if (!vb || vb.width === 0) continue;
    if (b.x < vb.x - 0.5 || b.x + b.width > vb.x + vb.width + 0.5 ||
        b.y < vb.y - 0.5 || b.y + b.height > vb.y + vb.height + 0.5)
      clipped.push(t.textContent);
  }
  const landmarks = ['header', 'nav', 'main', 'footer']
    .filter(tag => document.querySelector(tag));
  return JSON.stringify({
    window: width,
    document: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
    sticking: sticking.slice(0, 20),
    clipped,
    landmarks,
  });
})()
"""


class Chromium:
    """One headless Chromium, spoken to over the pipe (JSON messages ending in NUL)."""

    def __init__(self):
        self.home = tempfile.mkdtemp()
        to_chromium_r, self.to_chromium = os.pipe()
        self.from_chromium, from_chromium_w = os.pipe()
        # Chromium reads commands on fd 3 and writes answers on fd 4: the child's ends are
        # moved there after the fork (from high numbers, so that nothing is overwritten).
        child_r = fcntl.fcntl(to_chromium_r, fcntl.F_DUPFD, 10)
        child_w = fcntl.fcntl(from_chromium_w, fcntl.F_DUPFD, 10)
        os.close(to_chromium_r)
        os.close(from_chromium_w)

        def to_3_and_4():
            os.dup2(child_r, 3)
            os.dup2(child_w, 4)

        self.proc = subprocess.Popen(
            [
                "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--disable-extensions",
                "--remote-debugging-pipe", f"--user-data-dir={self.home}",
                "about:blank",
            ],
            preexec_fn=to_3_and_4,
            pass_fds=(3, 4),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "HOME": self.home},
        )
        os.close(child_r)
        os.close(child_w)
        self.buffer = b""
        self.next_id = 0
        self.session = None

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_chromium, json.dumps(message).encode() + b"\0")
        while True:
            answer = self.read()
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_chromium, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for(self, event):
        while True:
            if self.read().get("method") == event:
                return

    def open(self, url, width, height=900):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)
        attached = self.send(
            "Target.attachToTarget", {"targetId": target["targetId"], "flatten": True},
            session=False)
        self.session = attached["sessionId"]
        self.send("Page.enable")
        self.send("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600,
        })
        self.send("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return result["result"]["value"]

    def close(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def url_of(path):
    return "file://" + os.path.abspath(path)


def measure(page, width, shot):
    chromium = Chromium()
    try:
        chromium.open(url_of(page), width)
        found = json.loads(chromium.evaluate(MEASURE))
        # The whole page, as tall as it is, at the emulated width.
        chromium.send("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": min(found["height"], 16000), "deviceScaleFactor": 1,
            "mobile": width < 600,
        })
        png = chromium.send("Page.captureScreenshot", {"format": "png"})["data"]
        with open(shot, "wb") as f:
            f.write(base64.b64decode(png))
        print(json.dumps(found))
    finally:
        chromium.close()


def shot(page, width, out, top, height):
    """A screenshot of the part of the page `top` px down, `height` px tall."""
    chromium = Chromium()
    try:
        chromium.open(url_of(page), width)
        png = chromium.send("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": top, "width": width, "height": height, "scale": 1},
        })["data"]
        with open(out, "wb") as f:
            f.write(base64.b64decode(png))
    finally:
        chromium.close()


def pdf(page, out, landscape):
    chromium = Chromium()
    try:
        chromium.open(url_of(page), 1200)
        # The page's own @page size (A4, landscape for the overview) decides the paper.
        data = chromium.send("Page.printToPDF", {
            "landscape": landscape, "preferCSSPageSize": True, "printBackground": True,
            "displayHeaderFooter": False,
        })["data"]
        with open(out, "wb") as f:
            f.write(base64.b64decode(data))
    finally:
        chromium.close()


def main():
    if len(sys.argv) >= 5 and sys.argv[1] == "measure":
        measure(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    elif len(sys.argv) >= 7 and sys.argv[1] == "shot":
        shot(sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5]), int(sys.argv[6]))
    elif len(sys.argv) >= 4 and sys.argv[1] == "pdf":
        pdf(sys.argv[2], sys.argv[3], len(sys.argv) > 4 and sys.argv[4] == "landscape")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
