#!/usr/bin/env python3
"""The headless-browser check of `relmap report`: builds a report of a corpus with the relmap
binary, opens it in headless Chromium (Debian's chromium and chromium-driver, driven by Selenium;
scripts/setup_browser.sh installs them) with the network cut off, and checks what a reader does:

- the page loads with no error in the console (no SEVERE log entry) and no request leaves the file;
- clicking an edge of the map opens the panel with its sentences, the trigger marked;
- clicking an actor lists its relations;
- unticking a relation type, and a polarity, hides those edges of the map, and "Show all" brings them back;
- clicking a column heading of the ranking reorders its rows, and again reverses them;
- the timeline and the coverage are drawn;
- on a corpus made here (26 articles stating one relation, one of them with markup and a script in
  its title, address and sentence): the edge's 26 sentences come 20 a page, and none of that text
  runs or becomes markup.

Prints one "ok NAME" or "FAIL NAME: why" line a check, saves screenshots (SCREENSHOT.png: the
top of the page; -panel.png: an edge's sentences open; -full.png: the whole page), and exits
non-zero when a check fails.

usage: check_report.py RELMAP CORPUS [SCREENSHOT.png]
"""
import json
import os
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

failures = []


def check(name, ok, why=""):
    print(("ok " if ok else "FAIL ") + name + ("" if ok else ": " + why), flush=True)
    if not ok:
        failures.append(name)


def browser():
    options = Options()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--proxy-server=http://0.0.0.0:9", "--proxy-bypass-list=<-loopback>"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    for path in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if os.path.exists(path):
            options.binary_location = path
            break
    driver_path = next((p for p in ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver") if os.path.exists(p)), None)
    return webdriver.Chrome(options=options, service=Service(driver_path) if driver_path else Service())


def click(driver, element):
    """Clicks `element` as a reader would, once it is scrolled to the middle of the window (the
    page's sticky header covers the top)."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def visible_edges(driver):
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#map g.edge')).filter(g => getComputedStyle(g).display !== 'none').length")


HOSTILE = "</script><img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script> & <b>bold</b>"


def check_hostile_corpus(relmap, work):
    """A report of 26 articles stating CHN protests against PHL, the last one hostile: paging and escaping."""
    corpus = os.path.join(work, "hostile.jsonl")
    with open(corpus, "w", encoding="utf-8") as f:
        for i in range(25):
            f.write(json.dumps({"id": f"p{i:02d}", "title": f"Protest {i}", "date": f"2024-{i % 12 + 1:02d}-10", "lang": "en",
                                "url": f"https://example.org/{i}", "text": f"China protested against the Philippines over reef {i}."}) + "\n")
        f.write(json.dumps({"id": "evil", "title": "Title " + HOSTILE, "date": "2024-12-31", "lang": "en", "url": "javascript:window.__pwned=3",
                            "text": "China protested against the Philippines " + HOSTILE + "."}) + "\n")
    page = os.path.join(work, "hostile.html")
    run = subprocess.run([relmap, "report", corpus, "-o", page, "--title", "Hostile " + HOSTILE], capture_output=True, text=True)
    check("report of the hostile corpus written", run.returncode == 0, run.stderr.strip())
    if run.returncode != 0:
        return
    driver = browser()
    try:
        driver.get("file://" + page)
        severe = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        check("hostile corpus: no console error", not severe, "; ".join(severe)[:600])
        check("hostile corpus: the title is text", driver.find_element(By.TAG_NAME, "h1").text == "Hostile " + HOSTILE,
              driver.find_element(By.TAG_NAME, "h1").text)
        driver.execute_script("document.getElementById('edge-CHN-PHL-protest').dispatchEvent(new MouseEvent('click', {bubbles: true}))")
        items = driver.find_elements(By.CSS_SELECTOR, "#panel ol.evidence li")
        pager = driver.find_element(By.CSS_SELECTOR, "#panel .pager").text
        check("26 sentences come 20 a page", len(items) == 20 and "1–20 of 26" in pager, f"{len(items)} shown, pager {pager!r}")
        nxt = [b for b in driver.find_elements(By.CSS_SELECTOR, "#panel .pager button") if "next" in b.text]
        if nxt:
            click(driver, nxt[0])
        items = driver.find_elements(By.CSS_SELECTOR, "#panel ol.evidence li")
        check("the next page holds the other 6", len(items) == 6, f"{len(items)} shown")
        texts = [i.text for i in items]
        check("hostile text shown as text", any(HOSTILE in t for t in texts), str(texts[-1:])[:300])
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#panel a")]
        check("only http(s) links", links and all(h.startswith("https://") for h in links), str(links))
        pwned = driver.execute_script("return window.__pwned === undefined && document.querySelectorAll('img[src=x], b').length === 0")
        check("no script or markup from the data ran", pwned, "window.__pwned was set or markup was made")
    finally:
        driver.quit()


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    relmap, corpus = sys.argv[1], sys.argv[2]
    shot = sys.argv[3] if len(sys.argv) > 3 else "report-screenshot.png"
    work = tempfile.mkdtemp(prefix="relmap-report-check-")
    page = os.path.join(work, "report.html")
    # Periods that split the examples (2021-2024) in two, so that the diff section is drawn too.
    run = subprocess.run([relmap, "report", corpus, "-o", page, "--before", "..2022", "--after", "2023.."],
                         capture_output=True, text=True)
    check("report written", run.returncode == 0 and os.path.exists(page), run.stderr.strip())
    if failures:
        sys.exit(1)
    html = open(page, encoding="utf-8").read()
    check("self-contained (no external script, style or image)",
          not any(s in html for s in ('src="http', "src='http", 'href="http://fonts', "@import", "<link ")),
          "the page refers to something outside it")
    driver = browser()
    try:
        driver.get("file://" + page)
        WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
        driver.execute_script("document.body.offsetHeight")
        logs = driver.get_log("browser")
        severe = [entry["message"] for entry in logs if entry["level"] == "SEVERE"]
        check("no console error on load", not severe, "; ".join(severe)[:600])
        resources = driver.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
        check("no request leaves the file", not resources, ", ".join(resources)[:300])

        edges = driver.find_elements(By.CSS_SELECTOR, "#map g.edge")
        nodes = driver.find_elements(By.CSS_SELECTOR, "#map g.node")
        check("map drawn with actors and edges", len(edges) > 0 and len(nodes) > 0, f"{len(nodes)} actors, {len(edges)} edges")
        total = len(edges)

        # An edge: clicked through the script's own handler, as a tap on its path would be.
        first = driver.execute_script(
            "const g = document.querySelector('#map g.edge'); g.dispatchEvent(new MouseEvent('click', {bubbles: true})); return g.id")
        panel = driver.find_element(By.ID, "panel")
        WebDriverWait(driver, 5).until(lambda d: panel.is_displayed())
        sentences = driver.find_elements(By.CSS_SELECTOR, "#panel ol.evidence li")
        marks = driver.find_elements(By.CSS_SELECTOR, "#panel ol.evidence li mark")
        meta = driver.find_elements(By.CSS_SELECTOR, "#panel ol.evidence li .meta")
        check("clicking an edge shows its sentences", len(sentences) > 0 and len(marks) > 0 and all(m.text for m in meta),
              f"edge {first}: {len(sentences)} sentences, {len(marks)} triggers marked")
        # A real click on the map, at the edge's path, must reach it too.
        click(driver, driver.find_element(By.ID, "panel-close"))
        # A pointer at the middle of each edge's line: what it hits (edges may cross there).
        hits = driver.execute_script(
            "window.scrollTo(0, 0); const out = [];"
            "for (const g of document.querySelectorAll('#map g.edge')) {"
            "  const p = g.querySelector('path'); if (!p) continue; p.scrollIntoView({block: 'center'});"
            "  const pt = p.getPointAtLength(p.getTotalLength() / 2), m = p.getScreenCTM();"
            "  const x = pt.x * m.a + pt.y * m.c + m.e, y = pt.x * m.b + pt.y * m.d + m.f;"
            "  const r = document.elementFromPoint(x, y); const hit = r && r.closest('g.edge');"
            "  out.push([g.id, hit ? hit.id : (r ? r.tagName : null), x, y]); }"
            "return out")
        own = [h for h in hits if h[0] == h[1]]
        check("a pointer on an edge's line hits that edge", len(own) >= 0.7 * len(hits),
              f"{len(own)} of {len(hits)}; missed: {[h for h in hits if h[0] != h[1]][:3]}")
        if own:
            driver.execute_script(
                "const p = document.getElementById(arguments[0]).querySelector('path'); p.scrollIntoView({block: 'center'});"
                "const pt = p.getPointAtLength(p.getTotalLength() / 2), m = p.getScreenCTM();"
                "document.elementFromPoint(pt.x * m.a + pt.y * m.c + m.e, pt.x * m.b + pt.y * m.d + m.f)"
                ".dispatchEvent(new MouseEvent('click', {bubbles: true}))", own[-1][0])
            check("clicking there opens that edge's sentences", panel.is_displayed()
                  and len(driver.find_elements(By.CSS_SELECTOR, "#panel ol.evidence li")) > 0, "panel closed")
        driver.save_screenshot(shot.replace(".png", "-panel.png"))

        driver.execute_script("document.querySelector('#map g.node').dispatchEvent(new MouseEvent('click', {bubbles: true}))")
        relations = driver.find_elements(By.CSS_SELECTOR, "#panel ul.edges li button")
        check("clicking an actor lists its relations", len(relations) > 0, "no relation listed")
        if relations:
            click(driver, relations[0])
            check("an actor's relation opens its sentences", len(driver.find_elements(By.CSS_SELECTOR, "#panel ol.evidence li")) > 0, "none")

        # Filters: each type unticked in turn hides that type's edges.
        boxes = driver.find_elements(By.CSS_SELECTOR, "#filter-types input[type=checkbox]")
        check("type filter offered", len(boxes) > 0, "no type checkbox")
        if boxes:
            kind = boxes[0].get_attribute("value")
            of_kind = driver.execute_script(
                "return Array.from(document.querySelectorAll('#map g.edge')).filter(g => g.classList.contains(arguments[0])).length", kind)
            click(driver, boxes[0])
            after = visible_edges(driver)
            hidden_kind = driver.execute_script(
                "return Array.from(document.querySelectorAll('#map g.edge')).filter(g => g.classList.contains(arguments[0]) && getComputedStyle(g).display !== 'none').length", kind)
            check("a type filter hides edges", after < total and hidden_kind == 0 and after >= total - of_kind,
                  f"{kind}: {total} edges, {of_kind} of that type, {after} still shown")
            click(driver, driver.find_element(By.ID, "filter-reset"))
            check("'Show all' shows them again", visible_edges(driver) == total, f"{visible_edges(driver)} of {total}")
        pols = driver.find_elements(By.CSS_SELECTOR, "#filter-polarity input[type=checkbox]")
        if pols:
            click(driver, pols[0])
            after = visible_edges(driver)
            check("a polarity filter hides edges", after < total, f"{pols[0].get_attribute('value')}: {after} of {total} shown")
            click(driver, driver.find_element(By.ID, "filter-reset"))
        months = driver.find_elements(By.CSS_SELECTOR, "#period-from option")
        if len(months) > 1:
            driver.execute_script("const s = document.getElementById('period-from'); s.value = s.options[s.options.length - 1].value; s.dispatchEvent(new Event('change'))")
            after = visible_edges(driver)
            check("a period filter hides edges", after < total, f"last month only: {after} of {total} shown")
            click(driver, driver.find_element(By.ID, "filter-reset"))

        # The ranking: sorting by a column reorders the rows.
        def column(k):
            return driver.execute_script(
                "return Array.from(document.querySelectorAll('#rank-table tbody tr')).map(r => r.children[arguments[0]].textContent)", k)
        before = column(1)
        heads = driver.find_elements(By.CSS_SELECTOR, "#rank-table thead th")
        click(driver, heads[1])  # actor id, A to Z
        by_id = column(1)
        check("sorting the ranking by a column reorders it", by_id == sorted(by_id) and by_id != before,
              f"{before[:5]} -> {by_id[:5]}")
        click(driver, heads[1])
        check("sorting again reverses it", column(1) == sorted(by_id, reverse=True), str(column(1)[:5]))
        measure = heads[4].text
        click(driver, heads[4])
        values = [float(v) for v in column(4)]
        check(f"sorting by {measure} orders its values", values == sorted(values, reverse=True), str(values[:6]))

        bars = driver.find_elements(By.CSS_SELECTOR, "#timeline-chart rect.bar")
        check("timeline drawn", len(bars) > 0, "no bar")
        check("coverage shown", "articles" in driver.find_element(By.ID, "coverage").text, "no coverage")
        check("diff shown", driver.find_element(By.ID, "diff-section").is_displayed()
              and len(driver.find_elements(By.CSS_SELECTOR, "#diff-section svg g.edge")) > 0, "no diff section")

        click(driver, driver.find_element(By.ID, "filter-reset"))
        click(driver, driver.find_element(By.ID, "panel-close"))
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(shot)
        driver.set_window_size(1400, driver.execute_script("return document.body.scrollHeight") + 40)
        driver.save_screenshot(shot.replace(".png", "-full.png"))
        late = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        check("no console error after the clicks", not late, "; ".join(late)[:600])
    finally:
        driver.quit()
    check_hostile_corpus(relmap, work)
    print(f"screenshots: {shot}, {shot.replace('.png', '-panel.png')}, {shot.replace('.png', '-full.png')}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
