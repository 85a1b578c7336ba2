# Who writes the progress updates, and what their notes say.
#
# Author convention (the API's `author` is a plain string, shown as written in every interface language):
#   "<initial>. <surname> (<organisation>)", written in the script of the note.
#   - Notes in all three languages, and Kazakh-only or Russian-only notes: the name in Kazakh Cyrillic (the person's
#     own spelling, with ә, ғ, қ, ң, ө, ұ, ү, і) and the organisation's Kazakh abbreviation, e.g. "А. Нұрланова (ОАМ)".
#   - English-only notes: the same person in Latin script (passport-style transliteration) with the organisation's
#     English short name, e.g. "A. Nurlanova (MoE)".
# Every name is invented.

# owner id -> (Cyrillic name, Kazakh organisation abbreviation, Latin name, English organisation short name).
# Each organisation reports on its own activities; the Ministry of Education's officer is also the committee's
# secretariat (she records committee decisions, such as removing an activity from the plan).
REPORTERS = {
    "moe": ("А. Нұрланова", "ОАМ", "A. Nurlanova", "MoE"),
    "mshe": ("Б. Сәдуақасов", "ҒЖБМ", "B. Saduakassov", "MSHE"),
    "meco": ("Қ. Сапаров", "ЭТРМ", "K. Saparov", "MENR"),
    "mci": ("Г. Мұратова", "МАМ", "G. Muratova", "MCI"),
    "bns": ("Е. Төлегенова", "ҰСБ", "Ye. Tolegenova", "BNS"),
    "nae": ("Д. Әбенов", "ҰБА", "D. Abenov", "Altynsarin Academy"),
    "orleu": ("Г. Жақсылықова", "«Өрлеу»", "G. Zhaksylykova", "Orleu"),
    "iac": ("Р. Исқақов", "АТО", "R. Iskakov", "IAC"),
    "natcom-unesco": ("М. Қасымов", "ЮНЕСКО жөніндегі ҰК", "M. Kassymov", "NatCom UNESCO"),
    "unesco-almaty": ("С. Омарова", "ЮНЕСКО Алматы", "S. Omarova", "UNESCO Almaty"),
    "unesco-clubs": ("Н. Серікбаев", "ЮНЕСКО клубтары", "N. Serikbayev", "UNESCO Clubs"),
    "kaznu": ("Л. Ахметова", "ҚазҰУ", "L. Akhmetova", "KazNU"),
    "kaznpu": ("Т. Жұмабаев", "ҚазҰПУ", "T. Zhumabayev", "KazNPU"),
    "edu-almaty": ("Ф. Оспанова", "Алматы қ. білім басқармасы", "F. Ospanova", "Almaty Education Department"),
    "edu-astana": ("Д. Сейітқали", "Астана қ. білім басқармасы", "D. Seitkali", "Astana Education Department"),
    "edu-turkistan": ("Ж. Бекова", "Түркістан обл. білім басқармасы", "Zh. Bekova", "Turkistan Education Department"),
    "edu-abai": ("Е. Қалиев", "Абай обл. білім басқармасы", "Ye. Kaliyev", "Abai Education Department"),
    "edu-kyzylorda": ("Ұ. Жанпейісова", "Қызылорда обл. білім басқармасы", "U. Zhanpeissova",
                      "Kyzylorda Education Department"),
    "eco-edu-ngo": ("М. Ким", "Экобілім орталығы", "M. Kim", "Eco-Education Centre"),
    "atameken": ("А. Бекмұхамедов", "«Атамекен» ҰКП", "A. Bekmukhamedov", "NCE Atameken"),
    "kazakhtelecom": ("О. Смағұлов", "«Қазақтелеком»", "O. Smagulov", "Kazakhtelecom"),
}
SECRETARIAT = "moe"


def author(owner_id, latin=False):
    cyr, org_kk, lat, org_en = REPORTERS[owner_id]
    return f"{lat} ({org_en})" if latin else f"{cyr} ({org_kk})"


# Notes by kind of update, each in kk / ru / en. Kazakh status words follow wording-review.md: "кешікті" (not the
# causative "кешіктірілді"), "жоспардан алынды" for cancelled (not "тоқтатылды", "suspended").
NOTES = {
    "start": [
        ("Жұмыс тобы құрылды, жұмыс жоспары бекітілді.",
         "Создана рабочая группа, утверждён план работ.",
         "Working group set up; work plan approved."),
        ("Жауапты тұлғалар тағайындалды, іске асыру кестесі келісілді.",
         "Назначены ответственные лица, согласован график реализации.",
         "Focal points appointed; implementation schedule agreed."),
        ("Серіктестермен алғашқы кездесу өткізілді, рөлдер бөлінді.",
         "Проведена установочная встреча с партнёрами, распределены роли.",
         "Kick-off meeting held with the partners; roles assigned."),
    ],
    "progress": [
        ("Кезекті кезең орындалды, нәтижелер комитетке ұсынылды.",
         "Выполнен очередной этап, результаты представлены комитету.",
         "Another stage completed; results presented to the committee."),
        ("Әдістемелік материалдардың жобасы дайындалып, сараптамаға жіберілді.",
         "Проект методических материалов подготовлен и направлен на экспертизу.",
         "Draft guidance materials prepared and sent for expert review."),
        ("Аралық есеп дайындалып, комитет хатшылығына жіберілді.",
         "Промежуточный отчёт подготовлен и направлен в секретариат комитета.",
         "Interim report prepared and sent to the committee secretariat."),
        ("Серіктестермен кеңес өткізілді, олардың ескертулері ескерілді.",
         "Проведено совещание с партнёрами, их замечания учтены.",
         "Meeting held with the partners; their comments have been taken into account."),
        ("Мониторинг деректері жиналып, талданды.",
         "Собраны и проанализированы данные мониторинга.",
         "Monitoring data collected and analysed."),
    ],
    "delay": [
        ("Қаржыландыру кешікті, орындау мерзімін қайта қарау ұсынылады.",
         "Финансирование задерживается, предлагается перенести срок исполнения.",
         "Funding delayed; a revised deadline is proposed."),
        ("Мердігерді таңдау жоспардағыдан ұзаққа созылды.",
         "Выбор подрядчика занял больше времени, чем планировалось.",
         "Contractor selection is taking longer than planned."),
        ("Серіктес ұйымның келісімі әлі алынған жоқ.",
         "Согласование от организации-партнёра пока не получено.",
         "Approval from the partner organisation is still pending."),
        ("Жауапты маман ауысты, жұмыс уақытша тоқтап тұр.",
         "Сменился ответственный специалист, работа временно приостановлена.",
         "The responsible officer has changed; work is on hold for now."),
    ],
    "resume": [
        ("Қаржыландыру бөлінді, жұмыс жалғасуда.",
         "Финансирование выделено, работа продолжается.",
         "Funding released; work has resumed."),
        ("Келісім алынды, жұмыс жаңартылған кесте бойынша жалғасуда.",
         "Согласование получено, работа продолжается по обновлённому графику.",
         "Approval received; work continues on the revised schedule."),
    ],
    "done": [
        ("Іс-шара толық орындалды, есеп жарияланды.",
         "Мероприятие выполнено в полном объёме, отчёт опубликован.",
         "Activity completed; report published."),
        ("Іс-шара орындалды, нәтижелері комитет отырысында қаралды.",
         "Мероприятие выполнено, итоги рассмотрены на заседании комитета.",
         "Activity completed; the results were discussed at a committee meeting."),
    ],
    "cancel": [
        ("Іс-шара басқа бағдарламаға біріктірілгендіктен жоспардан алынды.",
         "Мероприятие исключено из плана: оно объединено с другой программой.",
         "Cancelled: merged into another programme."),
        ("Комитет шешімімен іс-шара жоспардан алынды: қаржыландыру көзі жоқ.",
         "По решению комитета мероприятие исключено из плана: нет источника финансирования.",
         "Cancelled by decision of the committee: no source of funding."),
    ],
}

# Deliberately single-language notes, to exercise the interface's fallback (docs/product.md, LocalizedText: shown in the
# interface language, else the first present of en, ru, kk, with its own lang attribute). Each one replaces the note
# of the LATEST update of the activity with that code; generate.py pins those activities' roles so the text fits
# (see PINNED_ROLES there) and prints the update ids. With seed 2023 they are:
#   ru only: 2.8 (u-0210), 6.5 (u-0184), 7.3 (u-0182)   en only: 3.6 (u-0209), 8.2 (u-0155)   kk only: 5.3 (u-0203)
SINGLE_LANGUAGE_NOTES = {
    # Kyzylorda's department writes in Russian only.
    "2.8": {"ru": "Пандусы и поручни установлены ещё в пяти школах; в остальных работы начнутся после завершения закупок."},
    # A delay reported in Russian only, by the Ministry.
    "6.5": {"ru": "Районные акиматы пока не выделили помещения; открытие восьми мини-центров переносится на сентябрь."},
    "7.3": {"ru": "Данные за 2025/26 учебный год получены от 16 регионов из 20; остальные ожидаются до конца месяца."},
    # UNESCO's office and the National Commission report in English only.
    "3.6": {"en": "Second cohort of 40 ESD trainers certified; the training materials are on the shared drive."},
    "8.2": {"en": "Seminar held in Almaty with delegations from the other four Central Asian countries; "
                  "the outcome document has been circulated."},
    # Turkistan's department writes in Kazakh only.
    "5.3": {"kk": "Бағдарлама облыстың 15 балабақшасында сынақтан өткізілді, тәрбиешілерге әдістемелік құрал таратылды."},
}
