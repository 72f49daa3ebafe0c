#!/usr/bin/env python3
"""Drives the report's network explorer in headless Chromium (DevTools protocol, scripts/report/cdp.py)
and checks it against the command line's own numbers:

- search a department by id (and by its Chinese name in the Chinese report): the card's metrics equal
  `govnet metrics FILE --format json` (to 1e-9);
- turn a mechanism off: the visible ties are the other mechanisms' ties (`govnet metrics --network
  --mechanism M`, `ties`), and all of them again when it is back on;
- "what if it fails": the departments marked are those of `govnet simulate FILE --remove ID --format
  json` (all mechanisms: lost from or to the centre, or cut off), the efficiency retained and every
  mechanism's lists equal its scenario and curve;
- hovering a department with the mouse opens its card and highlights it; leaving restores the selection;
- a "what if it fails" row picks its mechanism: the departments marked are that mechanism's lists;
- a comparison report: the before / after / overlay switch shows the ties of comparison-ties.csv; split
  and renamed departments carry their own mark (not that of added or removed ones); a removed
  department's card shows its metrics in the earlier network (`govnet metrics BEFORE`) and its "what if
  it fails" equals `govnet simulate BEFORE --remove ID`; a tie only in the earlier network shows its basis;
- a network with hostile names (`</script>`, `<img onerror>`): no script of theirs runs, the card shows
  them as text;
- no console error, no exception, no dialog, and no request other than the report file itself.

Usage: explorer-check.py GOVNET NETWORK [--compare BEFORE --mapping CSV] [--department ID] [--timing N]
Exits 0 when every check passes; prints one line per check. `--timing N` loads the report N times and
prints the time to interactive (Performance API mark `govnet-explorer-ready`, and domInteractive).
"""
import argparse
import csv
import json
import math
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdp  # noqa: E402

failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def run(govnet, *args):
    r = subprocess.run([govnet, *args], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"explorer-check: govnet {' '.join(args)} failed: {r.stderr}")
    return r.stdout


def close(a, b):
    if a is None or b is None:
        return a is None and (b is None or (isinstance(b, float) and math.isnan(b)))
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


class Page:
    def __init__(self, browser, path):
        self.b = browser
        self.url = "file://" + os.path.abspath(path)
        for domain in ("Page", "Runtime", "Log", "Network"):
            browser.call(domain + ".enable")
        browser.events.clear()
        browser.call("Page.navigate", url=self.url)
        browser.wait_for("Page.loadEventFired")
        self.wait("document.getElementById('explorer') && document.getElementById('explorer').dataset.explorer === 'ready'")

    def js(self, expression):
        return self.b.evaluate(expression)

    def wait(self, condition, timeout=30):
        import time
        deadline = time.time() + timeout
        while not self.js(f"!!({condition})"):
            if time.time() > deadline:
                raise TimeoutError(condition)
            time.sleep(0.05)

    def type_search(self, text):
        self.js("document.getElementById('gx-search').value = ''; document.getElementById('gx-search').focus()")
        self.b.call("Input.insertText", text=text)
        for kind in ("keyDown", "keyUp"):
            self.b.call("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter", windowsVirtualKeyCode=13)

    def hover(self, node_id):
        """Moves the mouse onto a department of the drawing (Input.dispatchMouseEvent)."""
        r = self.js(f"(function () {{ var e = document.querySelector('#gx-svg .gx-node[data-id=\"{node_id}\"] circle');"
                    " e.scrollIntoView({block: 'center'}); var b = e.getBoundingClientRect();"
                    " return [b.left + b.width / 2, b.top + b.height / 2]; })()")
        self.b.call("Input.dispatchMouseEvent", type="mouseMoved", x=r[0], y=r[1])

    def unhover(self):
        self.b.call("Input.dispatchMouseEvent", type="mouseMoved", x=1, y=1)

    def visible_ties(self):
        return self.js("Array.prototype.filter.call(document.querySelectorAll('#gx-svg .gx-tie'),"
                       " function (e) { return getComputedStyle(e).display !== 'none'; }).length")

    def card_metrics(self):
        return self.js("Array.prototype.map.call(document.querySelectorAll('#gx-card tr[data-metric]'), function (r) {"
                       " var v = r.querySelector('td').getAttribute('data-value'); return [r.getAttribute('data-metric'), v === '' ? null : Number(v)]; })")

    def problems(self):
        """Console errors, exceptions, dialogs and requests for anything but the page itself."""
        out = []
        for e in self.b.events:
            m, p = e["method"], e.get("params", {})
            if m == "Runtime.exceptionThrown":
                out.append("exception: " + json.dumps(p.get("exceptionDetails", {}))[:300])
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert", "warning"):
                out.append("console " + p["type"] + ": " + json.dumps(p.get("args"))[:300])
            elif m == "Log.entryAdded" and p.get("entry", {}).get("level") in ("error", "warning"):
                out.append("log: " + p["entry"].get("text", "")[:300])
            elif m == "Page.javascriptDialogOpening":
                out.append("dialog: " + p.get("message", ""))
            elif m == "Network.requestWillBeSent" and p.get("request", {}).get("url") != self.url:
                out.append("request: " + p["request"]["url"][:200])
        return out


def mechanism_ties(govnet, network, mechanism):
    out = json.loads(run(govnet, "metrics", network, "--network", "--mechanism", mechanism, "--format", "json", "--quiet"))
    return int(out["network"]["ties"])


def check_report(browser, govnet, network, folder, lang, department=None):
    page = Page(browser, os.path.join(folder, "report.html"))
    data = page.js("JSON.parse(document.getElementById('govnet-data').textContent)")
    nodes = data["nodes"]
    ids = [n["id"] for n in nodes]
    if department is None:
        department = ids[data["centre"]] if data["centre"] is not None else ids[0]
    tag = f"[{os.path.basename(network)} {lang}]"

    # Search by id: the card and its metrics.
    page.type_search(department)
    shown = page.js("document.querySelector('#gx-card h3') && document.querySelector('#gx-card h3').textContent")
    name = nodes[ids.index(department)]["name"]
    check(shown == name, f"{tag} search '{department}' opens its card ({shown!r})")
    metrics = json.loads(run(govnet, "metrics", network, "--format", "json", "--quiet"))
    row = next(n for n in metrics["nodes"] if n["id"] == department)
    card = page.card_metrics()
    check(len(card) > 0, f"{tag} the card lists {len(card)} metrics")
    bad = [(k, v, row.get(k)) for k, v in card if not close(v, row.get(k))]
    check(not bad, f"{tag} card metrics of {department} equal `govnet metrics` (1e-9){': ' + str(bad[:3]) if bad else ''}")

    # Search by a Chinese name (any department that has one).
    zh = next((n for n in nodes if n["names"].get("zh")), None)
    if zh:
        page.type_search(zh["names"]["zh"])
        got = page.js("document.querySelector('#gx-card tr td') && document.querySelector('#gx-card tr td').textContent")
        check(got == zh["id"], f"{tag} search by the Chinese name {zh['names']['zh']} finds {zh['id']} ({got})")
        page.type_search(department)

    # Mechanism toggles: the visible ties.
    mechanisms = [m["id"] for m in data["mechanisms"]]
    per = {m: mechanism_ties(govnet, network, m) for m in mechanisms}
    page.js("document.getElementById('gx-clear').click()")
    total = page.visible_ties()
    check(total == sum(per.values()), f"{tag} all mechanisms on: {total} ties visible, `govnet metrics --network` per mechanism: {sum(per.values())}")
    off = max(mechanisms, key=lambda m: per[m])
    box = f"document.querySelector('#explorer input[type=checkbox][value=\"{off}\"]')"
    page.js(box + ".click()")
    after = page.visible_ties()
    check(after == total - per[off], f"{tag} '{off}' off: {after} ties visible, expected {total - per[off]}")
    page.js(box + ".click()")
    check(page.visible_ties() == total, f"{tag} '{off}' on again: all ties visible")

    # What if it fails.
    page.type_search(department)
    page.js("document.getElementById('gx-whatif').click()")
    marked = set(page.js("Array.prototype.map.call(document.querySelectorAll('#gx-svg .gx-node.gx-lost'), function (e) { return e.getAttribute('data-id'); })"))
    sim = json.loads(run(govnet, "simulate", network, "--remove", department, "--format", "json", "--quiet"))
    scenario = sim["scenario"]
    all_ = next(m for m in scenario["mechanisms"] if m["mechanism"] == "all")
    expected = set(all_["lost_from_center"]) | set(all_["lost_to_center"]) | set(all_["cut_off"])
    check(marked == expected, f"{tag} what if {department} fails: {len(marked)} departments marked, `govnet simulate --remove` {len(expected)}"
          + ("" if marked == expected else f" (only marked {sorted(marked - expected)[:5]}, missing {sorted(expected - marked)[:5]})"))
    retained = page.js("Number(document.querySelector('#gx-whatif-result .gx-efficiency').getAttribute('data-retained'))")
    want = sim["curves"][0]["steps"][1]["efficiency_retained"]
    check(close(retained, want), f"{tag} efficiency retained {retained} = simulate's {want}")
    rows = page.js("Array.prototype.map.call(document.querySelectorAll('#gx-whatif-result tr[data-m]'), function (r) {"
                   " var o = {m: r.getAttribute('data-m')}; r.querySelectorAll('td[data-kind]').forEach(function (d) {"
                   " o[d.getAttribute('data-kind')] = d.getAttribute('data-ids'); }); return o; })")
    table = {r["m"]: r for r in rows}
    mismatched = []
    for m in scenario["mechanisms"]:
        lists = (m["lost_to_center"], m["lost_from_center"], m["cut_off"])
        r = table.get(m["mechanism"])
        if r is None:
            if any(lists):
                mismatched.append(m["mechanism"])
            continue
        got = tuple(sorted(filter(None, r[k].split(" "))) for k in ("to", "from", "cut"))
        if got != tuple(sorted(x) for x in lists):
            mismatched.append(m["mechanism"])
    check(not mismatched, f"{tag} what-if table per mechanism equals the scenario{': ' + str(mismatched) if mismatched else ''}")

    # Per mechanism: each row of the what-if table marks its own mechanism's losses.
    for r in rows:
        if r["m"] == "all":
            continue
        page.js(f"document.querySelector('#gx-whatif-result tr[data-m=\"{r['m']}\"] .gx-pick').click()")
        marked_m = set(page.js("Array.prototype.map.call(document.querySelectorAll('#gx-svg .gx-node.gx-lost'), function (e) { return e.getAttribute('data-id'); })"))
        want_m = set(filter(None, " ".join(r[k] for k in ("to", "from", "cut")).split(" ")))
        check(marked_m == want_m, f"{tag} what-if row '{r['m']}' marks its own {len(want_m)} departments ({len(marked_m)} marked)")
        break

    # Hover: the card of the department under the mouse, then back to the selection.
    page.js("document.getElementById('gx-clear').click(); document.getElementById('gx-svg').scrollIntoView()")
    other = next(n["id"] for n in nodes if n["id"] != department and n["x"] is not None)
    page.type_search(department)
    page.hover(other)
    hovered = page.js("document.querySelector('#gx-card h3').textContent")
    check(hovered == nodes[ids.index(other)]["name"] and page.js(f"document.querySelector('#gx-svg .gx-node[data-id=\"{other}\"]').classList.contains('gx-hover')"),
          f"{tag} hovering {other} shows its card ({hovered!r})")
    page.unhover()
    check(page.js("document.querySelector('#gx-card h3').textContent") == name, f"{tag} leaving it shows the selected {department} again")

    # Keyboard: a department reached by Tab and selected with Enter.
    page.js("document.querySelector('#gx-svg .gx-node').focus()")
    for kind in ("keyDown", "keyUp"):
        browser.call("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter", windowsVirtualKeyCode=13)
    check(page.js("!!document.querySelector('#gx-svg .gx-node.gx-selected')"), f"{tag} Enter on a focused department selects it")

    problems = page.problems()
    check(not problems, f"{tag} no console error, exception, dialog or request{': ' + '; '.join(problems[:5]) if problems else ''}")
    return page


def check_comparison(browser, govnet, before, folder):
    page = Page(browser, os.path.join(folder, "report.html"))
    counts = {"before": 0, "after": 0}
    union = 0
    with open(os.path.join(folder, "comparison-ties.csv"), encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            if row["Mechanism"] == "all":
                continue
            b, a = int(row["before"]), int(row["after"])
            counts["before"] += b
            counts["after"] += a
            union += a + int(row["removed"])
    for version, want in [("after", counts["after"]), ("before", counts["before"]), ("overlay", union)]:
        page.js(f"document.querySelector('input[name=gx-version][value={version}]').click()")
        got = page.visible_ties()
        check(got == want, f"[comparison] {version}: {got} ties visible, comparison-ties.csv: {want}")
    positions = page.js("Array.prototype.map.call(document.querySelectorAll('#gx-svg .gx-node'), function (e) { return e.getAttribute('transform'); }).join('|')")
    page.js("document.querySelector('input[name=gx-version][value=before]').click()")
    same = page.js("Array.prototype.map.call(document.querySelectorAll('#gx-svg .gx-node'), function (e) { return e.getAttribute('transform'); }).join('|')")
    check(positions == same, "[comparison] departments keep their places across before / after / overlay")
    # Split and renamed departments have marks of their own, distinct from added and removed.
    data = page.js("JSON.parse(document.getElementById('govnet-data').textContent)")
    nodes = data["nodes"]
    for status in ("split", "renamed", "merged", "added", "removed"):
        ids = [n["id"] for n in nodes if n.get("cmp") == status]
        if not ids:
            continue
        marked = page.js(f"document.querySelectorAll('#gx-svg .gx-node.gx-s-{status}').length")
        check(marked == len(ids), f"[comparison] {len(ids)} {status} departments marked {status} ({marked})")
    colours = page.js("(function () { var o = {}; ['split', 'renamed', 'added', 'removed'].forEach(function (s) {"
                      " var e = document.querySelector('#gx-svg .gx-node.gx-s-' + s + ' circle'); if (e) { var c = getComputedStyle(e);"
                      " o[s] = c.stroke + ' ' + c.strokeDasharray + ' ' + c.fill; } }); return o; })()")
    check(len(set(colours.values())) == len(colours), f"[comparison] split, renamed, added and removed look different: {colours}")
    legend = page.js("Array.prototype.map.call(document.querySelectorAll('#gx-legend .gx-key'), function (e) { return e.getAttribute('data-status'); })")
    check(set(legend) == {n.get("cmp") for n in nodes} - {"unchanged"}, f"[comparison] the legend lists the statuses present: {legend}")

    # A removed department: its metrics and "what if it fails" in the earlier network.
    removed = [n for n in nodes if n.get("cmp") == "removed"]
    for gone in [n["id"] for n in removed[:3]]:
        page.js("document.querySelector('input[name=gx-version][value=before]').click()")
        page.type_search(gone)
        metrics = json.loads(run(govnet, "metrics", before, "--format", "json", "--quiet"))
        row = next(n for n in metrics["nodes"] if n["id"] == gone)
        card = page.card_metrics()
        bad = [(k, v, row.get(k)) for k, v in card if not close(v, row.get(k))]
        check(card and not bad, f"[comparison] removed {gone}: {len(card)} card metrics equal `govnet metrics BEFORE`{': ' + str(bad[:3]) if bad else ''}")
        page.js("document.getElementById('gx-whatif').click()")
        sim = json.loads(run(govnet, "simulate", before, "--remove", gone, "--format", "json", "--quiet"))
        rows = page.js("Array.prototype.map.call(document.querySelectorAll('#gx-whatif-result tr[data-m]'), function (r) {"
                       " var o = {m: r.getAttribute('data-m')}; r.querySelectorAll('td[data-kind]').forEach(function (d) {"
                       " o[d.getAttribute('data-kind')] = d.getAttribute('data-ids'); }); return o; })")
        table = {r["m"]: r for r in rows}
        mismatched = []
        for m in sim["scenario"]["mechanisms"]:
            lists = (m["lost_to_center"], m["lost_from_center"], m["cut_off"])
            r = table.get(m["mechanism"])
            got = tuple(sorted(filter(None, r[k].split(" "))) for k in ("to", "from", "cut")) if r else ([], [], [])
            if got != tuple(sorted(x) for x in lists):
                mismatched.append(m["mechanism"])
        check(not mismatched, f"[comparison] what if removed {gone} fails equals `govnet simulate BEFORE --remove` per mechanism{': ' + str(mismatched) if mismatched else ''}")
        retained = page.js("Number(document.querySelector('#gx-whatif-result .gx-efficiency').getAttribute('data-retained'))")
        want = sim["curves"][0]["steps"][1]["efficiency_retained"]
        check(close(retained, want), f"[comparison] removed {gone}: efficiency retained {retained} = simulate's {want}")

    # A tie only in the earlier network: its card shows the earlier basis.
    ties = data["ties"]
    k = next((i for i, t in enumerate(ties) if t.get("c") == "removed" and t.get("bn")), None)
    if k is not None:
        page.js(f"document.querySelector('input[name=gx-version][value=overlay]').click();"
                f" document.querySelector('#gx-svg .gx-tie[data-tie=\"{k}\"]').dispatchEvent(new MouseEvent('click', {{bubbles: true}}))")
        shown = page.js("document.querySelector('#gx-card .gx-tiecard').textContent")
        check(ties[k]["bn"] in shown, f"[comparison] a removed tie's card shows its basis ({ties[k]['bn']})")

    problems = page.problems()
    check(not problems, f"[comparison] no console error, exception, dialog or request{': ' + '; '.join(problems[:5]) if problems else ''}")


HOSTILE = """title: "</script><script>window.__govnetPwned = 1</script>"
departments:
  - {id: EMB, name: "</script><script>window.__govnetPwned = 2</script>", names: {zh: "</script>应急管理局"}, kind: emergency-management, level: municipal, coordinator: true}
  - {id: "B<img>", name: "<img src=x onerror=\\"window.__govnetPwned = 3\\">", kind: fire-rescue, level: municipal}
  - {id: C, name: "C & D \\u2028 <!-- -->", kind: health, level: municipal}
  - {id: D, name: "'; window.__govnetPwned = 4; '", kind: water, level: municipal}
ties:
  - {from: EMB, to: "B<img>", mechanism: command, basis: law}
  - {from: "B<img>", to: C, mechanism: information, basis: informal}
  - {from: C, to: D, mechanism: material}
  - {from: D, to: EMB, mechanism: information}
"""


def check_hostile(browser, govnet, workdir):
    path = os.path.join(workdir, "hostile.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(HOSTILE)
    folder = os.path.join(workdir, "hostile")
    run(govnet, "report", path, "-o", folder, "--random-runs", "5", "--robustness", "0", "--quiet")
    page = Page(browser, os.path.join(folder, "report.html"))
    check(page.js("window.__govnetPwned === undefined"), "[hostile] no script from a name ran")
    check(page.js("document.querySelectorAll('img').length === 0"), "[hostile] no <img> element from a name")
    page.type_search("B<img>")
    shown = page.js("document.querySelector('#gx-card h3').textContent")
    check(shown == '<img src=x onerror="window.__govnetPwned = 3">', f"[hostile] the card shows the name as text ({shown!r})")
    page.type_search("EMB")
    check(page.js("document.querySelector('#gx-card h3').textContent") == "</script><script>window.__govnetPwned = 2</script>",
          "[hostile] a name with </script> shows as text")
    problems = page.problems()
    check(not problems, f"[hostile] no console error, exception, dialog or request{': ' + '; '.join(problems[:5]) if problems else ''}")


def timing(browser, folder, runs):
    """Time to interactive of the explorer (ms since navigation start), best and all runs."""
    marks = []
    for _ in range(runs):
        page = Page(browser, os.path.join(folder, "report.html"))
        marks.append(page.js("(function () { var m = performance.getEntriesByName('govnet-explorer-ready')[0];"
                             " var n = performance.getEntriesByType('navigation')[0];"
                             " return [m.startTime, n.domInteractive, n.loadEventEnd]; })()"))
    return marks


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("govnet")
    parser.add_argument("network")
    parser.add_argument("--compare")
    parser.add_argument("--mapping")
    parser.add_argument("--department")
    parser.add_argument("--timing", type=int, default=0)
    parser.add_argument("--report", help="an existing report folder to time (with --timing)")
    a = parser.parse_args()
    if not cdp.find_browser():
        print("explorer-check: no Chromium found", file=sys.stderr)
        return 2
    browser = cdp.Browser()
    try:
        with tempfile.TemporaryDirectory() as work:
            if a.timing and a.report:
                for t in timing(browser, a.report, a.timing):
                    print(f"explorer ready {t[0]:.0f} ms, domInteractive {t[1]:.0f} ms, load end {t[2]:.0f} ms")
                return 0
            for lang in ("en", "zh"):
                folder = os.path.join(work, "report-" + lang)
                args = ["report", a.network, "-o", folder, "--lang", lang, "--random-runs", "5", "--robustness", "0", "--quiet"]
                run(a.govnet, *args)
                check_report(browser, a.govnet, a.network, folder, lang, a.department)
            if a.compare:
                folder = os.path.join(work, "report-compare")
                args = ["report", a.network, "--compare", a.compare, "-o", folder, "--random-runs", "5", "--robustness", "0", "--quiet"]
                if a.mapping:
                    args += ["--mapping", a.mapping]
                run(a.govnet, *args)
                check_comparison(browser, a.govnet, a.compare, folder)
            check_hostile(browser, a.govnet, work)
    finally:
        browser.close()
    if failures:
        print(f"explorer-check: {len(failures)} check(s) failed", file=sys.stderr)
        return 1
    print("explorer-check: every check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
