# Writes mocks/data/{plan,owners,indicators,tasks,updates}.json: the sample action plan as of REF (2026-06-01).
# Deterministic (seeded): the same files on every run. Run: python3 scripts/sample-data/generate.py
# Then check the invariants the app's tests and screens rely on: python3 scripts/sample-data/check.py
#
# The JSON is only ever written by this script: edit the data here (and in activities.py, owners.py, indicators.py,
# notes.py), never in mocks/data. Facts come from /work/shared/domain (sources cited in each module); dates, statuses,
# progress and notes are invented, and shaped so every state the dashboard shows occurs (see ROLE_COUNTS).
import json
import os
import random
import sys
from collections import Counter
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(__file__))
from activities import A, SECTIONS  # noqa: E402
from indicators import INDICATORS  # noqa: E402
from notes import NOTES, SECRETARIAT, SINGLE_LANGUAGE_NOTES, author  # noqa: E402
from owners import OWNERS  # noqa: E402

random.seed(2023)
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'mocks', 'data')
REF = date(2026, 6, 1)  # the plan's "today"; the mock db moves every date so that REF becomes the real today
DAY = timedelta(days=1)


def L(kk, ru, en):
    return {"kk": kk, "ru": ru, "en": en}


def iso(d):
    return d.isoformat()


def ts(d, h=11, m=0):
    # Kazakhstan has one time zone, UTC+5, since 1 March 2024.
    return f"{d.isoformat()}T{h:02d}:{m:02d}:00+05:00"


def between(a, b):
    """A random date from a to b inclusive."""
    return a + random.randint(0, max(0, (b - a).days)) * DAY


def days_before_ref(lo, hi):
    return REF - random.randint(lo, hi) * DAY


# --- The plan --------------------------------------------------------------------------------------------------
# "жөніндегі" / "в рамках" name the committee as it was reactivated (docs/product.md: "National Education Committee under
# SDG 4"); the same form is used in the plan title, the committee and activity 1.1. A Russian "по ЦУР 4" would give
# "комитет по образованию по ЦУР 4", and "жөніндегі" is the usual Kazakh attributive for a body's remit
# (cf. "ЮНЕСКО … істері жөніндегі ұлттық комиссия").
PLAN = {
    "id": "nec-sdg4-2023-2029",
    "title": L("ТДМ 4 жөніндегі Ұлттық білім беру комитетінің 2023–2029 жылдарға арналған іс-шаралар жоспары",
               "План действий Национального комитета по образованию в рамках ЦУР 4 на 2023–2029 годы",
               "Action plan of the National Education Committee under SDG 4, 2023–2029"),
    "committee": L("ТДМ 4 жөніндегі Ұлттық білім беру комитеті", "Национальный комитет по образованию в рамках ЦУР 4",
                   "National Education Committee under SDG 4"),
    "period": {"start": "2023-04-06", "end": "2029-12-31"},  # the stakeholder meeting of 6 April 2023 (docs/product.md)
    "updatedAt": "2026-05-29T16:30:00+05:00",  # the tests read "Status as of 29 May 2026"
    "sections": [{"code": code, "title": L(kk, ru, en)} for code, kk, ru, en in SECTIONS],
}

# --- Roles: what state each activity is in on REF ------------------------------------------------------------------
# A role fixes an activity's status, where its due date falls relative to REF and how recent its last update is, so
# that every state the dashboard shows occurs a known number of times (the brief's invariants, checked by check.py):
#   status:   completed 14, in_progress 24, delayed 10, not_started 12, cancelled 4 (the proportions of the first plan)
#   overdue (open, due before REF): 6 + 2 + 3 + 1 = 12
#   due within 90 days after REF: 4 + 1 = 5
#   open and no update for 60+ days ("quiet"): 2 + 3 = 5, plus 1 started activity that never reported ("silent");
#   not-started activities have no updates either.
ROLE_COUNTS = {
    "completed": 14,
    "cancelled": 4,
    "not_started": 11,
    "not_started_overdue": 1,     # should have started and finished by now; nobody reported
    "delayed_overdue": 6,         # reported as delayed in the last 8 weeks, deadline passed
    "delayed_overdue_quiet": 2,   # reported as delayed long ago, silent since
    "delayed_upcoming": 1,        # delayed, deadline within 90 days
    "delayed_later": 1,           # delayed, deadline later
    "in_progress": 10,
    "in_progress_resumed": 3,     # was delayed in the last 60 days, back on track
    "in_progress_overdue": 3,     # still reporting, deadline passed
    "in_progress_upcoming": 4,    # deadline within 90 days
    "in_progress_quiet": 3,       # last report 60-150 days ago
    "in_progress_silent": 1,      # started, never reported: no update at all
}
STATUS_OF_ROLE = {role: next(s for s in ("not_started", "delayed", "in_progress", "completed", "cancelled")
                             if role.startswith(s)) for role in ROLE_COUNTS}

# Roles fixed by fact or by the note written for them (the rest are shuffled with the seed):
# 1.1, reactivating the committee, was the first task set on 6 April 2023 (docs/product.md): it starts that day and was
# done in 2023, since the committee owns this plan. The others carry the single-language notes of notes.py, whose
# texts need that state.
PINNED_ROLES = {"1.1": "completed", "8.2": "completed", "2.8": "in_progress", "7.3": "in_progress",
                "5.3": "in_progress", "3.6": "in_progress_upcoming", "6.5": "delayed_overdue"}
PINNED_DATES = {"1.1": (date(2023, 4, 6), date(2023, 9, 30))}  # (start, due)


def code_key(code):
    return [int(x) for x in code.split('.')]


def assign_roles(codes):
    pool = Counter(ROLE_COUNTS)
    pool.subtract(Counter(PINNED_ROLES.values()))
    assert all(n >= 0 for n in pool.values()), "more pinned roles than ROLE_COUNTS allows"
    shuffled = list(pool.elements())
    random.shuffle(shuffled)
    free = iter(shuffled)
    return {code: PINNED_ROLES.get(code) or next(free) for code in codes}


# --- Dates ---------------------------------------------------------------------------------------------------------
def schedule(code, role):
    """(startDate, dueDate, completedDate or None) for an activity in this role."""
    start = between(date(2023, 6, 1), date(2025, 3, 1))
    completed = None
    if role == "completed":
        due = between(date(2024, 3, 1), date(2026, 5, 20))
        start = min(start, due - 200 * DAY)
    elif role == "cancelled":
        due = between(date(2025, 6, 1), date(2027, 12, 1))
    elif role == "not_started":
        start = between(date(2026, 7, 1), date(2027, 6, 1))
        due = between(start + 200 * DAY, date(2029, 12, 1))
    elif role == "not_started_overdue":
        start = between(date(2025, 3, 1), date(2025, 9, 1))
        due = between(date(2026, 1, 15), date(2026, 4, 30))
    elif role == "delayed_overdue":
        due = between(date(2025, 9, 1), date(2026, 5, 15))
    elif role == "delayed_overdue_quiet":
        due = between(date(2025, 6, 1), date(2025, 12, 31))
    elif role == "in_progress_overdue":
        due = between(date(2026, 2, 1), date(2026, 5, 20))
    elif role in ("delayed_upcoming", "in_progress_upcoming"):
        due = between(REF + 9 * DAY, REF + 85 * DAY)
    elif role == "delayed_later":
        due = between(date(2026, 10, 1), date(2027, 3, 31))
    else:  # in_progress, _resumed, _quiet, _silent: due after the 90-day window
        due = between(REF + 100 * DAY, date(2029, 12, 1))
    if code in PINNED_DATES:
        start, due = PINNED_DATES[code]
    if role == "completed":
        completed = between(due - 120 * DAY, due + 30 * DAY)  # some finish late
        completed = min(max(completed, start + 60 * DAY), REF - 3 * DAY)
    return start, due, completed


def final_events(role, first_report, due, completed):
    """The last update(s) that put the activity in its role: [(kind, date)], oldest first."""
    if role == "completed":
        return [("done", completed)]
    if role == "cancelled":
        return [("cancel", between(max(first_report + 60 * DAY, REF - 300 * DAY), REF - 5 * DAY))]
    if role == "delayed_overdue_quiet":
        return [("delay", min(due + random.randint(1, 20) * DAY, days_before_ref(60, 90)))]
    if role.startswith("delayed"):
        return [("delay", days_before_ref(2, 55))]
    if role == "in_progress_resumed":
        return [("delay", days_before_ref(40, 58)), ("resume", days_before_ref(3, 35))]
    if role == "in_progress_quiet":
        return [("progress", days_before_ref(60, 150))]
    # in_progress, _overdue, _upcoming: reported in the last 8 weeks; some report monthly, so twice.
    if random.random() < 0.42:
        return [("progress", days_before_ref(31, 59)), ("progress", days_before_ref(1, 30))]
    return [("progress", days_before_ref(1, 59))]


# --- Update history ------------------------------------------------------------------------------------------------
STATUS_AFTER = {"start": "in_progress", "progress": "in_progress", "resume": "in_progress", "delay": "delayed",
                "done": "completed", "cancel": "cancelled"}


def history(role, start, due, completed, progress):
    """[(date, kind, progress)], oldest first: the first report, 0-3 progress reports, then the final event(s)."""
    if role.startswith("not_started") or role == "in_progress_silent":
        return []
    first = start + random.randint(10, 40) * DAY
    finals = final_events(role, first, due, completed)
    # 0-3 progress reports on distinct days strictly between the first report and the final events, keeping 20 days
    # clear at each end.
    window = (finals[0][1] - first).days - 40
    n = min(random.randint(1, 3), window) if window > 0 else 0
    middle = sorted(first + (20 + d) * DAY for d in random.sample(range(window), n)) if n else []
    # Progress never goes down: the first value, the middle ones rising to the value at the final event.
    cap = 90 if role == "completed" else progress
    p0 = min(random.randint(5, 15), cap)
    steps = sorted(random.randint(p0, cap) for _ in middle)
    if steps:  # the last report before the final event is near its value: no leap of 50 points in one report
        steps[-1] = max(steps[-1], cap - random.randint(0, 15))
    events = [(first, "start", p0)] + [(d, "progress", p) for d, p in zip(middle, steps)]
    # The final event brings the activity to its progress; an earlier one (the delay before a resumption, the
    # previous monthly report) stands a little below it.
    for k, (kind, d) in enumerate(finals):
        last = k == len(finals) - 1
        events.append((d, kind, progress if last else max(events[-1][2], progress - random.randint(3, 10))))
    assert all(a[0] < b[0] for a, b in zip(events, events[1:])), (role, events)
    return events


def final_progress(role):
    status = STATUS_OF_ROLE[role]
    if status == "completed":
        return 100
    if status == "not_started":
        return 0
    if status == "cancelled":
        return random.randint(10, 30)
    if role == "in_progress_silent":
        return 10  # the estimate entered when the plan was drawn up; never reported since
    return random.randint(10, 85)


def make_update(task, at, kind, prog, prev):
    # Most reports come from the responsible organisation; removals from the plan are recorded by the secretariat.
    owner = SECRETARIAT if kind == "cancel" else task["ownerId"]
    u = {"id": None, "taskId": task["id"], "at": ts(at, random.randint(9, 17), random.choice([0, 15, 30, 45])),
         "author": author(owner), "status": STATUS_AFTER[kind], "previousStatus": prev, "progress": prog}
    # About one plain progress report in twelve carries no note (the contract makes the note optional).
    if not (kind == "progress" and random.random() < 0.08):
        u["note"] = L(*random.choice(NOTES[kind]))
    u["_owner"] = owner  # dropped before writing; lets apply_single_language_notes re-spell the author
    return u


def milestones(start, due, status):
    # "Concept note", not "Concept": the Concepts are the 2023-2029 policy documents (Decrees No. 248 and 249).
    titles = [L("Тұжырымдамалық жазба келісілді", "Концептуальная записка согласована", "Concept note agreed"),
              L("Пилоттық кезең", "Пилотный этап", "Pilot phase"),
              L("Аралық есеп", "Промежуточный отчёт", "Interim report")]
    out = []
    for k in range(random.randint(0, 3)):
        mdue = start + (due - start) * (k + 1) / 4
        done = mdue < REF and (status == "completed" or (status in ("in_progress", "delayed") and k == 0))
        out.append({"title": titles[k], "dueDate": iso(mdue), "done": done})
    return out


def build():
    activities = sorted(A, key=lambda a: code_key(a[0]))
    roles = assign_roles([a[0] for a in activities])
    tasks, updates = [], []
    for n, (code, targets, owner, partners, indicator_ids, kk, ru, en, desc) in enumerate(activities, 1):
        role = roles[code]
        status = STATUS_OF_ROLE[role]
        start, due, completed = schedule(code, role)
        progress = final_progress(role)
        task = {"id": f"t-{n:03d}", "code": code, "title": L(kk, ru, en), "status": status, "progress": progress,
                "ownerId": owner, "partnerIds": partners, "sdgTargets": targets, "indicatorIds": indicator_ids,
                "startDate": iso(start), "dueDate": iso(due), "completedDate": iso(completed) if completed else None}
        prev = "not_started"
        own = []
        for at, kind, prog in history(role, start, due, completed, progress):
            own.append(make_update(task, at, kind, prog, prev))
            prev = own[-1]["status"]
        assert not own or (own[-1]["status"], own[-1]["progress"]) == (status, progress), code
        # updatedAt: the latest report; without one, when the activity was last edited in the plan.
        last = date.fromisoformat(own[-1]["at"][:10]) if own else between(date(2025, 9, 1), REF - 90 * DAY)
        task["updatedAt"] = ts(last, 18, 0)
        task["milestones"] = milestones(start, due, status)
        if desc:
            task["description"] = L(*desc)
        tasks.append(task)
        updates += own
    number_updates(updates)
    apply_single_language_notes(tasks, updates)
    for u in updates:
        del u["_owner"]
    updates.sort(key=lambda u: (u["at"], u["id"]), reverse=True)  # the API returns newest first
    return tasks, updates


def number_updates(updates):
    # Ids in time order (u-0001 is the oldest), so an id says roughly when the update was written.
    updates.sort(key=lambda u: (u["at"], u["taskId"]))
    for n, u in enumerate(updates, 1):
        u["id"] = f"u-{n:04d}"


def apply_single_language_notes(tasks, updates):
    """Give the latest update of each activity in SINGLE_LANGUAGE_NOTES its one-language note and a matching author."""
    by_code = {t["code"]: t["id"] for t in tasks}
    for code, note in SINGLE_LANGUAGE_NOTES.items():
        own = [u for u in updates if u["taskId"] == by_code[code]]
        assert own, f"activity {code} has no update to carry its single-language note"
        latest = max(own, key=lambda u: u["at"])
        latest["note"] = dict(note)
        latest["author"] = author(latest["_owner"], latin=set(note) == {"en"})


def write(name, data):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    tasks, updates = build()
    write("plan.json", PLAN)
    write("owners.json", {"items": OWNERS})
    write("indicators.json", {"items": INDICATORS})
    write("tasks.json", {"referenceDate": iso(REF), "items": tasks})
    write("updates.json", {"items": updates})
    print(f"{len(tasks)} activities", dict(Counter(t["status"] for t in tasks)), f"{len(updates)} updates")
    # The ids of the single-language notes, for the comment in notes.py (updates are newest first).
    code_of = {t["id"]: t["code"] for t in tasks}
    single = [f"{code_of[u['taskId']]} {u['id']} {'/'.join(u['note'])}" for u in updates
              if len(u.get("note", {})) == 1]
    print("single-language notes:", ", ".join(sorted(single)))


if __name__ == "__main__":
    main()
