# The plan's activities (rows) and chapters (sections).
# An activity's section is the part of its code before the first dot ("2.4" -> "2"); docs/product.md, type Plan.
from owners import UNESCO_ALMATY

# Chapter names describe what the activities in each chapter actually are (see A below).
SECTIONS = [
    ("1", "Басқару, үйлестіру және ТДБ саясаты", "Управление, координация и политика в области ОУР",
     "Governance, coordination and ESD policy"),                      # committee, concepts, standards, 4.7.1 reporting
    ("2", "Мектеп инфрақұрылымы және білім беру ортасы", "Школьная инфраструктура и образовательная среда",
     "School infrastructure and learning environments"),              # new schools, internet, unsafe buildings, access
    ("3", "Педагог кадрлар және оларды даярлау", "Педагогические кадры и их подготовка",
     "Teachers and teacher education"),                               # ESD courses, categories, mentoring, standard
    ("4", "Жастарды тарту және жұртшылықты хабардар ету", "Вовлечение молодёжи и информирование общества",
     "Youth engagement and public awareness"),                        # UNESCO schools and clubs, forums, media, contests
    ("5", "ТДБ бойынша өңірлік жобалар", "Региональные проекты по ОУР",
     "Regional ESD projects"),                                        # Almaty, Astana, Turkistan, Abai, Kyzylorda
    ("6", "Білім берудің барлық деңгейіндегі қолжетімділік пен сапа",
     "Доступность и качество образования на всех уровнях",
     "Access to and quality of education at all levels"),             # PISA, pre-school, TVET, universities, digital
    ("7", "Инклюзия, тең мүмкіндіктер және өмір бойы оқу",
     "Инклюзия, равные возможности и обучение на протяжении всей жизни",
     "Inclusion, equity and lifelong learning"),                      # special needs, gender, adult literacy, MOOCs
                                                                      # ("lifelong": SDG 4 title, UN ru / kazstat kk)
    ("8", "Халықаралық ынтымақтастық", "Международное сотрудничество",
     "International cooperation"),                                    # Bolashak, Central Asia seminar, Almaty seminar
    ("9", "Мониторинг, есептілік және сараптама", "Мониторинг, отчётность и экспертиза",
     "Monitoring, reporting and review"),                             # data portal, annual report, surveys, textbooks
]

# (code, targets, owner, partners, indicators, kk, ru, en, description or None)
A = [
 ("1.1", ["4.7"], "moe", ["nae", "natcom-unesco"], ["ind-4-7-1-policy"], "ТДМ 4 жөніндегі Ұлттық білім беру комитетінің жұмысын қайта жандандыру", "Возобновление работы Национального комитета по образованию в рамках ЦУР 4", "Reactivate the National Education Committee under SDG 4",
  ("Комитеттің ережесін, құрамын және отырыстар кестесін бекіту.", "Утвердить положение, состав и график заседаний комитета.", "Approve the committee's terms of reference, membership and meeting schedule.")),
 ("1.2", ["4.7"], "moe", ["unesco-almaty"], ["ind-4-7-1-policy"], "Тұрақты даму үшін білім беру (ТДБ) қағидаттарын 2023–2029 жылдарға арналған тұжырымдамаларға енгізу", "Включение принципов образования в интересах устойчивого развития (ОУР) в концепции 2023–2029 годов", "Embed education for sustainable development (ESD) principles in the 2023–2029 education concepts",
  ("№ 248 және № 249 қаулылармен бекітілген тұжырымдамалардың іс-шаралар жоспарларына ТДБ бөлімін қосу.", "Добавить раздел ОУР в планы действий концепций, утверждённых постановлениями № 248 и № 249.", "Add an ESD section to the action plans of the concepts approved by decrees No. 248 and No. 249.")),
 ("1.3", ["4.7"], "nae", ["moe"], ["ind-4-7-1-curricula"], "Мемлекеттік жалпыға міндетті білім беру стандарттарына ТДБ нәтижелерін енгізу", "Включение результатов ОУР в государственные общеобязательные стандарты образования", "Include ESD learning outcomes in the state compulsory education standards", None),
 ("1.4", ["4.7", "4.1"], "nae", ["kaznpu"], ["ind-4-7-1-curricula"], "5–9 сыныптарға арналған климаттық сауаттылық модулін әзірлеу", "Разработка модуля климатической грамотности для 5–9 классов", "Develop a climate literacy module for grades 5–9",
  ("Модуль жаратылыстану және география пәндеріне кіріктіріледі; пилоттық сынақ 40 мектепте.", "Модуль интегрируется в естествознание и географию; пилот в 40 школах.", "The module is integrated into science and geography; pilot in 40 schools.")),
 ("1.5", ["4.7"], "bns", ["iac", "unesco-almaty"], ["ind-4-7-1-policy"], "4.7.1 индикаторы бойынша ұлттық есеп беруді ЮНЕСКО әдіснамасы бойынша дайындау", "Подготовка национальной отчётности по индикатору 4.7.1 по методологии ЮНЕСКО", "Prepare national reporting on indicator 4.7.1 using the UNESCO methodology", None),
 ("1.6", ["4.7"], "moe", ["mshe"], [], "ТДМ 4 бойынша ведомствоаралық жұмыс тобын құру", "Создание межведомственной рабочей группы по ЦУР 4", "Set up an interagency working group on SDG 4", None),
 ("1.7", ["4.7", "4.c"], "natcom-unesco", ["unesco-almaty"], [], "«ТДБ 2030» ЮНЕСКО бағдарламасы бойынша ұлттық бастаманы тіркеу", "Регистрация национальной инициативы по программе ЮНЕСКО «ОУР 2030»", "Register a national initiative under UNESCO's ESD for 2030 framework", None),
 ("2.1", ["4.a"], "moe", ["edu-turkistan", "edu-kyzylorda"], ["ind-4-a-three-shift"], "Үш ауысымды мектептерді жою: жаңа мектептер салу", "Ликвидация трёхсменных школ: строительство новых школ", "Eliminate three-shift schools by building new ones",
  ("«Жайлы мектеп» бағдарламасы аясында 2023 жылы 100 жаңа мектеп ашылды.", "В рамках программы «Комфортная школа» в 2023 году открыто 100 новых школ.", "100 new schools opened in 2023 under the Comfortable Schools programme.")),
 ("2.2", ["4.a"], "moe", ["kazakhtelecom"], ["ind-4-a-classrooms"], "Ауыл мектептерін жоғары жылдамдықты интернетке қосу", "Подключение сельских школ к высокоскоростному интернету", "Connect rural schools to high-speed internet", None),
 ("2.3", ["4.a", "4.5"], "edu-almaty", [], ["ind-4-5-inclusive"], "Алматы мектептерінде инклюзивті ресурстық кабинеттер ашу", "Открытие инклюзивных ресурсных кабинетов в школах Алматы", "Open inclusive resource rooms in Almaty schools", None),
 ("2.4", ["4.a"], "edu-turkistan", ["eco-edu-ngo"], ["ind-4-7-green-schools"], "Түркістан облысында «Жасыл мектеп» пилоттық жобасы", "Пилотный проект «Зелёная школа» в Туркестанской области", "Green School pilot in Turkistan region",
  ("Күн панельдері, су үнемдеу және мектеп бақшалары 25 мектепте.", "Солнечные панели, экономия воды и школьные сады в 25 школах.", "Solar panels, water saving and school gardens in 25 schools.")),
 ("2.5", ["4.a"], "moe", [], ["ind-4-a-emergency"], "Апатты жағдайдағы мектеп ғимараттарын ауыстыру", "Замена школьных зданий в аварийном состоянии", "Replace dilapidated (unsafe) school buildings", None),
 ("2.6", ["4.a", "4.7"], "edu-abai", ["meco"], ["ind-4-7-green-schools"], "Абай облысы мектептерінде энергия тиімділігін арттыру", "Повышение энергоэффективности школ области Абай", "Improve energy efficiency in Abai region schools", None),
 ("2.7", ["4.a"], "edu-astana", [], ["ind-4-a-classrooms"], "Астана мектептерінің жаратылыстану кабинеттерін жаңарту", "Модернизация кабинетов естественных наук в школах Астаны", "Modernise science classrooms in Astana schools", None),
 ("2.8", ["4.5", "4.a"], "edu-kyzylorda", [], ["ind-4-5-inclusive"], "Қызылорда облысындағы мектептерде кедергісіз орта құру", "Создание безбарьерной среды в школах Кызылординской области", "Create barrier-free access in Kyzylorda region schools", None),
 ("3.1", ["4.c", "4.7"], "orleu", ["kaznpu", "unesco-almaty"], ["ind-4-c-teachers-esd"], "5 000 педагогті ТДБ бойынша оқыту", "Обучение 5 000 педагогов по ОУР", "Train 5,000 teachers in ESD",
  ("«Өрлеу» курстары: климат, биоәртүрлілік, жауапты тұтыну; аралас оқыту форматы.", "Курсы «Өрлеу»: климат, биоразнообразие, ответственное потребление; смешанный формат.", "Orleu courses on climate, biodiversity and responsible consumption, in a blended format.")),
 ("3.2", ["4.c"], "orleu", [], ["ind-4-c-qualification"], "Педагогтердің біліктілік санаттарын жаңартылған стандарт бойынша растау", "Подтверждение квалификационных категорий педагогов по обновлённому стандарту", "Certify teacher qualification categories under the updated standard", None),
 ("3.3", ["4.c", "4.7"], "kaznpu", ["nae"], ["ind-4-7-1-teacher-ed"], "Педагогикалық ЖОО бағдарламаларына ТДБ пәнін енгізу", "Включение курса ОУР в программы педагогических вузов", "Add an ESD course to teacher-training university programmes", None),
 ("3.4", ["4.c"], "mshe", ["kaznpu", "kaznu"], [], "Жас педагогтерге тәлімгерлік бағдарламасы", "Программа наставничества для молодых педагогов", "Mentoring programme for early-career teachers", None),
 ("3.5", ["4.c", "4.b"], "mshe", ["natcom-unesco"], [], "Педагогтердің халықаралық тағылымдамалары", "Международные стажировки педагогов", "International placements for teachers", None),
 ("3.6", ["4.c", "4.7"], "unesco-almaty", ["orleu"], ["ind-4-c-teachers-esd"], f"ТДБ бойынша тренерлер желісін даярлау ({UNESCO_ALMATY['kk']})", f"Подготовка сети тренеров по ОУР ({UNESCO_ALMATY['ru']})", f"Train a network of ESD trainers ({UNESCO_ALMATY['en']})", None),
 ("3.7", ["4.c", "4.5"], "orleu", [], ["ind-4-5-inclusive"], "Инклюзивті білім беру бойынша біліктілікті арттыру курстары", "Курсы повышения квалификации по инклюзивному образованию", "In-service courses on inclusive education", None),
 ("3.8", ["4.c"], "nae", [], [], "Мұғалімнің кәсіби стандартын қайта қарау", "Пересмотр профессионального стандарта педагога", "Revise the teacher professional standard", None),
 ("4.1", ["4.7"], "unesco-clubs", ["natcom-unesco"], ["ind-4-7-aspnet"], "ЮНЕСКО-ның қауымдастырылған мектептер желісін кеңейту", "Расширение сети ассоциированных школ ЮНЕСКО", "Expand the UNESCO Associated Schools network", None),
 ("4.2", ["4.7"], "unesco-clubs", ["eco-edu-ngo"], [], "Жастардың «Климат үшін әрекет» форумы", "Молодёжный форум «Действия во имя климата»", "Youth forum on climate action", None),
 ("4.3", ["4.7"], "moe", ["meco", "unesco-clubs"], [], "Ұлттық ТДБ апталығы", "Национальная неделя ОУР", "National ESD week", None),
 ("4.4", ["4.7", "4.4"], "eco-edu-ngo", ["edu-almaty"], [], "Мектеп оқушыларының экологиялық жобалар байқауы", "Конкурс экологических проектов школьников", "School students' environmental project contest", None),
 ("4.5", ["4.7"], "mci", ["unesco-clubs"], [], "Тұрақты даму туралы қазақ және орыс тілдеріндегі медиаконтент", "Медиаконтент об устойчивом развитии на казахском и русском языках", "Media content on sustainable development in Kazakh and Russian", None),
 ("4.6", ["4.7"], "unesco-clubs", [], ["ind-4-7-aspnet"], "ЮНЕСКО клубтарының еріктілер бағдарламасы", "Волонтёрская программа клубов ЮНЕСКО", "UNESCO clubs volunteer programme", None),
 ("4.7", ["4.7", "4.4"], "atameken", ["edu-astana"], [], "Жастарға арналған «жасыл дағдылар» курстары", "Курсы «зелёных навыков» для молодёжи", "Green skills courses for young people", None),
 ("4.8", ["4.7"], "kaznu", ["unesco-almaty"], [], "Тұрақты даму бойынша студенттер лигасы", "Студенческая лига по устойчивому развитию", "Student league on sustainable development", None),
 ("5.1", ["4.7"], "edu-almaty", ["eco-edu-ngo"], ["ind-4-7-green-schools"], "Алматы қаласының мектептерінде қалдықтарды бөлек жинау", "Раздельный сбор отходов в школах Алматы", "Separate waste collection in Almaty schools", None),
 ("5.2", ["4.7"], "edu-astana", [], ["ind-4-7-green-schools"], "Астана мектептерінің «жасыл» аулалары", "«Зелёные» дворы школ Астаны", "Green schoolyards in Astana", None),
 ("5.3", ["4.7", "4.2"], "edu-turkistan", [], [], "Мектепке дейінгі ұйымдарда экологиялық тәрбие бағдарламасы", "Программа экологического воспитания в дошкольных организациях", "Environmental education programme in pre-schools", None),
 ("5.4", ["4.7"], "edu-abai", ["meco"], [], "Семей полигонының салдары туралы экологиялық білім беру жобасы", "Экопросветительский проект о последствиях Семипалатинского полигона", "Environmental education project on the legacy of the Semipalatinsk test site", None),
 ("5.5", ["4.7"], "edu-kyzylorda", ["meco", "eco-edu-ngo"], [], "Арал өңірі мектептерінде су ресурстары туралы сабақтар", "Уроки о водных ресурсах в школах Приаралья", "Lessons on water resources in Aral Sea region schools", None),
 ("5.6", ["4.7", "4.6"], "edu-abai", [], [], "Ауыл кітапханаларында ересектерге арналған ТДБ клубтары", "Клубы ОУР для взрослых в сельских библиотеках", "ESD clubs for adults in rural libraries", None),
 ("5.7", ["4.7"], "edu-almaty", [], [], "Өңірлік ТДБ үйлестірушілерін тағайындау", "Назначение региональных координаторов ОУР", "Appoint regional ESD coordinators", None),
 ("6.1", ["4.1"], "iac", ["bns"], ["ind-4-1-1-math", "ind-4-1-1-read"], "PISA 2025 зерттеуіне қатысуды ұйымдастыру", "Организация участия в исследовании PISA 2025", "Organise participation in PISA 2025", None),
 ("6.2", ["4.1"], "iac", ["nae"], ["ind-4-1-1-read"], "Оқу сауаттылығын ұлттық мониторингтеу", "Национальный мониторинг читательской грамотности", "National monitoring of reading literacy", None),
 ("6.3", ["4.1"], "moe", ["nae"], ["ind-4-1-1-math"], "Математикадан үлгерімі төмен оқушыларды қолдау бағдарламасы", "Программа поддержки учащихся с низкими результатами по математике", "Support programme for low achievers in mathematics", None),
 ("6.4", ["4.1"], "moe", [], ["ind-4-1-completion"], "Орта білімді аяқтамау тәуекелі бар балаларды анықтау жүйесі", "Система выявления детей с риском незавершения среднего образования", "Early-warning system for pupils at risk of dropping out", None),
 ("6.5", ["4.2"], "moe", ["edu-turkistan"], ["ind-4-2-2-preschool"], "Ауылдық жерлерде шағын орталықтар ашу", "Открытие мини-центров в сельской местности", "Open pre-school mini-centres in rural areas", None),
 ("6.6", ["4.2"], "nae", [], ["ind-4-2-2-preschool"], "Мектепалды даярлық бағдарламасын жаңарту", "Обновление программы предшкольной подготовки", "Update the pre-school preparation programme", None),
 ("6.7", ["4.3"], "moe", [], ["ind-4-3-tvet"], "Техникалық және кәсіптік білім беруді жастар үшін тегін ету", "Бесплатное техническое и профессиональное образование для молодёжи", "Free technical and vocational education for young people", None),
 ("6.8", ["4.3", "4.b"], "mshe", ["kaznu"], [], "Шетелдік жоғары оқу орындарының филиалдарын ашу", "Открытие филиалов зарубежных университетов", "Open branches of foreign universities", None),
 ("6.9", ["4.4"], "kazakhtelecom", ["moe"], ["ind-4-4-digital"], "Ересектердің цифрлық сауаттылығы курстары", "Курсы цифровой грамотности для взрослых", "Digital literacy courses for adults", None),
 ("6.10", ["4.4"], "atameken", [], ["ind-4-4-digital"], "Колледждерде дуальды оқытуды кеңейту", "Расширение дуального обучения в колледжах", "Expand dual training in colleges", None),
 ("7.1", ["4.5"], "moe", ["edu-almaty"], ["ind-4-5-inclusive"], "Ерекше білім беру қажеттіліктері бар балаларға арналған психологиялық-педагогикалық қолдау кабинеттері", "Кабинеты психолого-педагогической поддержки для детей с особыми образовательными потребностями", "Psychological and educational support rooms for children with special educational needs", None),
 ("7.2", ["4.5"], "mshe", [], [], "Жоғары оқу орындарында кедергісіз қолжетімділік", "Безбарьерный доступ в вузах", "Barrier-free access at universities", None),
 ("7.3", ["4.5", "4.1"], "moe", [], [], "Мектептердегі гендерлік теңгерім мониторингі", "Мониторинг гендерного баланса в школах", "Gender balance monitoring in schools", None),
 ("7.4", ["4.6"], "moe", ["mci"], [], "Ересектерге арналған функционалдық сауаттылық бағдарламасы", "Программа функциональной грамотности для взрослых", "Functional literacy programme for adults", None),
 ("7.5", ["4.6", "4.4"], "kaznu", [], [], "Ашық онлайн курстар платформасы", "Платформа открытых онлайн-курсов", "Open online course platform", None),
 ("8.1", ["4.b"], "mshe", ["natcom-unesco"], [], "«Болашақ» стипендиясы бойынша ТДБ мамандарын даярлау", "Подготовка специалистов по ОУР по стипендии «Болашак»", "Train ESD specialists under the Bolashak scholarship", None),
 ("8.2", ["4.b"], "natcom-unesco", ["unesco-almaty"], [], "Орталық Азия елдерімен ТДБ бойынша өңірлік семинар", "Региональный семинар по ОУР со странами Центральной Азии", "Regional ESD seminar with Central Asian countries", None),
 ("8.3", ["4.7", "4.b"], "unesco-almaty", ["natcom-unesco", "moe"], [], "Алматыдағы ТДБ халықаралық семинарының ұсынымдарын іске асыру", "Реализация рекомендаций международного семинара по ОУР в Алматы", "Implement the recommendations of the international ESD seminar in Almaty", None),
 ("9.1", ["4.7"], "iac", ["bns"], ["ind-4-7-1-policy", "ind-4-7-1-curricula"], "ТДМ 4 деректерінің ашық порталын жаңарту", "Обновление открытого портала данных ЦУР 4", "Update the open SDG 4 data portal", None),
 ("9.2", ["4.7"], "moe", ["iac"], [], "Іс-шаралар жоспарының орындалуы туралы жыл сайынғы есеп", "Ежегодный отчёт о ходе выполнения плана действий", "Annual report on action plan implementation",
  ("Жауапты орындаушылардың есептерін комитеттің жылдық есебіне біріктіру: өткен жылғы іс-шаралардың орындалу барысы және индикаторлардың мәндері. Есеп комитет отырысында қаралып, Оқу-ағарту министрлігінің сайтында жарияланады.",
   "Свод отчётов ответственных исполнителей в ежегодный отчёт комитета: ход выполнения мероприятий и значения индикаторов за прошедший год. Отчёт рассматривается на заседании комитета и публикуется на сайте Министерства просвещения.",
   "Compile the responsible organisations' reports into the committee's annual report: progress on the activities and the indicator values for the past year. The report is discussed at a committee meeting and published on the Ministry of Education's website.")),
 ("9.3", ["4.7"], "bns", [], ["ind-4-7-aspnet"], "ТДБ бойынша мектептерді зерттеу сауалнамасы", "Анкетирование школ по ОУР", "School survey on ESD practice", None),
 ("9.4", ["4.7", "4.c"], "nae", ["orleu"], ["ind-4-7-1-teacher-ed"], "Оқушылардың ТДБ нәтижелерін бағалау құралдарын әзірлеу", "Разработка инструментов оценки результатов ОУР учащихся", "Develop tools to assess pupils' ESD learning outcomes", None),
 ("9.5", ["4.7"], "moe", [], [], "Комитет отырыстарының хаттамаларын жариялау", "Публикация протоколов заседаний комитета", "Publish the committee's meeting minutes", None),
 ("9.6", ["4.7"], "meco", ["moe"], [], "Экология кодексіне білім беру бөлімін енгізу бойынша ұсыныстар", "Предложения по включению образовательного раздела в Экологический кодекс", "Proposals for an education chapter in the Environmental Code", None),
 ("9.7", ["4.1", "4.7"], "moe", [], [], "Мектеп оқулықтарын тұрақты даму тақырыбына сараптау", "Экспертиза школьных учебников на тему устойчивого развития", "Review school textbooks for sustainable development content", None),
 ("9.8", ["4.3"], "moe", [], ["ind-4-3-tvet"], "Колледж түлектерін жұмысқа орналастыру мониторингі", "Мониторинг трудоустройства выпускников колледжей", "Monitor employment of college graduates", None),
]
