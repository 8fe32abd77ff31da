#!/usr/bin/env python3
"""Screenshots of each card of the calculator page, at a phone's and a desktop's width.

Drives headless Chromium through its DevTools protocol over a pipe (--remote-debugging-pipe:
JSON messages ended by a NUL byte on file descriptors 3 and 4), so one browser does every shot,
the phone is a real 390-pixel viewport (device emulation, no 500-pixel window minimum), and each
PNG is clipped to its card. Standard library only.

    capture.py BASE_URL QUERY OUT_DIR
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

CARDS = ["best", "method1", "method2", "compare", "model", "ledger", "plan", "batch", "catalog"]
WIDTHS = {"phone": (390, 844, True), "desktop": (1366, 900, False)}
LIMIT = 200_000  # bytes per PNG


class Browser:
    def __init__(self, binary, profile):
        to_chrome = os.pipe()
        from_chrome = os.pipe()

        def wire():  # the child's fd 3 reads our commands, its fd 4 writes the answers
            os.dup2(to_chrome[0], 3)
            os.dup2(from_chrome[1], 4)

        self.process = subprocess.Popen(
            [binary, "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
             "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars",
             "--user-data-dir=" + profile, "about:blank"],
            pass_fds=(3, 4), preexec_fn=wire, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome[0])
        os.close(from_chrome[1])
        self.write = os.fdopen(to_chrome[1], "wb")
        self.read = os.fdopen(from_chrome[0], "rb")
        self.next_id = 0
        self.buffer = b""

    def call(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.write.write(json.dumps(message).encode() + b"\0")
        self.write.flush()
        while True:
            while b"\0" not in self.buffer:
                chunk = self.read.read1(1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed the pipe during " + method)
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            answer = json.loads(raw)
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(method + ": " + json.dumps(answer["error"]))
                return answer.get("result", {})

    def close(self):
        try:
            self.call("Browser.close")
        except Exception:
            pass
        self.process.wait(timeout=10)


def shoot(browser, url, name, width, height, mobile, out):
    target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    browser.call("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}, session)
    browser.call("Page.navigate", {"url": url}, session)
    check = ""
    deadline = time.time() + 30
    while not check and time.time() < deadline:  # the page writes its self-check when every card is done
        time.sleep(0.3)
        result = browser.call("Runtime.evaluate", {"expression":
                              "(document.getElementById('page-check') || {}).textContent || ''",
                              "returnByValue": True}, session)
        check = result["result"].get("value", "")
    if not check:
        raise RuntimeError("the page did not finish at " + name)
    report = json.loads(check)
    if report["script_errors"] or report["overflowing"]:
        print(f"warning at {name}: errors {report['script_errors']}, overflowing {report['overflowing']}")
    written = []
    for card in CARDS:
        box = report["cards"][card]
        scale = 1.0
        while True:
            clip = {"x": box["left"], "y": box["top"], "width": box["width"], "height": box["height"], "scale": scale}
            data = base64.b64decode(browser.call("Page.captureScreenshot",
                                                 {"format": "png", "clip": clip, "captureBeyondViewport": True},
                                                 session)["data"])
            if len(data) < LIMIT or scale < 0.5:
                break
            scale = round(scale * 0.8, 2)
        path = os.path.join(out, f"{card}-{name}.png")
        with open(path, "wb") as file:
            file.write(data)
        written.append((path, len(data), scale))
    browser.call("Target.closeTarget", {"targetId": target})
    return written


def main():
    base, query, out = sys.argv[1:4]
    binary = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("google-chrome")
    if not binary:
        sys.exit("no chromium on PATH (apt-get install chromium)")
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        browser = Browser(binary, profile)
        try:
            for name, (width, height, mobile) in WIDTHS.items():
                for path, size, scale in shoot(browser, f"{base}/?{query}&check", name, width, height, mobile, out):
                    print(f"{path}: {size // 1024} KB" + (f" (scale {scale})" if scale != 1 else ""))
        finally:
            browser.close()


if __name__ == "__main__":
    main()
