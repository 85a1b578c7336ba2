# Checks mocks/data/*.json against the API contract (docs/product.md, "API contract v1") and the invariants the app's
# tests and screens rely on. Run after generate.py: python3 scripts/sample-data/check.py
# Exits non-zero on the first failed check; prints a summary, including the notes counted by the languages present.
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta

DATA = os.path.join(os.path.dirname(__file__), '..', '..', 'mocks', 'data')
STATUSES = ("not_started", "in_progress", "completed", "delayed", "cancelled")
OPEN = ("not_started", "in_progress", "delayed")
TARGETS = ("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.a", "4.b", "4.c")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:00$")  # Kazakhstan: UTC+5
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
LATIN = re.compile(r"[A-Za-z]")

# Wording the review asked to remove (wording-review.md, "Sample data"); none may come back.
BANNED = ["Төменгі орта", "полного среднего", "Жоғары орта", "emergency condition", "modernised with modern",
          "модернизированных современным", "SDG 4 эталондық", "Мақсаттар", "иллюстративные демонстрационные",
          "Кластерное бюро", "Cluster Office", "кластерлік бюро", "Экологиялық кодекс", "«зелёная школа»",
          "Center", "Министерством финансов", "<", ">", "‹", "›"]


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


def check(cond, message):
    if not cond:
        sys.exit(f"FAIL: {message}")


def localized(value, where, complete=True):
    """A LocalizedText: only kk/ru/en keys, string values, at least one non-empty; `complete` asks for all three."""
    check(isinstance(value, dict) and value, f"{where}: not a LocalizedText")
    check(set(value) <= {"kk", "ru", "en"}, f"{where}: unknown language key in {sorted(value)}")
    check(all(isinstance(v, str) for v in value.values()), f"{where}: a value is not a string")
    check(any(v.strip() for v in value.values()), f"{where}: no non-empty value")
    if complete:
        check(all(value.get(k, "").strip() for k in ("kk", "ru", "en")), f"{where}: missing a language")
    for v in value.values():
        for phrase in BANNED:
            check(phrase not in v, f"{where}: reviewed-out wording {phrase!r} in {v!r}")


def assess(ind):
    """Indicator progress status, docs/product.md "Indicator progress status" (Open SDG method), as src/domain does it."""
    base, targets, unit = ind["baseline"], ind["targets"], ind["unit"]
    later = [a for a in ind["actuals"] if a["year"] > base["year"]]
    if not later or not targets:
        return "insufficient_data"
    latest, final = max(later, key=lambda a: a["year"]), targets[-1]
    if unit == "level":
        if latest["value"] >= final["value"]:
            return "target_achieved"
        if latest["value"] >= int(expected(ind, latest["year"]) // 1):
            return "on_track"
        if latest["value"] < base["value"]:
            return "deterioration"
        return "limited_progress"
    d = 1 if ind["direction"] == "increase" else -1
    if d * (latest["value"] - final["value"]) >= 0:
        return "target_achieved"
    y0, yt, yT = (v or 0.001 for v in (base["value"], latest["value"], final["value"]))
    if (y0 > 0) != (yt > 0) or (y0 > 0) != (yT > 0):
        return "insufficient_data"
    obs = (yt / y0) ** (1 / (latest["year"] - base["year"])) - 1
    req = (yT / y0) ** (1 / (final["year"] - base["year"])) - 1
    if req == 0:
        return "deterioration"
    r = (-1 if y0 < 0 else 1) * d * obs / abs(req)
    return ("on_track" if r >= 0.95 else "acceleration_needed" if r >= 0.6 else
            "limited_progress" if r >= 0 else "deterioration")


def expected(ind, year):
    points = sorted([ind["baseline"]] + [t for t in ind["targets"] if t["year"] > ind["baseline"]["year"]],
                    key=lambda p: p["year"])
    for p in points:
        if p["year"] == year:
            return p["value"]
    if year <= points[0]["year"]:
        return points[0]["value"]
    if year >= points[-1]["year"]:
        return points[-1]["value"]
    hi = next(i for i, p in enumerate(points) if p["year"] > year)
    lo, up = points[hi - 1], points[hi]
    return lo["value"] + (up["value"] - lo["value"]) * (year - lo["year"]) / (up["year"] - lo["year"])


def check_plan(plan, tasks):
    localized(plan["title"], "plan.title")
    localized(plan["committee"], "plan.committee")
    check(DATE.match(plan["period"]["start"]) and DATE.match(plan["period"]["end"]), "plan.period")
    check(TIMESTAMP.match(plan["updatedAt"]), "plan.updatedAt")
    codes = [s["code"] for s in plan["sections"]]
    check(len(codes) == len(set(codes)), "plan.sections: duplicate code")
    for i, s in enumerate(plan["sections"]):
        localized(s["title"], f"plan.sections[{i}].title")
    used = {t["code"].split(".")[0] for t in tasks}
    check(used == set(codes), f"plan.sections {codes} differ from the chapters used by activities {sorted(used)}")
    return {s["code"]: s["title"]["en"] for s in plan["sections"]}


def check_tasks(tasks, owners, indicators, ref):
    check(len(tasks) == 64, f"{len(tasks)} activities, expected 64")
    check([t["id"] for t in tasks] == [f"t-{n:03d}" for n in range(1, 65)], "activity ids are not t-001..t-064")
    for i, t in enumerate(tasks):
        w = f"tasks.items[{i}] ({t['code']})"
        check(t["status"] in STATUSES, f"{w}.status")
        check(isinstance(t["progress"], int) and 0 <= t["progress"] <= 100, f"{w}.progress")
        check(t["ownerId"] in owners and all(p in owners for p in t["partnerIds"]), f"{w}: unknown organisation")
        check(all(x in indicators for x in t["indicatorIds"]), f"{w}: unknown indicator")
        check(t["sdgTargets"] and all(x in TARGETS for x in t["sdgTargets"]), f"{w}.sdgTargets")
        check(DATE.match(t["startDate"]) and DATE.match(t["dueDate"]) and t["startDate"] < t["dueDate"], f"{w} dates")
        check((t["completedDate"] is not None) == (t["status"] == "completed"), f"{w}.completedDate")
        check(TIMESTAMP.match(t["updatedAt"]), f"{w}.updatedAt")
        check(t["progress"] == {"completed": 100, "not_started": 0}.get(t["status"], t["progress"]), f"{w}.progress")
        localized(t["title"], f"{w}.title")
        if "description" in t:
            localized(t["description"], f"{w}.description")
        for k, m in enumerate(t["milestones"]):
            localized(m["title"], f"{w}.milestones[{k}].title")
            check(DATE.match(m["dueDate"]) and isinstance(m["done"], bool), f"{w}.milestones[{k}]")
    status = Counter(t["status"] for t in tasks)
    check(set(status) == set(STATUSES), f"not every status occurs: {status}")
    check(12 <= status["completed"] <= 16 and 20 <= status["in_progress"] <= 28 and 8 <= status["delayed"] <= 12
          and 10 <= status["not_started"] <= 14 and 3 <= status["cancelled"] <= 5,
          f"status proportions drifted from 14/24/10/12/4: {status}")
    overdue = [t for t in tasks if t["status"] in OPEN and t["dueDate"] < ref]
    check(10 <= len(overdue) <= 14, f"{len(overdue)} overdue, expected 10-14")
    in90 = iso_plus(ref, 90)
    upcoming = [t for t in tasks if t["status"] in OPEN and ref <= t["dueDate"] <= in90]
    check(4 <= len(upcoming) <= 6, f"{len(upcoming)} due within 90 days, expected about 5")
    on47 = sum("4.7" in t["sdgTargets"] for t in tasks)
    check(on47 == 34, f"{on47} activities linked to 4.7, expected 34")
    used = {x for t in tasks for x in t["sdgTargets"]}
    check(used == set(TARGETS), f"targets never used: {set(TARGETS) - used}")
    # Technical and vocational education belongs to the Ministry of Education (wording-review.md).
    tvet = [t for t in tasks if t["code"] in ("6.7", "9.8")]
    check(all(t["ownerId"] == "moe" for t in tvet), "activities 6.7 and 9.8 must belong to moe")
    return status, overdue, upcoming, on47


def iso_plus(iso, days):
    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()


def check_updates(updates, tasks, ref):
    by_task = {t["id"]: t for t in tasks}
    check(len({u["id"] for u in updates}) == len(updates), "duplicate update id")
    check([u["at"] for u in updates] == sorted((u["at"] for u in updates), reverse=True), "updates not newest first")
    langs = Counter()
    single = []
    for i, u in enumerate(updates):
        w = f"updates.items[{i}] ({u['id']})"
        check(u["taskId"] in by_task, f"{w}.taskId")
        check(TIMESTAMP.match(u["at"]) and u["at"][:10] <= ref, f"{w}.at")
        check(u["status"] in STATUSES and u.get("previousStatus") in STATUSES + (None,), f"{w} status")
        check(isinstance(u["progress"], int) and 0 <= u["progress"] <= 100, f"{w}.progress")
        note = u.get("note")
        present = tuple(k for k in ("kk", "ru", "en") if note and note.get(k, "").strip())
        langs[present or ("no note",)] += 1
        if note:
            localized(note, f"{w}.note", complete=False)
            if len(present) < 3:
                check(len(present) == 1, f"{w}: a note must have one language or all three, has {present}")
                single.append((u["id"], by_task[u["taskId"]]["code"], present[0]))
            # The author is written in the script of the note (notes.py): Latin only for English-only notes.
            latin = present == ("en",)
            script = LATIN if latin else CYRILLIC
            check(script.search(u["author"]) and not (CYRILLIC if latin else LATIN).search(u["author"]),
                  f"{w}: author {u['author']!r} not in the note's script")
    # Each activity's history is a chain: previousStatus is the status before, the last one is the activity's own.
    for t in tasks:
        own = sorted((u for u in updates if u["taskId"] == t["id"]), key=lambda u: u["at"])
        prev = "not_started"
        for u in own:
            check(u["previousStatus"] == prev, f"{u['id']}: previousStatus {u['previousStatus']}, expected {prev}")
            prev = u["status"]
        if own:
            check((own[-1]["status"], own[-1]["progress"]) == (t["status"], t["progress"]),
                  f"{t['code']}: latest update disagrees with the activity")
            check(all(a["progress"] <= b["progress"] for a, b in zip(own, own[1:])), f"{t['code']}: progress fell")
    return langs, single


def check_staleness(updates, tasks, ref):
    """The "no update for 60 days" flag needs open activities whose last update is 60+ days old, and one with none."""
    last = {}
    for u in updates:
        last[u["taskId"]] = max(last.get(u["taskId"], ""), u["at"][:10])
    cutoff = iso_plus(ref, -60)
    stale = [t["code"] for t in tasks if t["status"] in OPEN and t["id"] in last and last[t["id"]] <= cutoff]
    never = [t["code"] for t in tasks if t["id"] not in last]
    never_started = [t["code"] for t in tasks if t["id"] not in last and t["status"] != "not_started"]
    check(len(stale) >= 4, f"only {len(stale)} open activities with the latest update 60+ days before REF")
    check(never, "every activity has an update")
    recent = sum(u["at"][:10] >= cutoff for u in updates)
    check(195 <= len(updates) <= 225, f"{len(updates)} updates, expected about 210")
    check(35 <= recent <= 40, f"{recent} updates in the last 60 days, expected 35-40")
    return stale, never, never_started, recent


def main():
    plan, owners = load("plan.json"), load("owners.json")["items"]
    indicators, tasks_file, updates = load("indicators.json")["items"], load("tasks.json"), load("updates.json")["items"]
    ref, tasks = tasks_file["referenceDate"], tasks_file["items"]
    check(DATE.match(ref), "tasks.referenceDate")

    check(len(owners) == 21, f"{len(owners)} organisations, expected 21")
    for i, o in enumerate(owners):
        localized(o["name"], f"owners.items[{i}].name")
        if "shortName" in o:
            localized(o["shortName"], f"owners.items[{i}].shortName")
    owner_ids = {o["id"] for o in owners}
    check(len(owner_ids) == 21, "duplicate organisation id")

    check(len(indicators) == 18, f"{len(indicators)} indicators, expected 18")
    progress = {}
    for i, ind in enumerate(indicators):
        localized(ind["name"], f"indicators.items[{i}].name")
        localized(ind["source"], f"indicators.items[{i}].source")
        for k, lv in enumerate(ind.get("levels", [])):
            localized(lv, f"indicators.items[{i}].levels[{k}]")
        check(ind["ownerId"] in owner_ids, f"indicators.items[{i}].ownerId")
        check([t["year"] for t in ind["targets"]] == sorted(t["year"] for t in ind["targets"]), f"{ind['id']} targets")
        progress[ind["id"]] = assess(ind)
    every = {"target_achieved", "on_track", "acceleration_needed", "limited_progress", "deterioration",
             "insufficient_data"}
    check(set(progress.values()) == every, f"progress statuses missing: {every - set(progress.values())}")
    codes = {i["id"]: i["code"] for i in indicators}
    check(codes["ind-4-1-1-math"] == "4.1.1(c) math" and codes["ind-4-1-1-read"] == "4.1.1(c) reading",
          "4.1.1 end of lower secondary is (c)")
    check(next(i for i in indicators if i["id"] == "ind-4-3-tvet")["ownerId"] == "moe", "ind-4-3-tvet owner")

    sections = check_plan(plan, tasks)
    status, overdue, upcoming, on47 = check_tasks(tasks, owner_ids, set(codes), ref)
    langs, single = check_updates(updates, tasks, ref)
    stale, never, never_started, recent = check_staleness(updates, tasks, ref)
    per_lang = Counter(lang for _, _, lang in single)
    check(2 <= per_lang["ru"] <= 4 and 1 <= per_lang["en"] <= 3 and per_lang["kk"] == 1,
          f"single-language notes: {per_lang}, expected about 3 ru, 2 en, 1 kk")

    print(f"OK  reference date {ref}")
    print(f"activities {len(tasks)}: " + ", ".join(f"{s} {status[s]}" for s in STATUSES))
    print(f"overdue {len(overdue)}: {' '.join(t['code'] for t in overdue)}")
    print(f"due within 90 days {len(upcoming)}: {' '.join(t['code'] for t in upcoming)}")
    print(f"linked to 4.7: {on47}; targets used: {' '.join(TARGETS)}")
    print(f"organisations {len(owners)}, indicators {len(indicators)}: "
          + ", ".join(f"{s} {n}" for s, n in sorted(Counter(progress.values()).items())))
    print(f"sections: " + "; ".join(f"{c} {t}" for c, t in sections.items()))
    print(f"updates {len(updates)}, in the last 60 days {recent}")
    print(f"open, latest update 60+ days before REF ({len(stale)}): {' '.join(stale)}")
    print(f"no update at all ({len(never)}): {' '.join(never)}; of them started: {' '.join(never_started) or '-'}")
    print("notes by languages present: " + ", ".join(f"{'+'.join(k)} {n}" for k, n in sorted(langs.items())))
    print("single-language notes: " + ", ".join(f"{i} ({c}, {lang})" for i, c, lang in sorted(single)))


if __name__ == "__main__":
    main()
