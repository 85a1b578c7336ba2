# Outcome indicators of the sample plan.
# Codes and names: SDG 4 global indicators from /work/shared/domain/sdg4-framework.json, national "4.x.y.z" indicators
# from the national SDG platform (kazstat/sdg-data-kazstat, via kazakhstan-sdg4-figures.json), "NI-…" are the plan's
# own. Baselines are real published figures (kazakhstan-sdg4-figures.json); every target and every later actual is
# illustrative, and each indicator's source says so.
#
# Wording (wording-review.md, "Sample data"):
# - 4.1.1: (a) grades 2/3, (b) end of primary, (c) end of lower secondary. PISA measures 15-year-olds, i.e. the end
#   of lower secondary, so the two PISA-based series are 4.1.1(c); kk "негізгі орта" (grades 5-9), not "төменгі орта".
#   The ids stay "ind-4-1-1-*": other code refers to them.
# - 4.1.2 upper secondary = "общее среднее" / "жалпы орта" (grades 10-11) in Kazakhstan's system.
# - 4.a.1.1 / 4.a.1.3: no calques ("dilapidated (unsafe) schools", "equipped with modern equipment").
# - 4.c.1.2: the official category names «педагог-модератор», «педагог-эксперт», «педагог-исследователь»
#   (kk «педагог-сарапшы», «педагог-зерттеуші»).
# - ind-4-3-tvet: technical and vocational education is the Ministry of Education's (Decree No. 249), not MSHE's.
L = lambda kk, ru, en: {"kk": kk, "ru": ru, "en": en}
yv = lambda y, v: {"year": y, "value": v}

# Appended to every source: targets and later values are invented for the demo (kazakhstan-sdg4-figures.json asks for
# that label). kk "Нысаналы мәндер", not "Мақсаттар" (= SDG Goals); ru says "illustrative" once.
ILLUSTRATIVE = ("Нысаналы және кейінгі мәндер — иллюстрация үшін берілген үлгі деректер.",
                "Целевые и последующие значения — иллюстративные данные.",
                "Target values and later values are illustrative sample data.")
UIS = ("Базалық мән: ЮНЕСКО Статистика институты, ТДМ 4 эталондық кестелері (2021).",
       "Базовое значение: Институт статистики ЮНЕСКО, эталонные таблицы ЦУР 4 (2021).",
       "Baseline: UNESCO Institute for Statistics, SDG 4 benchmark tables (2021 release).")
KAZ = ("Базалық мән: ҰСБ, ТДМ ұлттық платформасы.", "Базовое значение: БНС, национальная платформа ЦУР.",
       "Baseline: Bureau of National Statistics, national SDG platform.")
PISA = ("Базалық мән: PISA 2022 (ЭЫДҰ).", "Базовое значение: PISA 2022 (ОЭСР).", "Baseline: PISA 2022 (OECD).")
ADMIN = ("Базалық мән: әкімшілік деректер.", "Базовое значение: административные данные.", "Baseline: administrative data.")
LEVELS_SRC = ("Деңгейлер: ЮНЕСКО 4.7.1 әдіснамасы.", "Уровни: методология ЮНЕСКО 4.7.1.", "Levels: UNESCO 4.7.1 methodology.")
LEVELS_SRC_CHANGED = ("Деңгейлер: ЮНЕСКО 4.7.1 әдіснамасы; 2024 жылғы мән әдіснама өзгергеннен кейін.",
                      "Уровни: методология ЮНЕСКО 4.7.1; значение 2024 года — после смены методики.",
                      "Levels: UNESCO 4.7.1 methodology; the 2024 value follows a change of method.")

# Stages of indicator 4.7.1's components (esd-frameworks.json), as 0-based levels.
LEVELS = [L("Көрсетілмеген", "Не отражено", "Not reflected"), L("Аталып өтеді", "Упоминается", "Mentioned"),
          L("Ішінара енгізілген", "Частично интегрировано", "Partly mainstreamed"),
          L("Толық енгізілген", "Полностью интегрировано", "Fully mainstreamed"),
          L("Енгізілген және бағаланады", "Интегрировано и оценивается", "Mainstreamed and assessed")]


def source(kk, ru, en):
    return L(f"{kk} {ILLUSTRATIVE[0]}", f"{ru} {ILLUSTRATIVE[1]}", f"{en} {ILLUSTRATIVE[2]}")


def ind(id, code, name, target, unit, direction, base, targets, actuals, src, owner, levels=None):
    d = {"id": id, "code": code, "name": name, "sdgTarget": target, "unit": unit, "direction": direction,
         "baseline": base, "targets": targets, "actuals": actuals, "source": source(*src), "ownerId": owner}
    if levels:
        d["levels"] = levels
    return d


# The values give every progress status of docs/product.md at least once (check.py recomputes them).
INDICATORS = [
 ind("ind-4-1-1-math", "4.1.1(c) math",
     L("Негізгі орта білім беру соңында математикадан ең төменгі деңгейге жеткен оқушылар үлесі",
       "Доля учащихся, достигших минимального уровня по математике в конце основной средней школы",
       "Students achieving minimum proficiency in mathematics, end of lower secondary"),
     "4.1", "percent", "increase", yv(2022, 50), [yv(2025, 53), yv(2029, 60)], [yv(2024, 51.5)], PISA, "iac"),
 ind("ind-4-1-1-read", "4.1.1(c) reading",
     L("Негізгі орта білім беру соңында оқу сауаттылығы бойынша ең төменгі деңгейге жеткен оқушылар үлесі",
       "Доля учащихся, достигших минимального уровня по чтению в конце основной средней школы",
       "Students achieving minimum proficiency in reading, end of lower secondary"),
     "4.1", "percent", "increase", yv(2018, 35.8), [yv(2025, 42), yv(2029, 50)], [yv(2022, 36.5), yv(2024, 34.9)],
     UIS, "iac"),
 ind("ind-4-1-completion", "4.1.2 upper sec.",
     L("Жалпы орта білімді аяқтау коэффициенті", "Коэффициент завершения общего среднего образования",
       "Completion rate, upper secondary education"),
     "4.1", "percent", "increase", yv(2015, 93.8), [yv(2025, 97), yv(2029, 98)], [yv(2020, 95.5), yv(2024, 96.9)],
     UIS, "moe"),
 ind("ind-4-2-1-ecdi", "4.2.1",
     L("Дамуы жасына сәйкес 36–59 айлық балалар үлесі (ECDI)",
       "Доля детей 36–59 месяцев, развивающихся в соответствии с возрастом (ECDI)",
       "Children aged 36–59 months developmentally on track (ECDI)"),
     "4.2", "percent", "increase", yv(2015, 85.5), [yv(2029, 90)], [], KAZ, "bns"),
 ind("ind-4-2-2-preschool", "4.2.2",
     L("Мектепалды даярлықпен қамтылған балалар үлесі", "Доля детей, охваченных предшкольной подготовкой",
       "Children covered by pre-school preparation"),
     "4.2", "percent", "increase", yv(2019, 98.3), [yv(2025, 99.5), yv(2029, 100)], [yv(2023, 99.1)], KAZ, "moe"),
 ind("ind-4-3-tvet", "4.3.1.1",
     L("14–24 жастағы жастарды техникалық және кәсіптік біліммен қамту",
       "Охват молодёжи 14–24 лет техническим и профессиональным образованием",
       "Youth aged 14–24 in technical and vocational education"),
     "4.3", "percent", "increase", yv(2018, 39.0), [yv(2025, 42), yv(2029, 45)], [yv(2022, 40.1), yv(2024, 40.5)],
     KAZ, "moe"),
 ind("ind-4-4-digital", "4.4.1.1",
     L("6–74 жастағы халықтың цифрлық сауаттылық деңгейі", "Уровень цифровой грамотности населения 6–74 лет",
       "Digital literacy rate, population aged 6–74"),
     "4.4", "percent", "increase", yv(2020, 84.1), [yv(2025, 89), yv(2029, 92)], [yv(2023, 88.6), yv(2025, 90.2)],
     KAZ, "kazakhtelecom"),
 ind("ind-4-5-inclusive", "4.5.1.2",
     L("Инклюзивті білім беру үшін жағдай жасалған мектептер үлесі",
       "Доля школ, создавших условия для инклюзивного образования",
       "Schools with conditions for inclusive education"),
     "4.5", "percent", "increase", yv(2020, 74.8), [yv(2025, 90), yv(2029, 100)], [yv(2023, 92.4), yv(2025, 100)],
     KAZ, "moe"),
 ind("ind-4-a-three-shift", "4.a.1.2",
     L("Үш ауысымды мектептер үлесі", "Доля трёхсменных школ", "Share of three-shift schools"),
     "4.a", "percent", "decrease", yv(2019, 1.9), [yv(2025, 0.5), yv(2029, 0)], [yv(2022, 1.2), yv(2024, 0.9)],
     KAZ, "moe"),
 ind("ind-4-a-emergency", "4.a.1.3",
     L("Апатты жағдайдағы мектептер үлесі", "Доля школ в аварийном состоянии",
       "Share of dilapidated (unsafe) schools"),
     "4.a", "percent", "decrease", yv(2019, 0.5), [yv(2025, 0.2), yv(2029, 0.1)], [yv(2023, 0.6)], KAZ, "moe"),
 ind("ind-4-a-classrooms", "4.a.1.1",
     L("Заманауи жабдықпен жарақталған орта мектеп сыныптарының үлесі",
       "Доля классов средних школ, оснащённых современным оборудованием",
       "Secondary-school classrooms equipped with modern equipment"),
     "4.a", "percent", "increase", yv(2019, 10.9), [yv(2025, 35), yv(2029, 50)], [yv(2022, 18.0), yv(2024, 27.0)],
     KAZ, "edu-astana"),
 ind("ind-4-c-qualification", "4.c.1.2",
     L("«Педагог-модератор», «педагог-сарапшы» немесе «педагог-зерттеуші» санаты бар мұғалімдер үлесі",
       "Доля учителей с квалификационной категорией «педагог-модератор», «педагог-эксперт» или «педагог-исследователь»",
       "Teachers in the qualification category teacher-moderator, teacher-expert or teacher-researcher"),
     "4.c", "percent", "increase", yv(2022, 60.7), [yv(2025, 67), yv(2029, 75)], [yv(2024, 63.0)], KAZ, "orleu"),
 ind("ind-4-c-teachers-esd", "NI-4.c.3",
     L("ТДБ бойынша оқудан өткен педагогтер саны", "Число педагогов, прошедших обучение по ОУР",
       "Teachers trained in ESD"),
     "4.c", "count", "increase", yv(2022, 350), [yv(2024, 1500), yv(2026, 3000), yv(2029, 5000)],
     [yv(2024, 1200), yv(2025, 2100)], ADMIN, "orleu"),
 ind("ind-4-7-aspnet", "NI-4.7.2",
     L("ЮНЕСКО-ның қауымдастырылған мектептерінің саны", "Число ассоциированных школ ЮНЕСКО",
       "UNESCO Associated Schools"),
     "4.7", "count", "increase", yv(2022, 75), [yv(2025, 100), yv(2029, 150)], [yv(2024, 81), yv(2025, 88)],
     ADMIN, "natcom-unesco"),
 ind("ind-4-7-green-schools", "NI-4.7.3",
     L("«Жасыл мектеп» бағдарламасын іске асыратын мектептер үлесі",
       "Доля школ, реализующих программу «Зелёная школа»",
       "Schools running the Green School programme"),
     "4.7", "percent", "increase", yv(2022, 2.0), [yv(2025, 8), yv(2029, 20)], [yv(2024, 4.5), yv(2025, 6.0)],
     ADMIN, "eco-edu-ngo"),
 ind("ind-4-7-1-policy", "4.7.1(a)",
     L("ТДБ-ның ұлттық білім беру саясатында көрініс табу дәрежесі",
       "Степень отражения ОУР в национальной образовательной политике",
       "ESD mainstreamed in national education policies"),
     "4.7", "level", "increase", yv(2022, 1), [yv(2024, 2), yv(2026, 3), yv(2029, 4)], [yv(2023, 1), yv(2025, 3)],
     LEVELS_SRC, "moe", LEVELS),
 ind("ind-4-7-1-curricula", "4.7.1(b)",
     L("ТДБ-ның оқу бағдарламаларында көрініс табу дәрежесі", "Степень отражения ОУР в учебных программах",
       "ESD mainstreamed in curricula"),
     "4.7", "level", "increase", yv(2022, 1), [yv(2025, 2), yv(2029, 4)], [yv(2025, 1)], LEVELS_SRC, "nae", LEVELS),
 ind("ind-4-7-1-teacher-ed", "4.7.1(c)",
     L("ТДБ-ның мұғалімдерді даярлауда көрініс табу дәрежесі", "Степень отражения ОУР в подготовке учителей",
       "ESD mainstreamed in teacher education"),
     "4.7", "level", "increase", yv(2022, 2), [yv(2026, 3), yv(2029, 4)], [yv(2024, 1)], LEVELS_SRC_CHANGED,
     "kaznpu", LEVELS),
]
