# Writes mocks/data/*.json: the sample action plan as of REF (2026-06-01), deterministic (seeded). Run: python3 scripts/sample-data/generate.py
# Real baselines come from ../shared/domain (sources in each indicator); every target and later value is illustrative.
import json, os, random, sys
from datetime import date, timedelta
sys.path.insert(0, os.path.dirname(__file__))
from activities import A
from owners import OWNERS
random.seed(2023)
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'mocks', 'data', '')
REF = date(2026, 6, 1)
L = lambda kk, ru, en: {"kk": kk, "ru": ru, "en": en}
iso = lambda d: d.isoformat()
ts = lambda d, h=11, m=0: f"{d.isoformat()}T{h:02d}:{m:02d}:00+05:00"

plan = {"id": "nec-sdg4-2023-2029",
  "title": L("ТДМ 4 жөніндегі Ұлттық білім беру комитетінің 2023–2029 жылдарға арналған іс-шаралар жоспары", "План действий Национального комитета по образованию в рамках ЦУР 4 на 2023–2029 годы", "Action plan of the National Education Committee under SDG 4, 2023–2029"),
  "committee": L("ТДМ 4 жөніндегі Ұлттық білім беру комитеті", "Национальный комитет по образованию в рамках ЦУР 4", "National Education Committee under SDG 4"),
  "period": {"start": "2023-04-06", "end": "2029-12-31"}, "updatedAt": "2026-05-29T16:30:00+05:00"}

ILL = ("Мақсаттар мен кейінгі мәндер — иллюстративті үлгі деректер.", "Целевые и последующие значения — иллюстративные демонстрационные данные.", "Targets and later values: illustrative sample data.")
def source(kk, ru, en): return L(f"{kk} {ILL[0]}", f"{ru} {ILL[1]}", f"{en} {ILL[2]}")
UIS = ("Базалық мән: ЮНЕСКО Статистика институты, SDG 4 эталондық кестелері (2021).", "Базовое значение: Институт статистики ЮНЕСКО, эталонные таблицы ЦУР 4 (2021).", "Baseline: UNESCO Institute for Statistics, SDG 4 benchmark tables (2021 release).")
KAZ = ("Базалық мән: ҰСБ, ТДМ ұлттық платформасы.", "Базовое значение: БНС, национальная платформа ЦУР.", "Baseline: Bureau of National Statistics, national SDG platform.")
PISA = ("Базалық мән: PISA 2022 (ЭЫДҰ).", "Базовое значение: PISA 2022 (ОЭСР).", "Baseline: PISA 2022 (OECD).")
NONE = ("Базалық мән: әкімшілік деректер.", "Базовое значение: административные данные.", "Baseline: administrative data.")
yv = lambda y, v: {"year": y, "value": v}
levels = [L("Көрсетілмеген", "Не отражено", "Not reflected"), L("Аталып өтеді", "Упоминается", "Mentioned"), L("Ішінара енгізілген", "Частично интегрировано", "Partly mainstreamed"),
          L("Толық енгізілген", "Полностью интегрировано", "Fully mainstreamed"), L("Енгізілген және бағаланады", "Интегрировано и оценивается", "Mainstreamed and assessed")]
def ind(id, code, name, target, unit, direction, base, targets, actuals, src, owner, extra=None):
    d = {"id": id, "code": code, "name": name, "sdgTarget": target, "unit": unit, "direction": direction, "baseline": base, "targets": targets, "actuals": actuals, "source": source(*src), "ownerId": owner}
    if extra: d.update(extra)
    return d
I = [
 ind("ind-4-1-1-math", "4.1.1(b) math", L("Төменгі орта білім беру соңында математикадан ең төменгі деңгейге жеткен оқушылар үлесі", "Доля учащихся, достигших минимального уровня по математике в конце основной средней школы", "Students achieving minimum proficiency in mathematics, end of lower secondary"), "4.1", "percent", "increase", yv(2022, 50), [yv(2025, 53), yv(2029, 60)], [yv(2024, 51.5)], PISA, "iac"),
 ind("ind-4-1-1-read", "4.1.1(b) reading", L("Төменгі орта білім беру соңында оқу сауаттылығы бойынша ең төменгі деңгейге жеткен оқушылар үлесі", "Доля учащихся, достигших минимального уровня по чтению в конце основной средней школы", "Students achieving minimum proficiency in reading, end of lower secondary"), "4.1", "percent", "increase", yv(2018, 35.8), [yv(2025, 42), yv(2029, 50)], [yv(2022, 36.5), yv(2024, 34.9)], UIS, "iac"),
 ind("ind-4-1-completion", "4.1.2 upper sec.", L("Жоғары орта білімді аяқтау коэффициенті", "Коэффициент завершения полного среднего образования", "Completion rate, upper secondary education"), "4.1", "percent", "increase", yv(2015, 93.8), [yv(2025, 97), yv(2029, 98)], [yv(2020, 95.5), yv(2024, 96.9)], UIS, "moe"),
 ind("ind-4-2-1-ecdi", "4.2.1", L("Дамуы жасына сәйкес 36–59 айлық балалар үлесі (ECDI)", "Доля детей 36–59 месяцев, развивающихся в соответствии с возрастом (ECDI)", "Children aged 36–59 months developmentally on track (ECDI)"), "4.2", "percent", "increase", yv(2015, 85.5), [yv(2029, 90)], [], KAZ, "bns"),
 ind("ind-4-2-2-preschool", "4.2.2", L("Мектепалды даярлықпен қамтылған балалар үлесі", "Доля детей, охваченных предшкольной подготовкой", "Children covered by pre-school preparation"), "4.2", "percent", "increase", yv(2019, 98.3), [yv(2025, 99.5), yv(2029, 100)], [yv(2023, 99.1)], KAZ, "moe"),
 ind("ind-4-3-tvet", "4.3.1.1", L("14–24 жастағы жастарды техникалық және кәсіптік біліммен қамту", "Охват молодёжи 14–24 лет техническим и профессиональным образованием", "Youth aged 14–24 in technical and vocational education"), "4.3", "percent", "increase", yv(2018, 39.0), [yv(2025, 42), yv(2029, 45)], [yv(2022, 40.1), yv(2024, 40.5)], KAZ, "mshe"),
 ind("ind-4-4-digital", "4.4.1.1", L("6–74 жастағы халықтың цифрлық сауаттылық деңгейі", "Уровень цифровой грамотности населения 6–74 лет", "Digital literacy rate, population aged 6–74"), "4.4", "percent", "increase", yv(2020, 84.1), [yv(2025, 89), yv(2029, 92)], [yv(2023, 88.6), yv(2025, 90.2)], KAZ, "kazakhtelecom"),
 ind("ind-4-5-inclusive", "4.5.1.2", L("Инклюзивті білім беру үшін жағдай жасалған мектептер үлесі", "Доля школ, создавших условия для инклюзивного образования", "Schools with conditions for inclusive education"), "4.5", "percent", "increase", yv(2020, 74.8), [yv(2025, 90), yv(2029, 100)], [yv(2023, 92.4), yv(2025, 100)], KAZ, "moe"),
 ind("ind-4-a-three-shift", "4.a.1.2", L("Үш ауысымды мектептер үлесі", "Доля трёхсменных школ", "Share of three-shift schools"), "4.a", "percent", "decrease", yv(2019, 1.9), [yv(2025, 0.5), yv(2029, 0)], [yv(2022, 1.2), yv(2024, 0.9)], KAZ, "moe"),
 ind("ind-4-a-emergency", "4.a.1.3", L("Апатты жағдайдағы мектептер үлесі", "Доля школ в аварийном состоянии", "Share of schools in emergency condition"), "4.a", "percent", "decrease", yv(2019, 0.5), [yv(2025, 0.2), yv(2029, 0.1)], [yv(2023, 0.6)], KAZ, "moe"),
 ind("ind-4-a-classrooms", "4.a.1.1", L("Заманауи жабдықпен жаңартылған орта мектеп сыныптарының үлесі", "Доля модернизированных современным оборудованием классов средних школ", "Secondary-school classrooms modernised with modern equipment"), "4.a", "percent", "increase", yv(2019, 10.9), [yv(2025, 35), yv(2029, 50)], [yv(2022, 18.0), yv(2024, 27.0)], KAZ, "edu-astana"),
 ind("ind-4-c-qualification", "4.c.1.2", L("Педагог-модератор, сарапшы немесе зерттеуші санаты бар мұғалімдер үлесі", "Доля учителей с квалификацией педагог-модератор, эксперт или исследователь", "Teachers qualified as moderator, expert or researcher"), "4.c", "percent", "increase", yv(2022, 60.7), [yv(2025, 67), yv(2029, 75)], [yv(2024, 63.0)], KAZ, "orleu"),
 ind("ind-4-c-teachers-esd", "NI-4.c.3", L("ТДБ бойынша оқудан өткен педагогтер саны", "Число педагогов, прошедших обучение по ОУР", "Teachers trained in ESD"), "4.c", "count", "increase", yv(2022, 350), [yv(2024, 1500), yv(2026, 3000), yv(2029, 5000)], [yv(2024, 1200), yv(2025, 2100)], NONE, "orleu"),
 ind("ind-4-7-aspnet", "NI-4.7.2", L("ЮНЕСКО-ның қауымдастырылған мектептерінің саны", "Число ассоциированных школ ЮНЕСКО", "UNESCO Associated Schools"), "4.7", "count", "increase", yv(2022, 75), [yv(2025, 100), yv(2029, 150)], [yv(2024, 81), yv(2025, 88)], NONE, "natcom-unesco"),
 ind("ind-4-7-green-schools", "NI-4.7.3", L("«Жасыл мектеп» бағдарламасын іске асыратын мектептер үлесі", "Доля школ, реализующих программу «зелёная школа»", "Schools running a green school programme"), "4.7", "percent", "increase", yv(2022, 2.0), [yv(2025, 8), yv(2029, 20)], [yv(2024, 4.5), yv(2025, 6.0)], NONE, "eco-edu-ngo"),
 ind("ind-4-7-1-policy", "4.7.1(a)", L("ТДБ-ның ұлттық білім беру саясатында көрініс табу дәрежесі", "Степень отражения ОУР в национальной образовательной политике", "ESD mainstreamed in national education policies"), "4.7", "level", "increase", yv(2022, 1), [yv(2024, 2), yv(2026, 3), yv(2029, 4)], [yv(2023, 1), yv(2025, 3)], ("Деңгейлер: ЮНЕСКО 4.7.1 әдіснамасы.", "Уровни: методология ЮНЕСКО 4.7.1.", "Levels: UNESCO 4.7.1 methodology."), "moe", {"levels": levels}),
 ind("ind-4-7-1-curricula", "4.7.1(b)", L("ТДБ-ның оқу бағдарламаларында көрініс табу дәрежесі", "Степень отражения ОУР в учебных программах", "ESD mainstreamed in curricula"), "4.7", "level", "increase", yv(2022, 1), [yv(2025, 2), yv(2029, 4)], [yv(2025, 1)], ("Деңгейлер: ЮНЕСКО 4.7.1 әдіснамасы.", "Уровни: методология ЮНЕСКО 4.7.1.", "Levels: UNESCO 4.7.1 methodology."), "nae", {"levels": levels}),
 ind("ind-4-7-1-teacher-ed", "4.7.1(c)", L("ТДБ-ның мұғалімдерді даярлауда көрініс табу дәрежесі", "Степень отражения ОУР в подготовке учителей", "ESD mainstreamed in teacher education"), "4.7", "level", "increase", yv(2022, 2), [yv(2026, 3), yv(2029, 4)], [yv(2024, 1)], ("Деңгейлер: ЮНЕСКО 4.7.1 әдіснамасы; 2024 жылғы мән әдіснама өзгергеннен кейін.", "Уровни: методология ЮНЕСКО 4.7.1; значение 2024 года — после смены методики.", "Levels: UNESCO 4.7.1 methodology; the 2024 value follows a change of method."), "kaznpu", {"levels": levels}),
]

statuses = (["completed"] * 14 + ["in_progress"] * 24 + ["delayed"] * 10 + ["not_started"] * 12 + ["cancelled"] * 4)
random.shuffle(statuses)
# Sections 1 (governance) started first: bias completed towards early codes.
order = sorted(range(len(A)), key=lambda i: (A[i][0].split('.')[0], random.random()))
d = lambda y, m, dd: date(y, m, dd)
rnd = lambda a, b: a + timedelta(days=random.randint(0, max(0, (b - a).days)))
AUTHORS = ["A. Nurlanova (MoE)", "B. Sadykov (UNESCO Almaty)", "G. Zhaksylykova (Orleu)", "D. Abenov (NAE)", "Ye. Tulegenova (IAC)", "M. Kassymov (Natcom UNESCO)", "S. Omarova (UNESCO Clubs)", "R. Iskakov (Almaty education dept.)", "Zh. Bekova (Turkistan education dept.)"]
NOTES = {
 "start": ("Жұмыс тобы құрылды, жоспар бекітілді.", "Создана рабочая группа, утверждён план работ.", "Working group set up and work plan approved."),
 "progress": ("Кезекті кезең орындалды, нәтижелер комитетке ұсынылды.", "Выполнен очередной этап, результаты представлены комитету.", "Next stage done; results presented to the committee."),
 "delay": ("Қаржыландыру кешіктірілді, мерзімді қайта қарау ұсынылады.", "Задержка финансирования, предлагается пересмотреть срок.", "Funding delayed; a revised deadline is proposed."),
 "delay2": ("Мердігерді таңдау ұзаққа созылды.", "Затянулся выбор подрядчика.", "Contractor selection took longer than planned."),
 "resume": ("Қаржыландыру бөлінді, жұмыс жалғасуда.", "Финансирование выделено, работа продолжается.", "Funding released; work resumed."),
 "done": ("Іс-шара толық орындалды, есеп жарияланды.", "Мероприятие выполнено полностью, отчёт опубликован.", "Activity completed; report published."),
 "cancel": ("Іс-шара басқа бағдарламаға біріктірілгендіктен тоқтатылды.", "Мероприятие отменено: объединено с другой программой.", "Cancelled: merged into another programme."),
}
tasks, updates = [], []
uid = 0
overdue_in_progress = 0
upcoming = 0
for rank, i in enumerate(order):
    code, targets, owner, partners, indicators, kk, ru, en, desc = A[i]
    st = statuses[rank]
    start = rnd(d(2023, 6, 1), d(2025, 3, 1))
    if st == "completed":
        due = rnd(d(2024, 3, 1), d(2026, 5, 20)); start = min(start, due - timedelta(days=200))
        completed = min(REF - timedelta(days=3), rnd(due - timedelta(days=120), due + timedelta(days=30)))
        completed = max(completed, start + timedelta(days=60))
    elif st == "delayed":
        due = rnd(d(2025, 9, 1), d(2026, 5, 15)) if rank % 4 != 0 else rnd(d(2026, 7, 1), d(2026, 12, 1)); completed = None
    elif st == "in_progress":
        if overdue_in_progress < 3 and rank % 5 == 0:
            due = rnd(d(2026, 2, 1), d(2026, 5, 20)); overdue_in_progress += 1
        elif upcoming < 5 and rank % 3 == 0:
            due = rnd(d(2026, 6, 10), d(2026, 8, 25)); upcoming += 1
        else:
            due = rnd(d(2026, 9, 1), d(2029, 12, 1))
        completed = None
    elif st == "not_started":
        start = rnd(d(2026, 7, 1), d(2027, 6, 1)); due = rnd(start + timedelta(days=200), d(2029, 12, 1)); completed = None
    else:
        due = rnd(d(2025, 6, 1), d(2027, 12, 1)); completed = None
    progress = {"completed": 100, "not_started": 0}.get(st, random.randint(10, 85))
    if st == "cancelled": progress = random.randint(0, 30)
    # History: newest last while building, reversed at the end.
    hist = []
    def add(at, status, prev, prog, note):
        hist.append((at, status, prev, prog, note))
    if st != "not_started":
        t0 = min(start + timedelta(days=random.randint(10, 40)), REF - timedelta(days=70))
        add(t0, "in_progress", "not_started", random.randint(5, 15), "start")
        cur = t0
        steps = random.randint(1, 3)
        p = hist[-1][3]
        for s in range(steps):
            cur = min(cur + timedelta(days=random.randint(60, 200)), REF - timedelta(days=random.randint(20, 60)))
            p = min(max(p + random.randint(5, 25), p), progress if st != "completed" else 90)
            add(cur, "in_progress", "in_progress", p, "progress")
        if st == "delayed":
            at = REF - timedelta(days=random.randint(2, 55)) if rank % 2 == 0 else min(due, REF - timedelta(days=70)) + timedelta(days=random.randint(1, 20))
            add(at, "delayed", "in_progress", progress, random.choice(["delay", "delay2"]))
        elif st == "completed":
            add(completed, "completed", "in_progress", 100, "done")
        elif st == "cancelled":
            add(REF - timedelta(days=random.randint(5, 300)), "cancelled", "in_progress", progress, "cancel")
        elif st == "in_progress":
            if rank % 6 == 1:  # was delayed, resumed recently
                add(REF - timedelta(days=random.randint(40, 58)), "delayed", "in_progress", max(5, progress - 10), "delay")
                add(REF - timedelta(days=random.randint(3, 35)), "in_progress", "delayed", progress, "resume")
            else:
                add(REF - timedelta(days=random.randint(1, 59)), "in_progress", "in_progress", progress, "progress")
    hist.sort(key=lambda h: h[0])
    # Keep the chain consistent after sorting.
    prev = None
    fixed = []
    for k, (at, status, _, prog, note) in enumerate(hist):
        fixed.append((at, status, prev, prog, note)); prev = status
    if fixed:
        last = fixed[-1]; fixed[-1] = (last[0], st, last[2], progress, last[4])
    latest = fixed[-1][0] if fixed else REF - timedelta(days=random.randint(30, 200))
    tid = f"t-{len(tasks) + 1:03d}"
    for at, status, prv, prog, note in fixed:
        uid += 1
        u = {"id": f"u-{uid:04d}", "taskId": tid, "at": ts(at, random.randint(9, 17), random.choice([0, 15, 30, 45])), "author": random.choice(AUTHORS),
             "status": status, "previousStatus": prv, "progress": prog}
        n = NOTES[note]
        if uid % 9 == 0: u["note"] = {"ru": n[1]}
        elif uid % 11 == 0: u["note"] = {"en": n[2]}
        elif uid % 13 != 0: u["note"] = L(*n)
        updates.append(u)
    ms = []
    for k in range(random.randint(0, 3)):
        mdue = start + (due - start) * (k + 1) / 4
        ms.append({"title": [L("Тұжырымдама келісілді", "Концепция согласована", "Concept agreed"), L("Пилоттық кезең", "Пилотный этап", "Pilot phase"), L("Аралық есеп", "Промежуточный отчёт", "Interim report")][k], "dueDate": iso(mdue), "done": mdue < REF and st in ("completed", "in_progress", "delayed") and (st == "completed" or k == 0)})
    t = {"id": tid, "code": code, "title": L(kk, ru, en), "status": st, "progress": progress, "ownerId": owner, "partnerIds": partners, "sdgTargets": targets,
         "indicatorIds": indicators, "startDate": iso(start), "dueDate": iso(due), "completedDate": iso(completed) if completed else None,
         "updatedAt": ts(min(latest, REF), 18, 0), "milestones": ms}
    if desc: t["description"] = L(*desc)
    tasks.append(t)
tasks.sort(key=lambda t: [int(x) for x in t["code"].split('.')])
# ids follow the plan's order
remap = {}
for n, t in enumerate(tasks):
    remap[t["id"]] = f"t-{n + 1:03d}"
for t in tasks: t["id"] = remap[t["id"]]
for u in updates: u["taskId"] = remap[u["taskId"]]
updates.sort(key=lambda u: u["at"], reverse=True)
json.dump(plan, open(OUT + "plan.json", "w"), ensure_ascii=False, indent=2)
json.dump({"items": OWNERS}, open(OUT + "owners.json", "w"), ensure_ascii=False, indent=2)
json.dump({"items": I}, open(OUT + "indicators.json", "w"), ensure_ascii=False, indent=2)
json.dump({"referenceDate": iso(REF), "items": tasks}, open(OUT + "tasks.json", "w"), ensure_ascii=False, indent=2)
json.dump({"items": updates}, open(OUT + "updates.json", "w"), ensure_ascii=False, indent=2)
from collections import Counter
print(len(tasks), Counter(t["status"] for t in tasks), "overdue", sum(1 for t in tasks if t["status"] not in ("completed", "cancelled") and t["dueDate"] < iso(REF)),
      "updates", len(updates), "last60", sum(1 for u in updates if u["at"][:10] >= iso(REF - timedelta(days=60))),
      "upcoming90", sum(1 for t in tasks if t["status"] not in ("completed","cancelled") and iso(REF) <= t["dueDate"] <= iso(REF + timedelta(days=90))))
