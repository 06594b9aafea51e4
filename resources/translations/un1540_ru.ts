<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="43"/>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="53"/>
        <source>Details for support</source>
        <translation>Сведения для технической поддержки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="57"/>
        <source>&amp;Copy the details</source>
        <translation>&amp;Копировать сведения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="66"/>
        <source>Open the &amp;data folder</source>
        <translation>Открыть папку &amp;данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="67"/>
        <source>Open the &amp;settings folder</source>
        <translation>Открыть папку &amp;настроек</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="68"/>
        <source>Open the &amp;fonts folder</source>
        <translation>Открыть папку &amp;шрифтов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="81"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="82"/>
        <source>Third-party licences</source>
        <translation>Лицензии третьих сторон</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="96"/>
        <source>%1 includes the components below, each under its own licence. The licence texts are in English, as published.</source>
        <translation>%1 включает перечисленные ниже компоненты, каждый из которых распространяется по своей лицензии. Тексты лицензий приводятся на английском языке в опубликованном виде.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="103"/>
        <source>Licence text</source>
        <translation>Текст лицензии</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="105"/>
        <source>Components and their licences</source>
        <translation>Компоненты и их лицензии</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="115"/>
        <source>The licence files are not installed with this copy.</source>
        <translation>Файлы лицензий не установлены вместе с этой копией.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="144"/>
        <source>development copy, commit %1</source>
        <translation>копия для разработки, коммит %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="144"/>
        <source>development copy</source>
        <translation>копия для разработки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="147"/>
        <source>%1, commit %2</source>
        <translation>%1, коммит %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="151"/>
        <source>commit %1</source>
        <translation>коммит %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="152"/>
        <source>unknown</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="161"/>
        <source>%1, %2 of %3 messages translated</source>
        <translation>%1, переведено сообщений: %2 из %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="167"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="168"/>
        <source>Build</source>
        <translation>Сборка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="169"/>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="170"/>
        <source>Schema version</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="171"/>
        <source>Journal mode</source>
        <translation>Режим журнала</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="172"/>
        <source>Matrix template</source>
        <translation>Шаблон матрицы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="176"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="177"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="178"/>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="179"/>
        <source>Settings folder</source>
        <translation>Папка настроек</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="180"/>
        <source>Folder for extra fonts</source>
        <translation>Папка дополнительных шрифтов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="192"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../../ui/views/action_plan.py" line="50"/>
        <source>Edit plan…</source>
        <translation>Изменить план…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="51"/>
        <source>Freeze as submitted…</source>
        <translation>Зафиксировать как представленный…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="58"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="63"/>
        <source>Add priority…</source>
        <translation>Новый приоритет…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="64"/>
        <source>Add &amp;action…</source>
        <translation>&amp;Новая мера…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="66"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="68"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="69"/>
        <source>Keep proposal</source>
        <translation>Принять меру</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="70"/>
        <source>Request assistance…</source>
        <translation>Запросить помощь…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="74"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="75"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="82"/>
        <source>Timeline by priority</source>
        <translation>График: приоритеты</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="83"/>
        <source>Timeline by lead agency</source>
        <translation>График: ведомства</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="161"/>
        <source>Submitted version, frozen on %1 (read-only)</source>
        <translation>Представленная версия, зафиксирована %1 (только чтение)</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="165"/>
        <source>Working version</source>
        <translation>Рабочая версия</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="172"/>
        <source>All lead agencies</source>
        <translation>Все ведомства</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="208"/>
        <source>(untitled plan: use “Edit plan…”)</source>
        <translation>(план без названия: выберите «Изменить план…»)</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="211"/>
        <source>Period: %1 to %2</source>
        <translation>Период: с %1 по %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="217"/>
        <source>Adopted by: %1</source>
        <translation>Кем утвержден: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="222"/>
        <source>Submitted to the Committee: %1</source>
        <translation>Представлен Комитету: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="294"/>
        <source>Delete action</source>
        <translation>Удаление меры</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="295"/>
        <source>Delete the action “%1”?</source>
        <translation>Удалить меру «%1»?</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="300"/>
        <source>Delete priority</source>
        <translation>Удаление приоритета</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="301"/>
        <source>Delete this priority? Its actions stay in the plan, without a priority.</source>
        <translation>Удалить этот приоритет? Его меры останутся в плане без приоритета.</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="316"/>
        <location filename="../../ui/views/action_plan.py" line="326"/>
        <source>Freeze the plan</source>
        <translation>Фиксация плана</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="318"/>
        <source>Freeze this version as submitted to the Committee on %1? It becomes read-only and stays viewable; you continue working on a copy.</source>
        <translation>Зафиксировать эту версию как представленную Комитету %1? Она станет доступна только для чтения и останется видимой; работа продолжится в копии.</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="337"/>
        <source>Request assistance</source>
        <translation>Запрос помощи</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="339"/>
        <source>An assistance request already exists for this action (see Assistance). Make another one, for another subject area?</source>
        <translation>По этой мере уже есть просьба об оказании помощи (см. «Помощь»). Создать еще одну, по другой области?</translation>
    </message>
</context>
<context>
    <name>ActionTreeModel</name>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="27"/>
        <source>Priority / action</source>
        <translation>Приоритет / мера</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="28"/>
        <source>Lead agency</source>
        <translation>Ведущее ведомство</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="29"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="30"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="31"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="32"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="33"/>
        <source>Matrix fields</source>
        <translation>Поля матрицы</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="124"/>
        <source>(no priority)</source>
        <translation>(без приоритета)</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="134"/>
        <source>Proposal: </source>
        <translation>Предложение: </translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="143"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
</context>
<context>
    <name>AgenciesContactsView</name>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="26"/>
        <source>National agencies</source>
        <translation>Национальные ведомства</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="29"/>
        <source>Points of contact</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="31"/>
        <source>Only the selected agency</source>
        <translation>Только выбранное ведомство</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="89"/>
        <source>Delete the agency “%1”?</source>
        <translation>Удалить ведомство «%1»?</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="92"/>
        <source>%1 and %2 refer to it; they keep their data but will no longer be linked to an agency.</source>
        <translation>На него ссылаются %1 и %2; их данные сохранятся, но они больше не будут связаны с ведомством.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/agencies_contacts.py" line="93"/>
        <source>%n point(s) of contact</source>
        <translation>
            <numerusform>%n контактное лицо</numerusform>
            <numerusform>%n контактных лица</numerusform>
            <numerusform>%n контактных лиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/agencies_contacts.py" line="94"/>
        <source>%n matrix field(s)</source>
        <translation>
            <numerusform>%n поле матрицы</numerusform>
            <numerusform>%n поля матрицы</numerusform>
            <numerusform>%n полей матрицы</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="97"/>
        <source>Delete agency</source>
        <translation>Удаление ведомства</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="113"/>
        <source>Delete point of contact</source>
        <translation>Удаление контактного лица</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="114"/>
        <source>Delete the point of contact “%1”?</source>
        <translation>Удалить контактное лицо «%1»?</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="19"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="20"/>
        <source>Acronym</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="21"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="22"/>
        <source>Ministry or parent body</source>
        <translation>Министерство или вышестоящий орган</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="23"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="24"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>AssistanceModels</name>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="35"/>
        <source>Request</source>
        <translation>Просьба</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="37"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="39"/>
        <source>To complete</source>
        <translation>Не заполнено</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="40"/>
        <source>One-year follow-up</source>
        <translation>Контроль через год</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="41"/>
        <location filename="../../ui/models/assistance_models.py" line="105"/>
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="42"/>
        <source>Sent on</source>
        <translation>Направлена</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="44"/>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="48"/>
        <location filename="../../ui/models/assistance_models.py" line="101"/>
        <location filename="../../ui/models/assistance_models.py" line="122"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="79"/>
        <source>A year has passed since the request was sent: the Chair will ask whether it has been met. Prepare the answer.</source>
        <translation>Прошел год с момента направления просьбы: Председатель Комитета спросит, была ли она удовлетворена. Подготовьте ответ.</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="99"/>
        <location filename="../../ui/models/assistance_models.py" line="119"/>
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="103"/>
        <source>Contact</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="104"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="118"/>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="127"/>
        <source>Scope</source>
        <translation>Сфера охвата</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="131"/>
        <source>Areas</source>
        <translation>Области</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="133"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="134"/>
        <source>Requests linked</source>
        <translation>Связанные просьбы</translation>
    </message>
</context>
<context>
    <name>AssistanceView</name>
    <message>
        <location filename="../../ui/views/assistance.py" line="123"/>
        <source>Assistance requests</source>
        <translation>Просьбы об оказании помощи</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="126"/>
        <source>New request…</source>
        <translation>Новая просьба…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="127"/>
        <source>From the action plan…</source>
        <translation>Из плана…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="129"/>
        <source>Change status…</source>
        <translation>Статус…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="131"/>
        <source>Link offer…</source>
        <translation>Предложение…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="135"/>
        <source>All requests</source>
        <translation>Все просьбы</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="136"/>
        <source>Open requests</source>
        <translation>Незакрытые просьбы</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="137"/>
        <source>One-year follow-up due</source>
        <translation>Требуется ответ через год</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="166"/>
        <source>Assistance providers</source>
        <translation>Поставщики помощи</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="170"/>
        <source>Published offers</source>
        <translation>Опубликованные предложения</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="172"/>
        <source>Only the selected provider</source>
        <translation>Только выбранный поставщик</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="182"/>
        <source>Requests</source>
        <translation>Просьбы</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="183"/>
        <source>Providers and offers</source>
        <translation>Поставщики и предложения</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="294"/>
        <source>Select a request to see what it still lacks, its offers and its history.</source>
        <translation>Выберите просьбу, чтобы увидеть, чего в ней еще не хватает, предложения по ней и ее историю.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="304"/>
        <source>Requesting State: %1</source>
        <translation>Запрашивающее государство: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="305"/>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="309"/>
        <source>Sent on %1, note verbale %2</source>
        <translation>Направлена %1, вербальная нота %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="315"/>
        <source>One-year follow-up by the Chair: %1</source>
        <translation>Запрос Председателя через год: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="327"/>
        <source>Nothing missing: the request can be marked ready and sent.</source>
        <translation>Все заполнено: просьбу можно отметить как готовую и направить.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="339"/>
        <source>No offer linked yet. “Link offer…” lists the register&apos;s offers, best fit first.</source>
        <translation>Связанных предложений пока нет. Кнопка «Предложение…» показывает предложения из реестра, сначала наиболее подходящие.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="343"/>
        <source>Lifecycle</source>
        <translation>Жизненный цикл</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="354"/>
        <source>Changes to the content</source>
        <translation>Изменения содержания</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="361"/>
        <source>Request created</source>
        <translation>Просьба создана</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="368"/>
        <source>Changed by %1</source>
        <translation>Изменил(а): %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="413"/>
        <source>Delete the request “%1” with its history and links to offers?</source>
        <translation>Удалить просьбу «%1» вместе с ее историей и связями с предложениями?</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="416"/>
        <source>This request was sent to the Committee. To keep its record, mark it withdrawn instead of deleting it.</source>
        <translation>Эта просьба была направлена Комитету. Чтобы сохранить запись о ней, отметьте ее как отозванную, а не удаляйте.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="418"/>
        <source>Delete request</source>
        <translation>Удаление просьбы</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="438"/>
        <source>Cancel the last status change</source>
        <translation>Отмена последнего изменения статуса</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="439"/>
        <source>Cancel the change to “%1” of %2? The request goes back to “%3”.</source>
        <translation>Отменить изменение статуса на «%1» от %2? Просьба вернется в статус «%3».</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="458"/>
        <source>Link offer</source>
        <translation>Связь с предложением</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="465"/>
        <source>Unlink offer</source>
        <translation>Удаление связи с предложением</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="465"/>
        <source>Remove the link between this offer and the request?</source>
        <translation>Удалить связь между этим предложением и просьбой?</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="479"/>
        <source>Delete provider</source>
        <translation>Удаление поставщика</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="481"/>
        <source>Delete the provider “%1” with its offers? Requests keep their content but lose their links to these offers.</source>
        <translation>Удалить поставщика «%1» вместе с его предложениями? Просьбы сохранят свое содержание, но утратят связи с этими предложениями.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="497"/>
        <source>Delete offer</source>
        <translation>Удаление предложения</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="498"/>
        <source>Delete the offer “%1”?</source>
        <translation>Удалить предложение «%1»?</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="115"/>
        <location filename="../../ui/dialogs/backups.py" line="135"/>
        <source>Back up</source>
        <translation>Создать копию</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="118"/>
        <source>The backup is one file holding the whole database and every attached document. Keep it on another disk or a USB key.</source>
        <translation>Резервная копия — это один файл, содержащий всю базу данных и все прикрепленные документы. Храните его на другом диске или USB-накопителе.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="126"/>
        <source>Back up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="127"/>
        <source>Project packages (*.un1540)</source>
        <translation>Файлы проекта (*.un1540)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="128"/>
        <source>Encrypt with a passphrase</source>
        <translation>Зашифровать парольной фразой</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="156"/>
        <source>Choose where to write the backup.</source>
        <translation>Выберите, куда записать резервную копию.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="67"/>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="21"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="24"/>
        <source>Name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="25"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="28"/>
        <source>Agency or organisation</source>
        <translation>Ведомство или организация</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="31"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="32"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="33"/>
        <source>Last confirmed</source>
        <translation>Последнее подтверждение</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/application.py" line="57"/>
        <source>%1 is damaged: SQLite found damaged pages (%2).</source>
        <translation>Файл %1 поврежден: SQLite обнаружил поврежденные страницы (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="127"/>
        <location filename="../../ui/application.py" line="283"/>
        <location filename="../../ui/application.py" line="435"/>
        <location filename="../../ui/application.py" line="482"/>
        <source>The database cannot be opened.</source>
        <translation>Не удается открыть базу данных.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="133"/>
        <source>Nothing was changed. You can restore a backup (the current file is kept aside), open another database file, or quit.</source>
        <translation>Ничего не изменено. Можно восстановить резервную копию (текущий файл будет сохранен отдельно), открыть другой файл базы данных или выйти.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="138"/>
        <source>Nothing was changed. You can open another database file, or quit.</source>
        <translation>Ничего не изменено. Можно открыть другой файл базы данных или выйти.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="142"/>
        <source>Restore the newest good backup (%1)</source>
        <translation>Восстановить последнюю исправную копию (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="146"/>
        <source>Restore from a file…</source>
        <translation>Восстановить из файла…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="147"/>
        <source>Open another file…</source>
        <translation>Открыть другой файл…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="148"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="160"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="162"/>
        <source>Backups (*.un1540 *.sqlite3 *.db);;All files (*)</source>
        <translation>Резервные копии (*.un1540 *.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="170"/>
        <source>Open a database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="172"/>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Базы данных (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="203"/>
        <location filename="../../ui/application.py" line="487"/>
        <source>The backup was not restored: %1</source>
        <translation>Резервная копия не восстановлена: %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="209"/>
        <location filename="../../ui/application.py" line="505"/>
        <location filename="../../ui/application.py" line="509"/>
        <source>The backup was restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="210"/>
        <location filename="../../ui/application.py" line="510"/>
        <source>The previous data was kept in %1</source>
        <translation>Прежние данные сохранены в %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="221"/>
        <source>Your settings could not be saved in %1 (%2).</source>
        <translation>Не удалось сохранить ваши настройки в %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="372"/>
        <source>The daily backup could not be written: %1</source>
        <translation>Не удалось записать ежедневную резервную копию: %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="376"/>
        <source>Today&apos;s backup was written to %1</source>
        <translation>Сегодняшняя резервная копия записана в %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="383"/>
        <source>The database is damaged: no backup of it was written.</source>
        <translation>База данных повреждена: резервная копия не записана.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="390"/>
        <source>The database is damaged. Today&apos;s backup was not written, and the earlier backups are kept.</source>
        <translation>База данных повреждена. Сегодняшняя резервная копия не записана, прежние резервные копии сохранены.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="398"/>
        <source>Restore a backup now: changes made since that backup will have to be made again. The damaged data is kept aside.</source>
        <translation>Восстановите резервную копию сейчас: изменения, внесенные после ее создания, придется внести заново. Поврежденные данные будут сохранены отдельно.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="403"/>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="404"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="494"/>
        <source>The backup was not restored: the database is open in another window or program. Close it and try again; your data is unchanged.</source>
        <translation>Резервная копия не восстановлена: база данных открыта в другом окне или программе. Закройте ее и повторите попытку; ваши данные не изменены.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="502"/>
        <source>The backup was not restored: %1

Your data is unchanged.</source>
        <translation>Резервная копия не восстановлена: %1

Ваши данные не изменены.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="529"/>
        <source>Something went wrong: %1

Your saved data is safe; the last action may not have been completed.</source>
        <translation>Произошла ошибка: %1

Сохраненные данные не пострадали; последнее действие, возможно, не было завершено.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="51"/>
        <source>No document is attached. Attach the text of the law, the gazette page or any document that proves the answer: it is kept with the data and in every backup.</source>
        <translation>Документы не прикреплены. Прикрепите текст закона, страницу официального вестника или любой документ, подтверждающий ответ: он хранится вместе с данными и в каждой резервной копии.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="56"/>
        <source>Attach a document…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="57"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="58"/>
        <source>Save a copy…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="59"/>
        <location filename="../../ui/widgets/documents_panel.py" line="173"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="113"/>
        <source>Attach documents</source>
        <translation>Прикрепление документов</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="113"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="121"/>
        <source>Attach a document</source>
        <translation>Прикрепление документа</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="122"/>
        <source>“%1” was not attached: %2</source>
        <translation>«%1» не прикреплен: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="133"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="157"/>
        <location filename="../../ui/widgets/documents_panel.py" line="163"/>
        <source>Save a copy</source>
        <translation>Сохранение копии</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="174"/>
        <source>Remove “%1” from this record? Backups made before keep it.</source>
        <translation>Убрать «%1» из этой записи? В ранее созданных резервных копиях он сохранится.</translation>
    </message>
</context>
<context>
    <name>EmptyGuidance</name>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="169"/>
        <location filename="../../ui/widgets/empty_state.py" line="184"/>
        <source>Clear the filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="184"/>
        <source>No action matches the filter.</source>
        <translation>Нет мер, соответствующих фильтру.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="186"/>
        <source>This version of the plan has no action.</source>
        <translation>В этой версии плана нет мер.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="189"/>
        <source>The plan has no priority yet. Add the first priority, then its actions.</source>
        <translation>В плане пока нет приоритетов. Добавьте первый приоритет, затем его меры.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="190"/>
        <source>Add a priority…</source>
        <translation>Добавить приоритет…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="194"/>
        <source>No action yet. Add the actions that will close the gaps of the matrix.</source>
        <translation>Мер пока нет. Добавьте меры, которые устранят пробелы в матрице.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="195"/>
        <source>Add an action…</source>
        <translation>Добавить меру…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="230"/>
        <source>No agency matches the filter.</source>
        <translation>Нет ведомств, соответствующих фильтру.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="231"/>
        <source>No national agency yet. Add the agencies that take part in implementing resolution 1540.</source>
        <translation>Национальных ведомств пока нет. Добавьте ведомства, участвующие в осуществлении резолюции 1540.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="232"/>
        <source>Add an agency…</source>
        <translation>Добавить ведомство…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="236"/>
        <source>No point of contact matches the filter.</source>
        <translation>Нет контактных лиц, соответствующих фильтру.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="237"/>
        <source>No point of contact yet. Add the people the Committee and other States can reach.</source>
        <translation>Контактных лиц пока нет. Добавьте людей, с которыми могут связаться Комитет и другие государства.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="238"/>
        <source>Add a point of contact…</source>
        <translation>Добавить контактное лицо…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="244"/>
        <source>No law matches the filter.</source>
        <translation>Нет правовых актов, соответствующих фильтру.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="245"/>
        <source>No law in the register yet. Add the laws that give effect to resolution 1540.</source>
        <translation>В реестре пока нет правовых актов. Добавьте законы, обеспечивающие выполнение резолюции 1540.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="246"/>
        <source>Add a law…</source>
        <translation>Добавить правовой акт…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="252"/>
        <source>No request matches the filter.</source>
        <translation>Нет просьб, соответствующих фильтру.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="253"/>
        <source>No assistance request yet. Prepare one on the Committee&apos;s template.</source>
        <translation>Просьб об оказании помощи пока нет. Подготовьте просьбу по образцу Комитета.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="254"/>
        <source>New request…</source>
        <translation>Новая просьба…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="259"/>
        <source>No provider matches the filter.</source>
        <translation>Нет поставщиков, соответствующих фильтру.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="260"/>
        <source>No assistance provider yet. Add the States and organizations that offer assistance.</source>
        <translation>Поставщиков помощи пока нет. Добавьте государства и организации, предлагающие помощь.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="261"/>
        <source>Add a provider…</source>
        <translation>Добавить поставщика…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="265"/>
        <source>No offer matches the filter.</source>
        <translation>Нет предложений, соответствующих фильтру.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="266"/>
        <source>No published offer yet. Add the offers of assistance that providers have published.</source>
        <translation>Опубликованных предложений пока нет. Добавьте предложения помощи, опубликованные поставщиками.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="267"/>
        <source>Add an offer…</source>
        <translation>Добавить предложение…</translation>
    </message>
</context>
<context>
    <name>FieldDetail</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="124"/>
        <source>Article, e.g. Art. 12(3)</source>
        <translation>Статья, напр. ст. 12(3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="125"/>
        <source>Cite</source>
        <translation>Сослаться</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="129"/>
        <source>Remove reference</source>
        <translation>Удалить ссылку</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="138"/>
        <source>Page of the national report, or official web site</source>
        <translation>Страница национального доклада или официальный веб-сайт</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="151"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="164"/>
        <source>Discard recovered text</source>
        <translation>Отбросить восстановленный текст</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="171"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="178"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="179"/>
        <source>Legal references</source>
        <translation>Ссылки на правовые акты</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="181"/>
        <source>Cite a &amp;law</source>
        <translation>Сослаться на &amp;акт</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="182"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="183"/>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="184"/>
        <source>Responsible agency</source>
        <translation>Ответственное ведомство</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="189"/>
        <source>Actions in the plan</source>
        <translation>Меры плана</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="190"/>
        <source>Last reviewed</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="192"/>
        <source>Signature</source>
        <translation>Подписание</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="193"/>
        <source>Ratification or accession</source>
        <translation>Ратификация или присоединение</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="194"/>
        <source>Entry into force</source>
        <translation>Вступление в силу</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="195"/>
        <source>Adherence details</source>
        <translation>Сведения об участии</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="277"/>
        <source>Select a field of the matrix.</source>
        <translation>Выберите поле матрицы.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="287"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="309"/>
        <source>No action in the plan yet</source>
        <translation>В плане пока нет мер</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="320"/>
        <source>Text typed on %1 was not applied (the application was closed or stopped). It is shown below: Apply to keep it.</source>
        <translation>Текст, введенный %1, не был применен (программа была закрыта или остановлена). Он показан ниже: нажмите «Применить», чтобы сохранить его.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="356"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
</context>
<context>
    <name>FileOffer</name>
    <message>
        <location filename="../../ui/open_file.py" line="90"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="91"/>
        <source>Restore the package “%1”? Your current data will be kept aside as a package first.</source>
        <translation>Восстановить файл проекта «%1»? Сначала ваши текущие данные будут сохранены отдельно в файле проекта.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="99"/>
        <source>No State is set up yet in %1: it will hold the data of the package.</source>
        <translation>В %1 еще не задано ни одно государство: туда будут помещены данные из файла проекта.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="101"/>
        <source>All the data in %1 will be replaced by the data of the package.</source>
        <translation>Все данные в %1 будут заменены данными из файла проекта.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="103"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="144"/>
        <source>“%1” does not exist: it may have been moved, renamed or deleted, or its drive is not connected. Nothing was opened.</source>
        <translation>«%1» не существует: возможно, файл перемещен, переименован или удален либо его диск не подключен. Ничего не открыто.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="148"/>
        <source>“%1” is a folder, not a file. Nothing was opened.</source>
        <translation>«%1» — это папка, а не файл. Ничего не открыто.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="150"/>
        <source>“%1” is not a regular file (a pipe, a device or a socket). Nothing was opened.</source>
        <translation>«%1» — не обычный файл (а канал, устройство или сокет). Ничего не открыто.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="155"/>
        <source>“%1” cannot be read (%2). Nothing was opened.</source>
        <translation>Не удается прочитать «%1» (%2). Ничего не открыто.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="159"/>
        <source>“%1” is not a file this application opens. It opens a database (.sqlite3), a backup package (.un1540), or an Excel workbook returned by an agency or the Committee&apos;s matrix (.xlsx). Nothing was changed.</source>
        <translation>«%1» — не тот файл, который открывает это приложение. Оно открывает базу данных (.sqlite3), файл проекта (.un1540), а также книгу Excel, возвращенную ведомством, или матрицу Комитета (.xlsx). Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="111"/>
        <location filename="../../ui/dialogs/first_start.py" line="140"/>
        <source>Welcome to 1540 Focal Point</source>
        <translation>Добро пожаловать в 1540 Focal Point</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="113"/>
        <source>Choose the language of the interface. You can change it later in Settings.</source>
        <translation>Выберите язык интерфейса. Его можно изменить позже в разделе «Настройки».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="115"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="143"/>
        <source>This application keeps your State&apos;s implementation matrix, national action plan, assistance requests and reports under Security Council resolution 1540 (2004) on this computer. First, tell it which State you work for.</source>
        <translation>Эта программа хранит на данном компьютере матрицу осуществления, национальный план действий, просьбы об оказании помощи и доклады вашего государства в соответствии с резолюцией 1540 (2004) Совета Безопасности. Сначала укажите государство, которое вы представляете.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="162"/>
        <source>Type to search, e.g. Kenya</source>
        <translation>Начните вводить, напр. Кения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="168"/>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="169"/>
        <source>Focal point (your name)</source>
        <translation>Координатор (ваше имя)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="170"/>
        <source>Title or function</source>
        <translation>Должность или функция</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="177"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="181"/>
        <source>Try the training State (Republic of Examplia) first</source>
        <translation>Сначала попробовать учебное государство (Республика Экзамплия)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="207"/>
        <source>Choose your State from the list.</source>
        <translation>Выберите свое государство из списка.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="28"/>
        <location filename="../../ui/dialogs/forms.py" line="52"/>
        <location filename="../../ui/dialogs/forms.py" line="505"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="29"/>
        <source>Acronym</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="31"/>
        <location filename="../../ui/dialogs/forms.py" line="77"/>
        <location filename="../../ui/dialogs/forms.py" line="506"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="33"/>
        <source>Ministry or parent body</source>
        <translation>Министерство или вышестоящий орган</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="34"/>
        <source>Responsibilities under resolution 1540</source>
        <translation>Функции по резолюции 1540</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="35"/>
        <location filename="../../ui/dialogs/forms.py" line="60"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="36"/>
        <location filename="../../ui/dialogs/forms.py" line="61"/>
        <location filename="../../ui/dialogs/forms.py" line="509"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="37"/>
        <location filename="../../ui/dialogs/forms.py" line="62"/>
        <location filename="../../ui/dialogs/forms.py" line="508"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="38"/>
        <location filename="../../ui/dialogs/forms.py" line="510"/>
        <source>Web site</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="39"/>
        <location filename="../../ui/dialogs/forms.py" line="67"/>
        <location filename="../../ui/dialogs/forms.py" line="94"/>
        <location filename="../../ui/dialogs/forms.py" line="111"/>
        <location filename="../../ui/dialogs/forms.py" line="240"/>
        <location filename="../../ui/dialogs/forms.py" line="329"/>
        <location filename="../../ui/dialogs/forms.py" line="511"/>
        <location filename="../../ui/dialogs/forms.py" line="560"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="44"/>
        <location filename="../../ui/dialogs/forms.py" line="287"/>
        <location filename="../../ui/dialogs/forms.py" line="304"/>
        <location filename="../../ui/dialogs/forms.py" line="371"/>
        <location filename="../../ui/dialogs/forms.py" line="445"/>
        <location filename="../../ui/dialogs/forms.py" line="538"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="48"/>
        <source>Type of point of contact</source>
        <translation>Тип контактного лица</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="53"/>
        <source>Title or function</source>
        <translation>Должность или функция</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="54"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="57"/>
        <source>Other organisation</source>
        <translation>Другая организация</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="58"/>
        <source>e.g. Permanent Mission in New York</source>
        <translation>напр. Постоянное представительство в Нью-Йорке</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="63"/>
        <source>Working languages</source>
        <translation>Рабочие языки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="64"/>
        <source>Date notified to the Committee</source>
        <translation>Дата уведомления Комитета</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="65"/>
        <source>Date last confirmed</source>
        <translation>Дата последнего подтверждения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="66"/>
        <source>Training attended</source>
        <translation>Пройденное обучение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="73"/>
        <source>Title (original language)</source>
        <translation>Название (на языке оригинала)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="74"/>
        <source>Title in English</source>
        <translation>Название на английском языке</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="81"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="82"/>
        <source>Date adopted</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="83"/>
        <source>Date of entry into force</source>
        <translation>Дата вступления в силу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="84"/>
        <source>Official gazette reference</source>
        <translation>Ссылка на официальный вестник</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="86"/>
        <source>Link or file</source>
        <translation>Ссылка или файл</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="86"/>
        <source>https://… or a file path</source>
        <translation>https://… или путь к файлу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="90"/>
        <location filename="../../ui/dialogs/forms.py" line="321"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="100"/>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="101"/>
        <source>Focal point (name)</source>
        <translation>Координатор (имя)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="102"/>
        <source>Focal point (title)</source>
        <translation>Координатор (должность)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="103"/>
        <source>Date of first national report</source>
        <translation>Дата первого национального доклада</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="106"/>
        <source>Dates of additional information</source>
        <translation>Даты дополнительной информации</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="107"/>
        <location filename="../../ui/dialogs/forms.py" line="238"/>
        <source>YYYY-MM-DD, YYYY-MM-DD, …</source>
        <translation>ГГГГ-ММ-ДД, ГГГГ-ММ-ДД, …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="109"/>
        <source>Date of Committee approval of the matrix</source>
        <translation>Дата утверждения матрицы Комитетом</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="110"/>
        <source>National coordination mechanism</source>
        <translation>Национальный координационный механизм</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="153"/>
        <source>Edit agency</source>
        <translation>Изменение ведомства</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="153"/>
        <source>New agency</source>
        <translation>Новое ведомство</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="172"/>
        <source>Edit point of contact</source>
        <translation>Изменение контактного лица</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="172"/>
        <source>New point of contact</source>
        <translation>Новое контактное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="193"/>
        <source>Edit law</source>
        <translation>Изменение правового акта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="193"/>
        <source>New law</source>
        <translation>Новый правовой акт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="220"/>
        <source>State profile</source>
        <translation>Сведения о государстве</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="228"/>
        <source>Title of the plan</source>
        <translation>Название плана</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="229"/>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="230"/>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="231"/>
        <source>Adopting authority</source>
        <translation>Кем утвержден</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="232"/>
        <source>Decision adopting the plan</source>
        <translation>Решение об утверждении плана</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="233"/>
        <source>Coordination mechanism</source>
        <translation>Координационный механизм</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="234"/>
        <source>Date submitted to the Committee</source>
        <translation>Дата представления Комитету</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="237"/>
        <source>Review dates</source>
        <translation>Сроки обзора</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="248"/>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="257"/>
        <location filename="../../ui/dialogs/forms.py" line="285"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="258"/>
        <location filename="../../ui/dialogs/forms.py" line="290"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="260"/>
        <source>Edit priority</source>
        <translation>Изменение приоритета</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="260"/>
        <source>New priority</source>
        <translation>Новый приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="289"/>
        <source>Action or project</source>
        <translation>Мера или проект</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="293"/>
        <source>Operative paragraphs</source>
        <translation>Пункты постановляющей части</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="298"/>
        <location filename="../../ui/dialogs/forms.py" line="549"/>
        <source>Scope</source>
        <translation>Сфера охвата</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="302"/>
        <source>Lead agency</source>
        <translation>Ведущее ведомство</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="308"/>
        <source>Supporting agencies</source>
        <translation>Содействующие ведомства</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="314"/>
        <source>Matrix fields this action closes</source>
        <translation>Поля матрицы, закрываемые этой мерой</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="318"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="319"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="323"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="324"/>
        <source>Expected output</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="325"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="326"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="327"/>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="328"/>
        <source>Assistance needed</source>
        <translation>Необходима помощь</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="338"/>
        <source>Edit action</source>
        <translation>Изменение меры</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="338"/>
        <source>New action</source>
        <translation>Новая мера</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="385"/>
        <source>What exactly: which law or regulation, how many people to train and from which agencies, which equipment and how many units.</source>
        <translation>Что именно: какой закон или нормативный акт, сколько человек обучить и из каких ведомств, какое оборудование и в каком количестве.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="395"/>
        <source>What exists already: laws in force, institutions, equipment, trained staff; and what is missing.</source>
        <translation>Что уже есть: действующие законы, учреждения, оборудование, подготовленный персонал; и чего не хватает.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="404"/>
        <source>What the assistance should achieve.</source>
        <translation>Чего должна позволить достичь помощь.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="410"/>
        <source>Results that can be checked: a law adopted, 40 officers trained, 4 detectors installed.</source>
        <translation>Проверяемые результаты: принят закон, обучено 40 сотрудников, установлено 4 детектора.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="420"/>
        <source>e.g. 3 missions of 5 days in the first half of 2027</source>
        <translation>напр. 3 миссии по 5 дней в первом полугодии 2027 года</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="426"/>
        <source>Experts and days, equipment, approximate cost, national contribution.</source>
        <translation>Эксперты и человеко-дни, оборудование, примерная стоимость, национальный вклад.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="432"/>
        <source>From whom, when, on what; write “None” if there is none.</source>
        <translation>От кого, когда, в какой области; если помощи не было, напишите «Нет».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="477"/>
        <source>Edit assistance request</source>
        <translation>Изменение просьбы об оказании помощи</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="477"/>
        <source>New assistance request</source>
        <translation>Новая просьба об оказании помощи</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="507"/>
        <source>Contact person or office</source>
        <translation>Контактное лицо или подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="517"/>
        <source>Edit provider</source>
        <translation>Изменение поставщика</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="517"/>
        <source>New provider</source>
        <translation>Новый поставщик</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="536"/>
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="541"/>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="544"/>
        <source>Type of assistance</source>
        <translation>Вид помощи</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="551"/>
        <source>Areas</source>
        <translation>Области</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="554"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="555"/>
        <source>e.g. Africa; Central Asia; global</source>
        <translation>напр. Африка; Центральная Азия; весь мир</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="557"/>
        <source>Subjects</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="558"/>
        <source>Contact for the offer</source>
        <translation>Контакт по предложению</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="559"/>
        <source>Date published</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="568"/>
        <source>Edit offer</source>
        <translation>Изменение предложения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="568"/>
        <source>New offer</source>
        <translation>Новое предложение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="587"/>
        <source>Type of report</source>
        <translation>Вид доклада</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="590"/>
        <source>First national report</source>
        <translation>Первый национальный доклад</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="591"/>
        <source>Additional information (a later report)</source>
        <translation>Дополнительная информация (последующий доклад)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="596"/>
        <source>Note verbale reference</source>
        <translation>Номер вербальной ноты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="597"/>
        <source>the reference of the covering note verbale</source>
        <translation>номер препроводительной вербальной ноты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="599"/>
        <source>Date of the report</source>
        <translation>Дата доклада</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="602"/>
        <source>Committee&apos;s note answered: reference</source>
        <translation>Нота Комитета, на которую дается ответ: номер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="603"/>
        <source>if the report answers a note of the Committee; the covering note cites it</source>
        <translation>если доклад представляется в ответ на ноту Комитета; препроводительная нота ссылается на нее</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="605"/>
        <source>Committee&apos;s note answered: date</source>
        <translation>Нота Комитета, на которую дается ответ: дата</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="608"/>
        <source>National context (introduction)</source>
        <translation>Национальный контекст (введение)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="610"/>
        <source>Leave an empty line between paragraphs; each becomes a numbered paragraph.</source>
        <translation>Оставляйте пустую строку между абзацами; каждый станет нумерованным пунктом.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="616"/>
        <source>Other measures (OP 6 to 10)</source>
        <translation>Прочие меры (пп. 6–10 постановляющей части)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="618"/>
        <source>Control lists, outreach, cooperation… Leave an empty line between paragraphs.</source>
        <translation>Контрольные списки, информационно-разъяснительная работа, сотрудничество… Оставляйте пустую строку между абзацами.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="631"/>
        <source>Text of the national report</source>
        <translation>Текст национального доклада</translation>
    </message>
</context>
<context>
    <name>FromActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="161"/>
        <source>Request assistance for an action of the plan</source>
        <translation>Запрос помощи по мере плана</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="168"/>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="170"/>
        <source>a request exists already</source>
        <translation>просьба уже есть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="176"/>
        <source>Actions of the plan marked “assistance needed”. The request starts with the action&apos;s area, scope, agencies, timeframe and matrix fields; you then add what makes it specific enough to be matched.</source>
        <translation>Меры плана с отметкой «необходима помощь». В просьбу переносятся область, сфера охвата, ведомства, сроки и поля матрицы меры; затем вы добавляете сведения, достаточно конкретные для подбора предложения.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="184"/>
        <source>No action of the plan is marked “assistance needed”. Mark one in the action plan, or create a request directly.</source>
        <translation>Ни одна мера плана не отмечена как «необходима помощь». Отметьте меру в плане действий или создайте просьбу напрямую.</translation>
    </message>
</context>
<context>
    <name>GuidedTour</name>
    <message>
        <location filename="../../ui/tour.py" line="40"/>
        <source>The State at a glance: how much of the matrix is answered, what is overdue, the recent changes. While the database is empty, it shows where to start.</source>
        <translation>Государство с первого взгляда: какая часть матрицы заполнена, что просрочено, последние изменения. Пока база данных пуста, здесь показано, с чего начать.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="47"/>
        <source>The Committee&apos;s matrix, section by section. Type X, ?, N or Delete in a cell; Enter opens the field to cite the laws that back the answer.</source>
        <translation>Матрица Комитета, раздел за разделом. Введите в ячейке X, ?, N или нажмите Delete; клавиша Enter открывает поле, чтобы сослаться на законы, подтверждающие ответ.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="53"/>
        <source>The national laws register: add each law once, then cite it from the fields of the matrix.</source>
        <translation>Реестр национальных правовых актов: добавьте каждый акт один раз, затем ссылайтесь на него из полей матрицы.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="58"/>
        <source>The National Implementation Action Plan: priorities, the actions that close the gaps of the matrix, and their timeline.</source>
        <translation>Национальный план действий по осуществлению: приоритеты, меры по устранению пробелов в матрице и их график.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="65"/>
        <source>Assistance requests on the Committee&apos;s template, and the providers and offers that can meet them.</source>
        <translation>Просьбы об оказании помощи по образцу Комитета, а также поставщики и предложения, которые могут их удовлетворить.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="70"/>
        <source>Send an agency an Excel workbook of the fields it answers for, then import its reply.</source>
        <translation>Отправьте ведомству рабочую книгу Excel с полями, за которые оно отвечает, затем импортируйте его ответ.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="75"/>
        <source>Export the national report, the matrix and the plan as PDF and Excel in the six UN languages. Help › Guided tour shows this tour again.</source>
        <translation>Экспортируйте национальный доклад, матрицу и план в форматах PDF и Excel на шести языках ООН. Команда «Справка › Знакомство с программой» снова покажет этот обзор.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="90"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="95"/>
        <source>Skip the tour</source>
        <translation>Пропустить обзор</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="145"/>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="151"/>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="151"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="25"/>
        <source>Handover pack for a successor</source>
        <translation>Материалы для передачи дел преемнику</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="28"/>
        <source>Writes two files in the chosen folder: a PDF for the person who takes over (the State profile, agencies and contacts, submissions, open actions and requests, workbooks awaited from agencies, and where the evidence is), and the project package holding the whole database and every attached document. Give both to your successor; the package is restored with File › Restore from a backup.</source>
        <translation>Записывает в выбранную папку два файла: PDF для того, кто принимает дела (сведения о государстве, ведомства и контактные лица, представленные документы, незавершенные меры и просьбы, рабочие книги, ожидаемые от ведомств, и место хранения подтверждающих материалов), и файл проекта, содержащий всю базу данных и все прикрепленные документы. Передайте оба файла преемнику; файл проекта восстанавливается командой «Файл › Восстановить из резервной копии».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="38"/>
        <source>Folder for the handover pack</source>
        <translation>Папка для материалов передачи дел</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="39"/>
        <source>Encrypt the package with a passphrase (give the passphrase separately)</source>
        <translation>Зашифровать файл проекта парольной фразой (передайте ее отдельно)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="46"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="47"/>
        <source>Language of the PDF</source>
        <translation>Язык PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="50"/>
        <source>Write the handover pack</source>
        <translation>Создать материалы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="71"/>
        <source>Choose an existing folder.</source>
        <translation>Выберите существующую папку.</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../ui/help.py" line="163"/>
        <source>This page is not available in your language yet: it is shown in English.</source>
        <translation>Эта страница пока недоступна на вашем языке: она показана на английском.</translation>
    </message>
</context>
<context>
    <name>HelpService</name>
    <message>
        <location filename="../../ui/help.py" line="449"/>
        <source>Help for this view</source>
        <translation>Справка по этому разделу</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="453"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help.py" line="180"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="185"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="189"/>
        <source>Forward</source>
        <translation>Вперед</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="199"/>
        <source>Find in this page</source>
        <translation>Найти на этой странице</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="200"/>
        <source>Type a word and press Enter to find it in the page shown.</source>
        <translation>Введите слово и нажмите Enter, чтобы найти его на показанной странице.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="202"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="205"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="211"/>
        <source>The help topics</source>
        <translation>Разделы справки</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="56"/>
        <location filename="../../ui/dialogs/history.py" line="183"/>
        <source>Other details</source>
        <translation>Прочие сведения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="67"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="69"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="71"/>
        <source>All the data was replaced by the package&apos;s</source>
        <translation>Все данные заменены данными из файла проекта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="88"/>
        <source>a deleted record</source>
        <translation>удаленная запись</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="104"/>
        <source>Responsible agency</source>
        <translation>Ответственное ведомство</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="106"/>
        <source>Legal reference</source>
        <translation>Ссылка на правовой акт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="108"/>
        <source>Step of the lifecycle</source>
        <translation>Этап жизненного цикла</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="111"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="112"/>
        <source>Date sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="113"/>
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="115"/>
        <source>Proposal</source>
        <translation>Предложенная мера</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="124"/>
        <source>Workbook returned by %1 (sent on %2, file %3)</source>
        <translation>Рабочая книга, возвращенная ведомством %1 (отправлена %2, файл %3)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="130"/>
        <source>The Committee&apos;s matrix, imported from %1</source>
        <translation>Матрица Комитета, импортированная из %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="134"/>
        <source>Package restored: %1</source>
        <translation>Восстановлен файл проекта: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="143"/>
        <source>Undo of “%1”</source>
        <translation>Отмена «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="145"/>
        <source>Undo</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="148"/>
        <source>Redo of “%1”</source>
        <translation>Повтор «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="150"/>
        <source>Redo</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="153"/>
        <source>This application</source>
        <translation>Это приложение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="154"/>
        <source>Command line</source>
        <translation>Командная строка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="155"/>
        <source>Training data</source>
        <translation>Учебные данные</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="156"/>
        <source>Upgrade of the database</source>
        <translation>Обновление базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="157"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="159"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="163"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="173"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="173"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="186"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="192"/>
        <source>Legal reference removed: %1</source>
        <translation>Ссылка на правовой акт удалена: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="195"/>
        <source>Legal reference added: %1</source>
        <translation>Ссылка на правовой акт добавлена: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="201"/>
        <source>%1: %2 added</source>
        <translation>%1: добавлено — %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="203"/>
        <source>%1: %2 removed</source>
        <translation>%1: удалено — %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="207"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="228"/>
        <source>History: %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="230"/>
        <source>Changes to %1, newest first</source>
        <translation>Изменения: %1, сначала новые</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="237"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="237"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="237"/>
        <source>From where</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="244"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="258"/>
        <source>(not named)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="271"/>
        <source>No change recorded yet.</source>
        <translation>Изменений пока не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="306"/>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="308"/>
        <source>Who changed the selected item, when, from where, and what changed</source>
        <translation>Кто изменил выбранный элемент, когда, откуда и что именно изменилось</translation>
    </message>
</context>
<context>
    <name>ImportChangeModel</name>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="27"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="30"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="31"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="32"/>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="33"/>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="34"/>
        <source>Current value</source>
        <translation>Текущее значение</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="35"/>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="36"/>
        <source>Sent as</source>
        <translation>Было направлено</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="37"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="43"/>
        <source>Import from %1</source>
        <translation>Импорт из %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="61"/>
        <source>⚠ %n change(s) conflict with a change made here since the workbook was sent: they are not ticked. Tick one to replace what the database holds now.</source>
        <translation>
            <numerusform>⚠ %n изменение противоречит изменению, внесенному здесь после отправки книги: оно не отмечено. Отметьте его, чтобы заменить то, что сейчас в базе данных.</numerusform>
            <numerusform>⚠ %n изменения противоречат изменению, внесенному здесь после отправки книги: они не отмечены. Отметьте нужное, чтобы заменить то, что сейчас в базе данных.</numerusform>
            <numerusform>⚠ %n изменений противоречат изменению, внесенному здесь после отправки книги: они не отмечены. Отметьте нужное, чтобы заменить то, что сейчас в базе данных.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="68"/>
        <source>⚠ %n change(s) would replace an answer the database already holds: they are not ticked. Tick one to replace what the database holds now.</source>
        <translation>
            <numerusform>⚠ %n изменение заменило бы ответ, уже имеющийся в базе данных: оно не отмечено. Отметьте его, чтобы заменить то, что сейчас в базе данных.</numerusform>
            <numerusform>⚠ %n изменения заменили бы ответы, уже имеющиеся в базе данных: они не отмечены. Отметьте нужное, чтобы заменить то, что сейчас в базе данных.</numerusform>
            <numerusform>⚠ %n изменений заменили бы ответы, уже имеющиеся в базе данных: они не отмечены. Отметьте нужное, чтобы заменить то, что сейчас в базе данных.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="80"/>
        <source>Nothing has changed yet. Untick what should not be applied, then press “Apply”. Every change applied is recorded in the history with the file it came from.</source>
        <translation>Пока ничего не изменено. Снимите отметки с того, что не следует применять, и нажмите «Применить». Каждое примененное изменение заносится в историю вместе с файлом, из которого оно получено.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="109"/>
        <source>Select all</source>
        <translation>Выбрать все</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="111"/>
        <source>Select none</source>
        <translation>Снять все</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="115"/>
        <source>Conflicts only</source>
        <translation>Только конфликты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="151"/>
        <source>Workbook returned by %1</source>
        <translation>Рабочая книга, возвращенная ведомством: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="153"/>
        <source>The Committee&apos;s matrix, in the Committee&apos;s layout</source>
        <translation>Матрица Комитета в формате Комитета</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="155"/>
        <source>%n field(s) read</source>
        <translation>
            <numerusform>Прочитано %n поле</numerusform>
            <numerusform>Прочитано %n поля</numerusform>
            <numerusform>Прочитано %n полей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="156"/>
        <source>%n change(s) in %1</source>
        <translation>
            <numerusform>%n изменение в %1</numerusform>
            <numerusform>%n изменения в %1</numerusform>
            <numerusform>%n изменений в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="157"/>
        <source>%n field(s)</source>
        <comment>in N fields</comment>
        <translation>
            <numerusform>%n поле</numerusform>
            <numerusform>%n полях</numerusform>
            <numerusform>%n полях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="159"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="162"/>
        <source>%n already in the database</source>
        <translation>
            <numerusform>%n уже в базе данных</numerusform>
            <numerusform>%n уже в базе данных</numerusform>
            <numerusform>%n уже в базе данных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="171"/>
        <source>Apply %n selected change(s)</source>
        <translation>
            <numerusform>Применить %n выбранное изменение</numerusform>
            <numerusform>Применить %n выбранных изменения</numerusform>
            <numerusform>Применить %n выбранных изменений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="163"/>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="183"/>
        <source>Nothing imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Regulatory authority</source>
        <translation>Регулирующий орган</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Customs</source>
        <translation>Таможня</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Law enforcement</source>
        <translation>Правоохранительные органы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Intelligence</source>
        <translation>Разведка</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Health</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Defence</source>
        <translation>Оборона</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Justice</source>
        <translation>Юстиция</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Research</source>
        <translation>Научные исследования</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <location filename="../../ui/labels.py" line="28"/>
        <location filename="../../ui/labels.py" line="37"/>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Capital</source>
        <translation>Столица</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Permanent Mission</source>
        <translation>Постоянное представительство</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Constitution</source>
        <translation>Конституция</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <location filename="../../ui/labels.py" line="230"/>
        <source>Law</source>
        <translation>Закон</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Decree</source>
        <translation>Указ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Regulation</source>
        <translation>Постановление</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Amended</source>
        <translation>С изменениями</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Repealed</source>
        <translation>Утратил силу</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Delayed</source>
        <translation>С задержкой</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>OP 1 (non-support, treaties)</source>
        <translation>п. 1 (отказ от поддержки, договоры)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>OP 2 (legislation and penalties)</source>
        <translation>п. 2 (законодательство и меры наказания)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>OP 3 (a) accounting and securing</source>
        <translation>п. 3 a) учет и обеспечение сохранности</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>OP 3 (b) physical protection</source>
        <translation>п. 3 b) физическая защита</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>OP 3 (c) border control and law enforcement</source>
        <translation>п. 3 c) пограничный контроль и правоохранительная деятельность</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>OP 3 (d) export and trans-shipment controls</source>
        <translation>п. 3 d) контроль за экспортом и перевалкой</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>National action plan</source>
        <translation>Национальный план действий</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Reporting</source>
        <translation>Представление докладов</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Outreach</source>
        <translation>Информационно-разъяснительная работа</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Nuclear</source>
        <translation>Ядерное оружие</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Chemical</source>
        <translation>Химическое оружие</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Biological</source>
        <translation>Биологическое оружие</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Means of delivery</source>
        <translation>Средства доставки</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Cross-cutting</source>
        <translation>Сквозные вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Legislative drafting</source>
        <translation>Разработка законодательства</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Expert advice</source>
        <translation>Экспертные консультации</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Training</source>
        <translation>Подготовка кадров</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Awareness raising</source>
        <translation>Повышение осведомленности</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Institutional capacity</source>
        <translation>Институциональный потенциал</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Draft, not sent</source>
        <translation>Проект, не направлена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Ready to send</source>
        <translation>Готова к направлению</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Sent</source>
        <translation>Направлена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Acknowledged</source>
        <translation>Получение подтверждено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Circulated to providers</source>
        <translation>Разослана поставщикам</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Offer received</source>
        <translation>Получено предложение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Matched, in delivery</source>
        <translation>Поставщик найден, в работе</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Delivered</source>
        <translation>Помощь оказана</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <location filename="../../ui/labels.py" line="222"/>
        <source>Withdrawn</source>
        <translation>Отозвана</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>International organisation</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Regional organisation</source>
        <translation>Региональная организация</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>NGO or academia</source>
        <translation>НПО или научное сообщество</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Not decided</source>
        <translation>Решение не принято</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Yes, a summary may be published</source>
        <translation>Да, краткое изложение может быть опубликовано</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Give the request a title naming its subject.</source>
        <translation>Дайте просьбе название, отражающее ее предмет.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Choose the point of contact for this request.</source>
        <translation>Выберите контактное лицо по этой просьбе.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Choose the area (operative paragraph) of the request.</source>
        <translation>Выберите область просьбы (пункт постановляющей части).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Choose the scope: nuclear, chemical, biological, means of delivery or cross-cutting.</source>
        <translation>Выберите сферу охвата: ядерное, химическое, биологическое оружие, средства доставки или сквозные вопросы.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Choose the type of assistance (legislative drafting, expert advice, training…).</source>
        <translation>Выберите вид помощи (разработка законодательства, экспертные консультации, подготовка кадров…).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>Describe exactly what is needed: which text, how many people, which equipment.</source>
        <translation>Точно опишите, что требуется: какой текст, сколько человек, какое оборудование.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Describe what exists already: laws, institutions, equipment, trained staff.</source>
        <translation>Опишите, что уже есть: законы, учреждения, оборудование, подготовленный персонал.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>State the objectives of the assistance.</source>
        <translation>Укажите цели помощи.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>State the results expected at the end of the assistance.</source>
        <translation>Укажите результаты, ожидаемые по завершении помощи.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Name the beneficiary agencies: for whom the assistance is.</source>
        <translation>Назовите ведомства — получатели помощи: для кого она предназначена.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Give the timeframe: start and end dates, or how long.</source>
        <translation>Укажите сроки: даты начала и окончания или продолжительность.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>Estimate the resources: experts, days, equipment, cost.</source>
        <translation>Оцените ресурсы: эксперты, дни, оборудование, стоимость.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Say what assistance was received or is under way (write “None” if there is none).</source>
        <translation>Укажите, какая помощь уже получена или оказывается (если ее нет, напишите «Нет»).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Say whether the Committee may publish a summary of the request.</source>
        <translation>Укажите, может ли Комитет опубликовать краткое изложение просьбы.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>At least %1 words are expected.</source>
        <translation>Ожидается не менее %1 слов.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>Replace “%1” with specifics.</source>
        <translation>Замените «%1» конкретными сведениями.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Give figures: how many people, sessions, texts, items or days.</source>
        <translation>Приведите цифры: сколько человек, занятий, текстов, единиц или дней.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>The Committee asks for one request per subject area: keep one area here and make another request for the others.</source>
        <translation>Комитет просит направлять по одной просьбе на каждую область: оставьте здесь одну область, а по остальным подготовьте другую просьбу.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150"/>
        <source>The point of contact has neither a phone number nor an e-mail address.</source>
        <translation>У контактного лица нет ни номера телефона, ни адреса электронной почты.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>X: the State has taken the step and/or provided references</source>
        <translation>X: государство приняло меру и/или представило ссылки</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158"/>
        <source>?: the references may not be relevant or are incomplete</source>
        <translation>?: ссылки могут быть нерелевантными или неполными</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>NA: does not apply to the State</source>
        <translation>NA: неприменимо к государству</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <source>blank: no information given or found</source>
        <translation>пусто: информация не представлена или не найдена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165"/>
        <source>legal framework</source>
        <translation>правовая база</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>enforcement</source>
        <translation>правоприменение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170"/>
        <source>Nuclear weapons (NW)</source>
        <translation>Ядерное оружие (ЯО)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="171"/>
        <source>Chemical weapons (CW)</source>
        <translation>Химическое оружие (ХО)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="172"/>
        <source>Biological weapons (BW)</source>
        <translation>Биологическое оружие (БО)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <location filename="../../ui/labels.py" line="783"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <location filename="../../ui/labels.py" line="785"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="179"/>
        <location filename="../../ui/labels.py" line="786"/>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>Signature date</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>Ratification date</source>
        <translation>Дата ратификации</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>Entry into force</source>
        <translation>Вступление в силу</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="184"/>
        <source>Reviewed on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>Changed here since it was sent</source>
        <translation>Изменено здесь после отправки</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>The database holds another answer</source>
        <translation>В базе данных другой ответ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="195"/>
        <source>Subject of the request</source>
        <translation>Предмет просьбы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196"/>
        <source>Point of contact for the request</source>
        <translation>Контактное лицо по просьбе</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="197"/>
        <source>Area (one per request)</source>
        <translation>Область (одна на просьбу)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="198"/>
        <source>Scope</source>
        <translation>Сфера охвата</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199"/>
        <source>Type of assistance</source>
        <translation>Вид помощи</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="200"/>
        <source>Description of the need</source>
        <translation>Описание потребности</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201"/>
        <source>Current situation</source>
        <translation>Текущее положение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202"/>
        <location filename="../../ui/labels.py" line="796"/>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="203"/>
        <source>Expected results</source>
        <translation>Ожидаемые результаты</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204"/>
        <source>Beneficiary agencies</source>
        <translation>Ведомства — получатели помощи</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="205"/>
        <source>Timeframe from</source>
        <translation>Сроки: с</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="206"/>
        <source>Timeframe to</source>
        <translation>Сроки: по</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207"/>
        <source>Timeframe (details)</source>
        <translation>Сроки (подробности)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="208"/>
        <source>Estimated resources</source>
        <translation>Оценка необходимых ресурсов</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="209"/>
        <source>Assistance already received or under way</source>
        <translation>Уже полученная или оказываемая помощь</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="210"/>
        <source>Preferred or already contacted providers</source>
        <translation>Предпочтительные или уже известные поставщики</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="211"/>
        <source>Consent to publication of a summary</source>
        <translation>Согласие на публикацию краткого изложения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="212"/>
        <source>Action of the plan</source>
        <translation>Мера плана</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="213"/>
        <source>Matrix fields concerned</source>
        <translation>Соответствующие поля матрицы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="214"/>
        <source>Date of the request</source>
        <translation>Дата просьбы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="215"/>
        <source>Note verbale reference</source>
        <translation>Номер вербальной ноты</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="216"/>
        <source>Internal notes</source>
        <translation>Внутренние заметки</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="221"/>
        <source>Awaited</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="226"/>
        <location filename="../../ui/labels.py" line="788"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="227"/>
        <source>Point of contact</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="228"/>
        <location filename="../../ui/labels.py" line="616"/>
        <source>State profile</source>
        <translation>Сведения о государстве</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="229"/>
        <source>Additional information</source>
        <translation>Дополнительная информация</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="231"/>
        <source>Matrix field</source>
        <translation>Поле матрицы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <location filename="../../ui/labels.py" line="784"/>
        <source>Legal reference</source>
        <translation>Ссылка на правовой акт</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233"/>
        <source>Matrix template</source>
        <translation>Шаблон матрицы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="234"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235"/>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="236"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="237"/>
        <source>Action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="238"/>
        <source>Assistance request</source>
        <translation>Просьба об оказании помощи</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="239"/>
        <source>Assistance provider</source>
        <translation>Поставщик помощи</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="240"/>
        <source>Assistance offer</source>
        <translation>Предложение помощи</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="241"/>
        <source>Text of the national report</source>
        <translation>Текст национального доклада</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="242"/>
        <source>Submitted document</source>
        <translation>Представленный документ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="246"/>
        <source>added</source>
        <translation>добавление</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="247"/>
        <source>changed</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="248"/>
        <source>deleted</source>
        <translation>удаление</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>loaded</source>
        <translation>загрузка</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>upgraded</source>
        <translation>обновление версии</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="251"/>
        <source>restored</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="252"/>
        <source>marked as submitted</source>
        <translation>отмечено как представленное</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256"/>
        <source>“%1” must be filled in.</source>
        <translation>Поле «%1» должно быть заполнено.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="257"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>В поле «%1» указана не дата; введите ее в формате ГГГГ-ММ-ДД, например 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="258"/>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>В поле «%1» указан недопустимый адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259"/>
        <source>“%1” has a value that is not allowed.</source>
        <translation>В поле «%1» указано недопустимое значение.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="260"/>
        <source>“%1” is too long.</source>
        <translation>Поле «%1» слишком длинное.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261"/>
        <source>Another record already has this “%1”.</source>
        <translation>Другая запись уже имеет такое значение поля «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262"/>
        <source>“%1” must be a whole number from 0 to 100.</source>
        <translation>В поле «%1» должно быть целое число от 0 до 100.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="263"/>
        <source>“%1” is before the start date.</source>
        <translation>Дата в поле «%1» предшествует дате начала.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="264"/>
        <source>Only blank or “?” fields are gaps.</source>
        <translation>Пробелами считаются только пустые поля или поля со знаком «?».</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="265"/>
        <source>The request cannot move to this status from where it is.</source>
        <translation>Просьба не может перейти в этот статус из текущего.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="266"/>
        <source>“%1” is before the previous step of this request.</source>
        <translation>Дата в поле «%1» предшествует предыдущему этапу этой просьбы.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267"/>
        <source>“%1” cannot be a date in the future.</source>
        <translation>«%1» не может быть датой в будущем.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="268"/>
        <source>This law is still cited by matrix fields: remove those references first, or mark it repealed.</source>
        <translation>На этот правовой акт еще ссылаются поля матрицы: сначала удалите эти ссылки или отметьте, что акт утратил силу.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="335"/>
        <source>, </source>
        <comment>separator between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="350"/>
        <source>OP %1</source>
        <translation>п. %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="352"/>
        <source>(a)</source>
        <comment>sub-paragraph of an operative paragraph</comment>
        <translation>a)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="353"/>
        <source>(b)</source>
        <comment>sub-paragraph of an operative paragraph</comment>
        <translation>b)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="354"/>
        <source>(c)</source>
        <comment>sub-paragraph of an operative paragraph</comment>
        <translation>c)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="355"/>
        <source>(d)</source>
        <comment>sub-paragraph of an operative paragraph</comment>
        <translation>d)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="357"/>
        <source>OP %1 %2</source>
        <translation>п. %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="515"/>
        <source>new agency “%1”</source>
        <translation>новое ведомство «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="516"/>
        <source>changes to agency “%1”</source>
        <translation>изменение ведомства «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="517"/>
        <source>deletion of agency “%1”</source>
        <translation>удаление ведомства «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="518"/>
        <source>new point of contact “%1”</source>
        <translation>новое контактное лицо «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="519"/>
        <source>changes to point of contact “%1”</source>
        <translation>изменение контактного лица «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="520"/>
        <source>deletion of point of contact “%1”</source>
        <translation>удаление контактного лица «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="521"/>
        <source>new law “%1”</source>
        <translation>новый правовой акт «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="522"/>
        <source>changes to law “%1”</source>
        <translation>изменение правового акта «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="523"/>
        <source>deletion of law “%1”</source>
        <translation>удаление правового акта «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="524"/>
        <source>new priority “%1”</source>
        <translation>новый приоритет «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="525"/>
        <source>changes to priority “%1”</source>
        <translation>изменение приоритета «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="526"/>
        <source>deletion of priority “%1”</source>
        <translation>удаление приоритета «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="527"/>
        <source>new action “%1”</source>
        <translation>новая мера «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="528"/>
        <source>changes to action “%1”</source>
        <translation>изменение меры «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="529"/>
        <source>deletion of action “%1”</source>
        <translation>удаление меры «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="530"/>
        <source>proposed action “%1” kept</source>
        <translation>предложенная мера «%1» принята</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="531"/>
        <source>actions proposed for the selected gaps</source>
        <translation>меры, предложенные для выбранных пробелов</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="532"/>
        <location filename="../../ui/labels.py" line="533"/>
        <source>changes to the action plan “%1”</source>
        <translation>изменение плана действий «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="534"/>
        <source>action plan version frozen as submitted</source>
        <translation>версия плана действий зафиксирована как представленная</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="535"/>
        <source>new assistance request “%1”</source>
        <translation>новая просьба об оказании помощи «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="536"/>
        <source>changes to assistance request “%1”</source>
        <translation>изменение просьбы об оказании помощи «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="537"/>
        <source>deletion of assistance request “%1”</source>
        <translation>удаление просьбы об оказании помощи «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="538"/>
        <source>new status of assistance request “%1”</source>
        <translation>новый статус просьбы об оказании помощи «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="539"/>
        <source>status step cancelled on assistance request “%1”</source>
        <translation>отмена изменения статуса просьбы об оказании помощи «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="542"/>
        <source>offer “%1” linked to a request</source>
        <translation>предложение «%1» связано с просьбой</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="543"/>
        <source>offer “%1” unlinked from a request</source>
        <translation>связь предложения «%1» с просьбой удалена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="544"/>
        <source>offer linked to assistance request “%1”</source>
        <translation>предложение связано с просьбой об оказании помощи «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="545"/>
        <source>offer unlinked from assistance request “%1”</source>
        <translation>связь предложения с просьбой об оказании помощи «%1» удалена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="546"/>
        <source>new provider “%1”</source>
        <translation>новый поставщик «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="547"/>
        <source>changes to provider “%1”</source>
        <translation>изменение поставщика «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="548"/>
        <source>deletion of provider “%1”</source>
        <translation>удаление поставщика «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="549"/>
        <source>new offer “%1”</source>
        <translation>новое предложение «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="550"/>
        <source>changes to offer “%1”</source>
        <translation>изменение предложения «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="551"/>
        <source>deletion of offer “%1”</source>
        <translation>удаление предложения «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="552"/>
        <location filename="../../ui/labels.py" line="553"/>
        <source>changes to the State profile</source>
        <translation>изменение сведений о государстве</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="554"/>
        <source>State profile set up</source>
        <translation>сведения о государстве внесены</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="555"/>
        <source>new date of additional information “%1”</source>
        <translation>новая дата дополнительной информации «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="556"/>
        <source>deletion of a date of additional information “%1”</source>
        <translation>удаление даты дополнительной информации «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="557"/>
        <location filename="../../ui/labels.py" line="558"/>
        <source>changes to the text of the national report</source>
        <translation>изменение текста национального доклада</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="559"/>
        <location filename="../../ui/labels.py" line="560"/>
        <location filename="../../ui/labels.py" line="582"/>
        <source>answer to %2</source>
        <translation>ответ: %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="561"/>
        <location filename="../../ui/labels.py" line="583"/>
        <source>legal reference added to %2</source>
        <translation>ссылка на правовой акт добавлена: %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="562"/>
        <location filename="../../ui/labels.py" line="584"/>
        <source>legal reference removed from %2</source>
        <translation>ссылка на правовой акт удалена: %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="563"/>
        <location filename="../../ui/labels.py" line="585"/>
        <source>import of “%1”</source>
        <translation>импорт «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="564"/>
        <source>import of the workbook “%1”</source>
        <translation>импорт рабочей книги «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="565"/>
        <location filename="../../ui/labels.py" line="566"/>
        <source>workbook sent to “%1”</source>
        <translation>рабочая книга направлена: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="567"/>
        <source>workbook for “%1” withdrawn</source>
        <translation>рабочая книга для «%1» отозвана</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="568"/>
        <source>document “%1” marked as submitted</source>
        <translation>документ «%1» отмечен как представленный</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="569"/>
        <location filename="../../ui/labels.py" line="570"/>
        <location filename="../../ui/labels.py" line="597"/>
        <source>document “%1” attached</source>
        <translation>документ «%1» прикреплен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="571"/>
        <location filename="../../ui/labels.py" line="572"/>
        <location filename="../../ui/labels.py" line="598"/>
        <source>document “%1” removed</source>
        <translation>документ «%1» удален</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="573"/>
        <location filename="../../ui/labels.py" line="594"/>
        <source>restore of the backup “%1”</source>
        <translation>восстановление резервной копии «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="578"/>
        <source>new record (%3) “%1”</source>
        <translation>новая запись (%3) «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="579"/>
        <location filename="../../ui/labels.py" line="580"/>
        <source>changes to %3 “%1”</source>
        <translation>изменение: %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="581"/>
        <source>deletion of %3 “%1”</source>
        <translation>удаление: %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="586"/>
        <source>offer linked: “%1”</source>
        <translation>предложение связано: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="587"/>
        <source>offer unlinked: “%1”</source>
        <translation>связь с предложением удалена: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="588"/>
        <source>new status of %3 “%1”</source>
        <translation>новый статус: %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="589"/>
        <source>status step cancelled on %3 “%1”</source>
        <translation>отмена изменения статуса: %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="590"/>
        <source>%3 “%1” kept</source>
        <translation>принято: %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="591"/>
        <source>proposals: %3</source>
        <translation>предложения: %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="592"/>
        <source>%3 frozen</source>
        <translation>зафиксировано: %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="593"/>
        <source>“%1” marked as submitted</source>
        <translation>«%1» отмечено как представленное</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="595"/>
        <source>%3 sent: “%1”</source>
        <translation>направлено: %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="596"/>
        <source>%3 withdrawn: “%1”</source>
        <translation>отозвано: %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="599"/>
        <source>new order of %3</source>
        <translation>новый порядок: %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="601"/>
        <source>change to %3 “%1”</source>
        <translation>изменение: %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="605"/>
        <source>agency</source>
        <translation>ведомство</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="606"/>
        <source>point of contact</source>
        <translation>контактное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="607"/>
        <source>law</source>
        <translation>правовой акт</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="608"/>
        <source>matrix answer</source>
        <translation>ответ в матрице</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="609"/>
        <source>legal reference</source>
        <translation>ссылка на правовой акт</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="610"/>
        <source>action plan</source>
        <translation>план действий</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="611"/>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="612"/>
        <source>action</source>
        <translation>мера</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="613"/>
        <source>assistance request</source>
        <translation>просьба об оказании помощи</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="614"/>
        <source>provider</source>
        <translation>поставщик</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="615"/>
        <source>offer</source>
        <translation>предложение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="617"/>
        <source>date of additional information</source>
        <translation>дата дополнительной информации</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="618"/>
        <source>text of the national report</source>
        <translation>текст национального доклада</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="619"/>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="620"/>
        <source>agency workbook</source>
        <translation>рабочая книга ведомства</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="621"/>
        <source>submitted document</source>
        <translation>представленный документ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="622"/>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="624"/>
        <source>record</source>
        <translation>запись</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="626"/>
        <source>a matrix field</source>
        <translation>поле матрицы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="629"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="630"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="631"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="632"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="637"/>
        <source>Cannot undo: plan version frozen</source>
        <translation>Отмена невозможна: версия плана зафиксирована</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="638"/>
        <source>Cannot undo: report submitted</source>
        <translation>Отмена невозможна: доклад представлен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="639"/>
        <source>Cannot undo: restored from a backup</source>
        <translation>Отмена невозможна: данные восстановлены из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="640"/>
        <source>Cannot undo: workbook sent</source>
        <translation>Отмена невозможна: рабочая книга направлена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="642"/>
        <source>Cannot undo: “%1” cannot be taken back</source>
        <translation>Отмена невозможна: «%1» нельзя отменить</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="646"/>
        <source>Cannot undo — %1: what it changed was changed again since (%2). Nothing was changed.</source>
        <translation>Отмена невозможна — %1: затронутые данные с тех пор снова изменены (%2). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="649"/>
        <source>Cannot redo — %1: what it changed was changed again since (%2). Nothing was changed.</source>
        <translation>Повтор невозможен — %1: затронутые данные с тех пор снова изменены (%2). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="652"/>
        <source>Cannot undo — %1: what it changed was changed since outside this application&apos;s steps (for example by another program). Nothing was changed.</source>
        <translation>Отмена невозможна — %1: затронутые данные с тех пор изменены вне этой программы (например, другой программой). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="657"/>
        <source>Cannot redo — %1: what it changed was changed since outside this application&apos;s steps (for example by another program). Nothing was changed.</source>
        <translation>Повтор невозможен — %1: затронутые данные с тех пор изменены вне этой программы (например, другой программой). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="662"/>
        <source>Cannot undo — %1: it is no longer the last step, the data was changed meanwhile (another window or the command line). Nothing was changed; the Edit menu now shows the next step.</source>
        <translation>Отмена невозможна — %1: это уже не последний шаг, данные тем временем изменены (в другом окне или из командной строки). Ничего не изменено; в меню «Правка» теперь показан следующий шаг.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="667"/>
        <source>Cannot redo — %1: the data was changed meanwhile (another window or the command line). Nothing was changed; the Edit menu now shows the next step.</source>
        <translation>Повтор невозможен — %1: данные тем временем изменены (в другом окне или из командной строки). Ничего не изменено; в меню «Правка» теперь показан следующий шаг.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="672"/>
        <source>There is nothing to undo.</source>
        <translation>Отменять нечего.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="673"/>
        <source>There is nothing to redo.</source>
        <translation>Повторять нечего.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="674"/>
        <source>Cannot undo — %1. Nothing was changed.</source>
        <translation>Отмена невозможна — %1. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="675"/>
        <source>Cannot redo — %1. Nothing was changed.</source>
        <translation>Повтор невозможен — %1. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="678"/>
        <source>Cannot undo — %1: the plan version is frozen as submitted. Nothing was changed.</source>
        <translation>Отмена невозможна — %1: версия плана зафиксирована как представленная. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="681"/>
        <source>Cannot undo — %1: the document was submitted to the Committee. Nothing was changed.</source>
        <translation>Отмена невозможна — %1: документ представлен Комитету. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="684"/>
        <source>Cannot undo — %1: the data was restored from a backup since. Nothing was changed.</source>
        <translation>Отмена невозможна — %1: с тех пор данные восстановлены из резервной копии. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="687"/>
        <source>Cannot undo — %1: the workbook was sent to the agency. Nothing was changed.</source>
        <translation>Отмена невозможна — %1: рабочая книга направлена ведомству. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="780"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="781"/>
        <source>Label</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="782"/>
        <source>Label in another language</source>
        <translation>Формулировка на другом языке</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="787"/>
        <source>Adherence details</source>
        <translation>Сведения об участии</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="789"/>
        <source>English title</source>
        <translation>Название на английском языке</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="790"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="791"/>
        <source>Official gazette</source>
        <translation>Официальный вестник</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="792"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="793"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="794"/>
        <source>Expected output</source>
        <translation>Ожидаемый результат</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="795"/>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="797"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="798"/>
        <source>Areas</source>
        <translation>Области</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="799"/>
        <source>Subjects</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="800"/>
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="801"/>
        <source>Contact</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="802"/>
        <source>Name</source>
        <translation>Имя или название</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="803"/>
        <source>Acronym</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="804"/>
        <source>Responsibilities</source>
        <translation>Функции</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="805"/>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="806"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="807"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="808"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>LayoutMemory</name>
    <message>
        <location filename="../../ui/layout_memory.py" line="366"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/layout_memory.py" line="368"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Восстановить исходное расположение</translation>
    </message>
    <message>
        <location filename="../../ui/layout_memory.py" line="392"/>
        <source>The layout was reset: window size, panes, columns and filters are as at first start.</source>
        <translation>Расположение сброшено: размер окна, панели, столбцы и фильтры — как при первом запуске.</translation>
    </message>
</context>
<context>
    <name>LegalInstrumentTableModel</name>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="23"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="26"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="31"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="34"/>
        <source>Cited by (fields)</source>
        <translation>Цитируется (поля)</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="35"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="36"/>
        <source>Adopted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="37"/>
        <source>In force since</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="38"/>
        <source>Title in English</source>
        <translation>Название на английском языке</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="60"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="63"/>
        <source>Matrix row</source>
        <translation>Строка матрицы</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="64"/>
        <source>Weapons</source>
        <translation>Оружие</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="65"/>
        <source>Column</source>
        <translation>Графа</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="66"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="67"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>LegislationView</name>
    <message>
        <location filename="../../ui/views/legislation.py" line="53"/>
        <source>National laws register</source>
        <translation>Реестр национальных правовых актов</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="57"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="80"/>
        <source>No matrix field cites this law.</source>
        <translation>Ни одно поле матрицы не ссылается на этот акт.</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="90"/>
        <source>Where the selected law is cited in the matrix</source>
        <translation>Где выбранный акт цитируется в матрице</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="91"/>
        <location filename="../../ui/views/legislation.py" line="93"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/legislation.py" line="93"/>
        <source>Documents (%n)</source>
        <translation>
            <numerusform>Документы (%n)</numerusform>
            <numerusform>Документы (%n)</numerusform>
            <numerusform>Документы (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/legislation.py" line="155"/>
        <source>This law is repealed, but %n matrix field(s) still cite it. Review each of them: cite the law that replaced it, or change the field&apos;s value.</source>
        <translation>
            <numerusform>Этот акт утратил силу, но на него все еще ссылается %n поле матрицы. Проверьте его: сошлитесь на акт, который его заменил, или измените значение поля.</numerusform>
            <numerusform>Этот акт утратил силу, но на него все еще ссылаются %n поля матрицы. Проверьте каждое из них: сошлитесь на акт, который его заменил, или измените значение поля.</numerusform>
            <numerusform>Этот акт утратил силу, но на него все еще ссылаются %n полей матрицы. Проверьте каждое из них: сошлитесь на акт, который его заменил, или измените значение поля.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="165"/>
        <source>Delete law</source>
        <translation>Удаление правового акта</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="166"/>
        <source>Delete “%1” from the register?</source>
        <translation>Удалить «%1» из реестра?</translation>
    </message>
</context>
<context>
    <name>LinkOfferDialog</name>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="215"/>
        <source>Link an offer to the request</source>
        <translation>Связь предложения с просьбой</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="229"/>
        <source>(already linked)</source>
        <translation>(уже связано)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="233"/>
        <source>Offers in the register, best fit first (★: shared type of assistance, area and scope).</source>
        <translation>Предложения из реестра, сначала наиболее подходящие (★: совпадают вид помощи, область и сфера охвата).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="240"/>
        <source>e.g. expert mission proposed for March</source>
        <translation>напр. экспертная миссия, предложенная на март</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="242"/>
        <source>Offer received on</source>
        <translation>Дата получения предложения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="243"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Implementation matrix</source>
        <translation>Матрица осуществления</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Legislation</source>
        <translation>Законодательство</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Agencies and contacts</source>
        <translation>Ведомства и контакты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Agency workbooks</source>
        <translation>Рабочие книги ведомств</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Reports and exports</source>
        <translation>Доклады и экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Open a database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Open the &amp;training State</source>
        <translation>Открыть &amp;учебное государство</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Back up (export the project package)…</source>
        <translation>Создать &amp;резервную копию (экспорт файла проекта)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>&amp;Handover pack for a successor…</source>
        <translation>&amp;Материалы для передачи дел преемнику…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>&amp;Guided tour</source>
        <translation>&amp;Знакомство с программой</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Искать везде…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>%1 could not be done: %2 Nothing was changed.</source>
        <translation>Не удалось выполнить «%1»: %2 Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445"/>
        <source>%1 · matrix template %2</source>
        <translation>%1 · шаблон матрицы %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>Backup failed</source>
        <translation>Ошибка резервного копирования</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>The backup could not be written: %1</source>
        <translation>Не удалось записать резервную копию: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>Back up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>The backup was written, but these documents are missing or damaged in the documents folder and are not in it: %1</source>
        <translation>Резервная копия записана, но следующие документы отсутствуют или повреждены в папке документов и в нее не вошли: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>Backup written to %1 (%2, %3)</source>
        <translation>Резервная копия записана в %1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="492"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>The handover pack is ready:

%1 (%2)
%3 (%4)

Give both files to your successor.</source>
        <translation>Материалы для передачи дел готовы:

%1 (%2)
%3 (%4)

Передайте оба файла преемнику.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="528"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="633"/>
        <source>Interface: %1, working translation (%2 of %3 messages), not revised by the United Nations.</source>
        <translation>Интерфейс: %1, рабочий перевод (%2 из %3 сообщений), не отредактированный Организацией Объединенных Наций.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <location filename="../../ui/main_window.py" line="525"/>
        <source>Handover pack</source>
        <translation>Материалы для передачи дел</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&amp;About / diagnostics</source>
        <translation>&amp;О программе / диагностика</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="520"/>
        <source>The handover pack could not be written: %1</source>
        <translation>Не удалось записать материалы для передачи дел: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>Open the PDF</source>
        <translation>Открыть PDF</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>Show the folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="547"/>
        <source>Open a database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="549"/>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Базы данных (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557"/>
        <location filename="../../ui/main_window.py" line="567"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <source>Databases (*.sqlite3)</source>
        <translation>Базы данных (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="568"/>
        <source>“%1” already exists; it is opened as it is, nothing is overwritten.</source>
        <translation>«%1» уже существует; файл открыт как есть, ничего не перезаписано.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="593"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="595"/>
        <source>Replace all current data with the backup “%1”? The current data is kept aside first, as a backup file beside the database.</source>
        <translation>Заменить все текущие данные резервной копией «%1»? Сначала текущие данные будут сохранены отдельно — в файле резервной копии рядом с базой данных.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="616"/>
        <source>%1 %2

For national points of contact under UN Security Council resolution 1540 (2004).

Your data stays on this computer: %3</source>
        <translation>%1 %2

Для национальных контактных лиц по резолюции 1540 (2004) Совета Безопасности Организации Объединенных Наций.

Ваши данные хранятся на этом компьютере: %3</translation>
    </message>
</context>
<context>
    <name>MarkSubmittedDialog</name>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="42"/>
        <location filename="../../ui/dialogs/reports.py" line="91"/>
        <location filename="../../ui/dialogs/reports.py" line="124"/>
        <source>Mark as submitted</source>
        <translation>Отметить как представленный</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="49"/>
        <source>Document: %1
File: %2</source>
        <translation>Документ: %1
Файл: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="63"/>
        <source>e.g. the reference of the note verbale</source>
        <translation>напр. номер вербальной ноты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="70"/>
        <location filename="../../ui/dialogs/reports.py" line="118"/>
        <source>Date submitted</source>
        <translation>Дата представления</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="71"/>
        <location filename="../../ui/dialogs/reports.py" line="118"/>
        <source>Note verbale reference</source>
        <translation>Номер вербальной ноты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="72"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="76"/>
        <source>The document is written again to the same file from the data as it is now (a report or a request with the note verbale number and the date typed here), then kept in the database exactly as written, with a copy of the data behind it. A submitted document is read-only: it cannot be changed or deleted afterwards. A later report can then list only the changes since this one.</source>
        <translation>Документ заново записывается в тот же файл на основе данных в их нынешнем виде (доклад или просьба — с указанными здесь номером вербальной ноты и датой), затем сохраняется в базе данных точно в том виде, в каком он записан, вместе с копией данных, на основе которых он подготовлен. Представленный документ доступен только для чтения: впоследствии его нельзя изменить или удалить. Последующий доклад сможет тогда содержать только изменения с момента представления этого.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="129"/>
        <source>Not marked as submitted</source>
        <translation>Не отмечен как представленный</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="130"/>
        <source>The document could not be marked as submitted: %1</source>
        <translation>Не удалось отметить документ как представленный: %1</translation>
    </message>
</context>
<context>
    <name>MatrixCounts</name>
    <message numerus="yes">
        <location filename="../../ui/models/matrix_table_model.py" line="34"/>
        <source>%n legal reference(s)</source>
        <translation>
            <numerusform>%n ссылка на правовой акт</numerusform>
            <numerusform>%n ссылки на правовые акты</numerusform>
            <numerusform>%n ссылок на правовые акты</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixHeatMap</name>
    <message>
        <location filename="../../ui/widgets/heat_map.py" line="52"/>
        <source>Rows: the measures of each section, by number. Columns: under each weapon, its legal framework then its enforcement.</source>
        <translation>Строки: меры каждого раздела по номерам. Столбцы: для каждого вида оружия — правовая база, затем правоприменение.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heat_map.py" line="99"/>
        <source>Section %1</source>
        <translation>Раздел %1</translation>
    </message>
</context>
<context>
    <name>MatrixTableModel</name>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="178"/>
        <source>⚠ Cites a repealed law: review this field.</source>
        <translation>⚠ Ссылается на акт, утративший силу: проверьте это поле.</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="207"/>
        <source>national legal framework</source>
        <translation>национальная правовая база</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="209"/>
        <source>enforcement: civil / criminal penalties</source>
        <translation>правоприменение: гражданско-правовые / уголовные санкции</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="214"/>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="217"/>
        <source>Yes (X)</source>
        <translation>Да (X)</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="197"/>
        <location filename="../../ui/models/matrix_table_model.py" line="218"/>
        <source>Signature, ratification, entry into force</source>
        <translation>Подписание, ратификация, вступление в силу</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="143"/>
        <source>Wording not yet confirmed against the Committee&apos;s matrix.</source>
        <translation>Формулировка еще не сверена с матрицей Комитета.</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="219"/>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="224"/>
        <source>legal</source>
        <translation>прав. база</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="226"/>
        <source>enforc.</source>
        <translation>правоприм.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="384"/>
        <location filename="../../ui/views/matrix.py" line="466"/>
        <source>Section %1</source>
        <translation>Раздел %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="398"/>
        <source>Keys: X, ? or N (NA) set the value, Delete clears it, Enter opens the details, Ctrl+PgDown / Ctrl+PgUp change section.</source>
        <translation>Клавиши: X, ?, N (NA) — значение; Delete — очистить; Enter — подробности; Ctrl+PgDown / Ctrl+PgUp — раздел.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="404"/>
        <source>Propose actions for selected gaps</source>
        <translation>Предложить меры по пробелам</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="408"/>
        <source>Select blank or ? cells (Ctrl+click or Shift+arrows), then add draft actions to the action plan, one per section.</source>
        <translation>Выделите пустые ячейки или ячейки со знаком «?» (Ctrl+щелчок или Shift+стрелки), затем добавьте проекты мер в план действий, по одной на раздел.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="455"/>
        <source>Search the matrix: words in any language, laws, remarks, agencies…</source>
        <translation>Поиск в матрице: слова на любом языке, правовые акты, примечания, ведомства…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="459"/>
        <source>Any value</source>
        <translation>Любое значение</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="460"/>
        <source>blank</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="464"/>
        <source>All sections</source>
        <translation>Все разделы</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="469"/>
        <source>All weapons</source>
        <translation>Все виды оружия</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="478"/>
        <source>Changed since YYYY-MM-DD</source>
        <translation>Изменено с ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="480"/>
        <source>Without legal reference</source>
        <translation>Без ссылок на акты</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="527"/>
        <source>All agencies</source>
        <translation>Все ведомства</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="551"/>
        <source>“Changed since” is not a date (YYYY-MM-DD).</source>
        <translation>«Изменено с» — это не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="559"/>
        <source>%n field(s) found</source>
        <translation>
            <numerusform>Найдено %n поле</numerusform>
            <numerusform>Найдено %n поля</numerusform>
            <numerusform>Найдено %n полей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="660"/>
        <source>%n draft action(s) added to the action plan for %1. Edit them there, then keep or delete them.</source>
        <translation>
            <numerusform>В план действий добавлен %n проект меры для %1. Отредактируйте его там, затем примите или удалите.</numerusform>
            <numerusform>В план действий добавлены %n проекта мер для %1. Отредактируйте их там, затем примите или удалите.</numerusform>
            <numerusform>В план действий добавлено %n проектов мер для %1. Отредактируйте их там, затем примите или удалите.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="663"/>
        <source>%n field(s)</source>
        <comment>for N fields</comment>
        <translation>
            <numerusform>%n поля</numerusform>
            <numerusform>%n полей</numerusform>
            <numerusform>%n полей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="652"/>
        <location filename="../../ui/views/matrix.py" line="658"/>
        <source>Propose actions</source>
        <translation>Предложить меры</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="652"/>
        <source>Select one or more blank or “?” cells first.</source>
        <translation>Сначала выделите одну или несколько пустых ячеек или ячеек со знаком «?».</translation>
    </message>
</context>
<context>
    <name>NewWorkbookDialog</name>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="53"/>
        <source>New workbook for an agency</source>
        <translation>Новая рабочая книга для ведомства</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="62"/>
        <source>The agency receives an Excel workbook with the fields chosen here and what they hold now. It fills in the white cells and sends the file back; you then import it and accept the changes one by one.</source>
        <translation>Ведомство получает рабочую книгу Excel с выбранными здесь полями и их текущим содержанием. Оно заполняет белые ячейки и возвращает файл; затем вы импортируете его и принимаете изменения по одному.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="73"/>
        <source>No agency is recorded yet. Add the agencies under “Agencies and contacts” first: a workbook is always sent to one of them.</source>
        <translation>Ведомства пока не зарегистрированы. Сначала добавьте их в разделе «Ведомства и контакты»: рабочая книга всегда направляется одному из них.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="103"/>
        <source>Section %1: %2</source>
        <translation>Раздел %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="109"/>
        <source>Only the fields this agency is responsible for</source>
        <translation>Только поля, за которые отвечает это ведомство</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="111"/>
        <source>The fields for which the matrix names this agency as responsible.</source>
        <translation>Поля, для которых в матрице это ведомство указано как ответственное.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="122"/>
        <source>Ask for a reply by</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="142"/>
        <source>Shown on the first sheet of the workbook, e.g. what to check first.</source>
        <translation>Показывается на первом листе рабочей книги, напр. что проверить в первую очередь.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="156"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="157"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="158"/>
        <source>Language of the workbook</source>
        <translation>Язык рабочей книги</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="159"/>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="160"/>
        <source>Note to the agency</source>
        <translation>Примечание для ведомства</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="165"/>
        <source>Create the workbook…</source>
        <translation>Создать рабочую книгу…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/agency_workbook.py" line="205"/>
        <source>%n field(s) will be sent.</source>
        <translation>
            <numerusform>Будет направлено %n поле.</numerusform>
            <numerusform>Будут направлены %n поля.</numerusform>
            <numerusform>Будет направлено %n полей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/agency_workbook.py" line="219"/>
        <source>%1 / %n character(s)</source>
        <translation>
            <numerusform>%1 / %n символ</numerusform>
            <numerusform>%1 / %n символа</numerusform>
            <numerusform>%1 / %n символов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="209"/>
        <source>No field: tick at least one section.</source>
        <translation>Нет полей: отметьте хотя бы один раздел.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="211"/>
        <source>No field of these sections names this agency as responsible.</source>
        <translation>Ни в одном поле этих разделов это ведомство не указано как ответственное.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="233"/>
        <source>Save the workbook for %1</source>
        <translation>Сохранение рабочей книги для %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="235"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="255"/>
        <source>Workbook not created</source>
        <translation>Рабочая книга не создана</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="256"/>
        <source>The workbook could not be written: %1

Nothing was recorded.</source>
        <translation>Не удалось записать рабочую книгу: %1

Ничего не зарегистрировано.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/views/overview.py" line="145"/>
        <source>Training State: fictional data for workshops</source>
        <translation>Учебное государство: вымышленные данные для семинаров</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="154"/>
        <source>Edit profile…</source>
        <translation>Изменить сведения…</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="168"/>
        <source>matrix fields answered</source>
        <translation>заполнено полей матрицы</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="171"/>
        <source>national agencies</source>
        <translation>национальные ведомства</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="172"/>
        <source>points of contact</source>
        <translation>контактные лица</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="173"/>
        <source>laws in the register</source>
        <translation>правовые акты в реестре</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="174"/>
        <source>answers without a legal reference</source>
        <translation>ответы без ссылки на правовой акт</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="178"/>
        <source>Reporting to the 1540 Committee</source>
        <translation>Представление докладов Комитету 1540</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="185"/>
        <source>First national report</source>
        <translation>Первый национальный доклад</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="186"/>
        <source>Additional information</source>
        <translation>Дополнительная информация</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="187"/>
        <source>Matrix approved by the Committee</source>
        <translation>Матрица утверждена Комитетом</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="188"/>
        <source>Matrix template version</source>
        <translation>Версия шаблона матрицы</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="200"/>
        <source>Implementation matrix: coverage by section and weapon type</source>
        <translation>Матрица осуществления: охват по разделам и видам оружия</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="209"/>
        <source>Overdue and due in the next 60 days: actions of the plan, follow-up of assistance requests</source>
        <translation>Просроченное и со сроком в ближайшие 60 дней: меры плана, контроль просьб об оказании помощи</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="227"/>
        <source>The matrix at a glance</source>
        <translation>Матрица с первого взгляда</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="231"/>
        <source>Each square is a data field; click one to open it.</source>
        <translation>Каждый квадрат — поле данных; щелкните, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="237"/>
        <source>Recent changes</source>
        <translation>Последние изменения</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="267"/>
        <source>(focal point not named yet)</source>
        <translation>(координатор еще не назначен)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="270"/>
        <source>Focal point: %1</source>
        <translation>Координатор: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="273"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="284"/>
        <source>fields changed since the last report (%1)</source>
        <translation>изменено полей после последнего доклада (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="286"/>
        <source>fields changed (no report sent yet)</source>
        <translation>изменено полей (доклады еще не направлялись)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="291"/>
        <source>Nothing overdue or due soon.</source>
        <translation>Нет просроченного и срочного.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="309"/>
        <source>%n earlier</source>
        <translation>
            <numerusform>%n более ранняя</numerusform>
            <numerusform>%n более ранние</numerusform>
            <numerusform>%n более ранних</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="321"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и еще %n</numerusform>
            <numerusform>… и еще %n</numerusform>
            <numerusform>… и еще %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="331"/>
        <location filename="../../ui/views/overview.py" line="349"/>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="336"/>
        <source>%1 — assistance request sent on %2: the Chair will ask whether it has been met — %3</source>
        <translation>%1 — просьба об оказании помощи направлена %2: Председатель спросит, была ли она удовлетворена — %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="343"/>
        <source>%1 — reply awaited from %2 (workbook sent on %3)</source>
        <translation>%1 — ожидается ответ: %2 (рабочая книга направлена %3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="347"/>
        <source>No reply date — reply awaited from %2 (workbook sent on %3)</source>
        <translation>Без срока ответа — ожидается ответ: %2 (рабочая книга направлена %3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="361"/>
        <source>Section %1: %2</source>
        <translation>Раздел %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="364"/>
        <source>All sections B-D: %1</source>
        <translation>Все разделы B–D: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="382"/>
        <source>X %1 · ? %2 · NA %3 · blank %4 (%5 answered)</source>
        <translation>X %1 · ? %2 · NA %3 · пусто %4 (заполнено %5)</translation>
    </message>
</context>
<context>
    <name>PackageTarget</name>
    <message>
        <location filename="../../ui/widgets/package_target.py" line="47"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="53"/>
        <location filename="../../ui/dialogs/backups.py" line="69"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="57"/>
        <source>Choose a passphrase for the package. Keep it safe: without it nobody, not even you, can restore the package.</source>
        <translation>Задайте парольную фразу для файла проекта. Храните ее надежно: без нее никто, даже вы, не сможет восстановить файл.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="61"/>
        <source>“%1” is encrypted. Enter its passphrase.</source>
        <translation>Файл «%1» зашифрован. Введите его парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="74"/>
        <source>Passphrase again</source>
        <translation>Парольная фраза (повтор)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="93"/>
        <source>Enter a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="95"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Парольные фразы не совпадают. Введите одну и ту же фразу дважды.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="102"/>
        <source>The passphrase is wrong, or the package is damaged.</source>
        <translation>Парольная фраза неверна, или файл проекта поврежден.</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="164"/>
        <source>Still to complete</source>
        <translation>Осталось заполнить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="241"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="302"/>
        <source>Nothing missing: the request can be marked ready and sent.</source>
        <translation>Все заполнено: просьбу можно отметить как готовую и направить.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="401"/>
        <source>Unsaved text found</source>
        <translation>Найден несохраненный текст</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="402"/>
        <source>This form was being edited on %1 and was not saved. Restore that text?</source>
        <translation>Эта форма редактировалась %1 и не была сохранена. Восстановить этот текст?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="425"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="427"/>
        <source>Your changes could not be saved: %1

Nothing was changed, and what you typed is still in the form.</source>
        <translation>Не удалось сохранить изменения: %1

Ничего не изменено, введенный текст остался в форме.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="449"/>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="450"/>
        <source>You have typed changes that are not saved. Discard them?</source>
        <translation>Введенные изменения не сохранены. Отменить их?</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="112"/>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="114"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="115"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="116"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/labels.py" line="423"/>
        <source>National report</source>
        <translation>Национальный доклад</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="424"/>
        <source>Implementation matrix</source>
        <translation>Матрица осуществления</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="425"/>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="426"/>
        <source>Assistance request</source>
        <translation>Просьба об оказании помощи</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="429"/>
        <source>The national report in the Committee&apos;s layout: covering note, introduction, one part per operative paragraph with every matrix field and its legal references, the measures under OP 6 to 10 (action plan, assistance requests sent) and an annex of the laws cited.</source>
        <translation>Национальный доклад в формате Комитета: препроводительная нота, введение, по одной части на каждый пункт постановляющей части со всеми полями матрицы и ссылками на правовые акты, меры по пунктам 6–10 (план действий, направленные просьбы об оказании помощи) и приложение с цитируемыми правовыми актами.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="435"/>
        <source>Only the matrix fields changed since the report submitted on %1, each with what was reported then and what holds now, with the covering note, the introduction and the part on OP 6 to 10.</source>
        <translation>Только поля матрицы, измененные после доклада, представленного %1, — для каждого то, что было сообщено тогда, и то, что действует сейчас, — а также препроводительная нота, введение и часть по пунктам 6–10.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="440"/>
        <source>The 1540 Committee matrix: every field of sections A to D with its value, legal references, source and remarks, in the Committee&apos;s layout.</source>
        <translation>Матрица Комитета 1540: все поля разделов A–D со значениями, ссылками на правовые акты, источниками и примечаниями в формате Комитета.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="445"/>
        <source>The National Implementation Action Plan: its header, priorities and every action with lead agency, dates, status and progress, and a timeline.</source>
        <translation>Национальный план действий по осуществлению: общие сведения, приоритеты и все меры с ведущим ведомством, сроками, статусом и ходом выполнения, а также график.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="450"/>
        <source>One assistance request on the Committee&apos;s template: point of contact, need, current situation, objectives, beneficiaries, timeframe and resources.</source>
        <translation>Одна просьба об оказании помощи по шаблону Комитета: контактное лицо, потребность, текущее положение, цели, получатели, сроки и ресурсы.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="457"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="458"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="461"/>
        <source>Full</source>
        <translation>Полный</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="462"/>
        <source>Changes only</source>
        <translation>Только изменения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="465"/>
        <source>Reading the data…</source>
        <translation>Чтение данных…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="466"/>
        <source>Laying out the pages…</source>
        <translation>Верстка страниц…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="467"/>
        <source>Writing the file…</source>
        <translation>Запись файла…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="468"/>
        <source>Checking the file against the database…</source>
        <translation>Сверка файла с базой данных…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="471"/>
        <source>matrix fields</source>
        <translation>поля матрицы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="472"/>
        <source>actions</source>
        <translation>меры</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="473"/>
        <source>assistance requests</source>
        <translation>просьбы об оказании помощи</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="474"/>
        <source>laws</source>
        <translation>правовые акты</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="475"/>
        <source>parts of the request</source>
        <translation>части просьбы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="489"/>
        <source>%1 (changes since the last submitted report)</source>
        <translation>%1 (изменения после последнего представленного доклада)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="503"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="23"/>
        <source>Date submitted</source>
        <translation>Дата представления</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="26"/>
        <location filename="../../ui/views/reports.py" line="170"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="31"/>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="35"/>
        <location filename="../../ui/views/reports.py" line="173"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="39"/>
        <location filename="../../ui/views/reports.py" line="174"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="42"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="43"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="44"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="45"/>
        <source>Marked by</source>
        <translation>Кем отмечен</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="65"/>
        <source>Checked: %1</source>
        <translation>Проверено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="84"/>
        <source>Reports and exports</source>
        <translation>Доклады и экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="88"/>
        <source>Export the national report, the matrix, the action plan or an assistance request as PDF or Excel in any of the six UN languages. Every file is checked against the database before it is kept.</source>
        <translation>Экспорт национального доклада, матрицы, плана действий или просьбы об оказании помощи в PDF или Excel на любом из шести официальных языков ООН. Перед сохранением каждый файл сверяется с базой данных.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="129"/>
        <source>Full report</source>
        <translation>Полный доклад</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="131"/>
        <source>Changes since the last submitted report</source>
        <translation>Изменения после последнего представленного доклада</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="144"/>
        <source>PDF (to print or send)</source>
        <translation>PDF (для печати или отправки)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="146"/>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="163"/>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="171"/>
        <source>Request</source>
        <translation>Просьба</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="172"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="178"/>
        <source>New export</source>
        <translation>Новый экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="213"/>
        <source>Open the file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="215"/>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="217"/>
        <source>Mark as submitted…</source>
        <translation>Отметить как представленный…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="219"/>
        <source>Keep this file, read-only, as the document sent to the 1540 Committee.</source>
        <translation>Сохранить этот файл только для чтения как документ, направленный Комитету 1540.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="233"/>
        <source>Last export</source>
        <translation>Последний экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="246"/>
        <source>Report text…</source>
        <translation>Текст доклада…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="250"/>
        <source>The type of report, its reference and date, the national context and the other measures (OP 6 to 10).</source>
        <translation>Вид доклада, его номер и дата, национальный контекст и прочие меры (пп. 6–10).</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="253"/>
        <source>Text of the national report</source>
        <translation>Текст национального доклада</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="275"/>
        <source>No document has been marked as submitted yet. After sending a document to the Committee, export it here and use “Mark as submitted…”.</source>
        <translation>Ни один документ еще не отмечен как представленный. После направления документа Комитету экспортируйте его здесь и выберите «Отметить как представленный…».</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="282"/>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="284"/>
        <source>Write the document exactly as it was submitted to a file.</source>
        <translation>Записать в файл документ точно в том виде, в каком он был представлен.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="286"/>
        <source>Submitted documents are kept in the database exactly as sent; they cannot be changed or deleted.</source>
        <translation>Представленные документы хранятся в базе данных точно в том виде, в каком были направлены; их нельзя изменить или удалить.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="293"/>
        <source>Submitted documents</source>
        <translation>Представленные документы</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="328"/>
        <source>No assistance request yet</source>
        <translation>Просьб об оказании помощи пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="338"/>
        <source>Available once a national report has been marked as submitted: export the full report, send it, then use “Mark as submitted…”.</source>
        <translation>Доступно после того, как национальный доклад отмечен как представленный: экспортируйте полный доклад, направьте его, затем выберите «Отметить как представленный…».</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="345"/>
        <source>Only the matrix fields changed since the report submitted on %1.</source>
        <translation>Только поля матрицы, измененные после доклада, представленного %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="352"/>
        <source>First national report</source>
        <translation>Первый национальный доклад</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="354"/>
        <source>Additional information (a later report)</source>
        <translation>Дополнительная информация (последующий доклад)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="358"/>
        <source>Reference: %1</source>
        <translation>Номер: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="359"/>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="360"/>
        <source>the day of the export</source>
        <translation>день экспорта</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="362"/>
        <source>Committee&apos;s note answered: %1</source>
        <translation>Нота Комитета, на которую дается ответ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="400"/>
        <source>In Excel, each part is a sheet; the first column holds each record&apos;s key.</source>
        <translation>В Excel каждая часть — отдельный лист; в первом столбце — ключ каждой записи.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="407"/>
        <source>Write the chosen document to a file; it is read back and checked before it is kept.</source>
        <translation>Записать выбранный документ в файл; перед сохранением он перечитывается и проверяется.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="409"/>
        <source>There is no assistance request to export yet.</source>
        <translation>Просьб об оказании помощи для экспорта пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="463"/>
        <location filename="../../ui/views/reports.py" line="694"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="463"/>
        <location filename="../../ui/views/reports.py" line="694"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="466"/>
        <source>Export %1</source>
        <translation>Экспорт: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="479"/>
        <location filename="../../ui/views/reports.py" line="567"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="485"/>
        <source>Exporting %1…</source>
        <translation>Экспорт: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="504"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="513"/>
        <source>Exporting %1</source>
        <translation>Экспорт: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="514"/>
        <source>Preparing the export…</source>
        <translation>Подготовка экспорта…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="523"/>
        <source>Cancelling the export…</source>
        <translation>Отмена экспорта…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="560"/>
        <source>The export failed: nothing was written.</source>
        <translation>Экспорт не выполнен: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="564"/>
        <source>The export stopped because of an unexpected problem: %1

Nothing was written. Please report this problem.</source>
        <translation>Экспорт прерван из-за непредвиденной проблемы: %1

Ничего не записано. Сообщите, пожалуйста, об этой проблеме.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="571"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Экспорт отменен: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="579"/>
        <source>Nothing exported yet. Choose a document, then press “Export…”.</source>
        <translation>Экспорт еще не выполнялся. Выберите документ и нажмите «Экспортировать…».</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="584"/>
        <source>Written and checked: %1</source>
        <translation>Записано и проверено: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="592"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="595"/>
        <source>Checked against the database: %1.</source>
        <translation>Сверено с базой данных: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="598"/>
        <source>Marked as submitted: it is listed under “Submitted documents”.</source>
        <translation>Отмечен как представленный: см. «Представленные документы».</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="623"/>
        <location filename="../../ui/views/reports.py" line="634"/>
        <source>Mark as submitted</source>
        <translation>Отметить как представленный</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="624"/>
        <source>The file %1 is no longer there; export the document again.</source>
        <translation>Файла %1 больше нет; экспортируйте документ повторно.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="636"/>
        <source>The file was changed after the export (it may have been opened and saved). Marking it as submitted writes it again from the data: the changes made in the file are not kept. Continue?</source>
        <translation>Файл изменен после экспорта (возможно, его открыли и сохранили). При отметке о представлении он будет заново записан на основе данных: изменения, внесенные в файл, не сохранятся. Продолжить?</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="697"/>
        <source>Save a copy of the submitted document</source>
        <translation>Сохранение копии представленного документа</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="707"/>
        <source>Copy not saved</source>
        <translation>Копия не сохранена</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="710"/>
        <source>Copy of the submitted document saved to %1</source>
        <translation>Копия представленного документа сохранена в %1</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/views/assistance.py" line="79"/>
        <source>Still to complete (double-click to fill in)</source>
        <translation>Осталось заполнить (двойной щелчок — заполнить)</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="84"/>
        <source>Unlink offer</source>
        <translation>Отвязать предложение</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="86"/>
        <source>Offers linked to this request</source>
        <translation>Предложения, связанные с этой просьбой</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="92"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="92"/>
        <source>Step or change</source>
        <translation>Этап или изменение</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="92"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="95"/>
        <source>Cancel the last status change…</source>
        <translation>Отменить последний статус…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="97"/>
        <source>Lifecycle and history</source>
        <translation>Жизненный цикл и история</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="108"/>
        <source>Documents (note verbale, acknowledgement, offer…)</source>
        <translation>Документы (нота, подтверждение, предложение…)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="171"/>
        <location filename="../../ui/dialogs/backups.py" line="271"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="176"/>
        <source>A backup of this database is made every day when the application starts. Choose one, or another backup file. Your current data is kept aside first.</source>
        <translation>Резервная копия этой базы данных создается ежедневно при запуске программы. Выберите одну из них или другой файл резервной копии. Текущие данные будут предварительно сохранены отдельно.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>Checked</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="200"/>
        <source>Damaged: %1</source>
        <translation>Повреждена: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="207"/>
        <source>Damaged</source>
        <translation>Повреждена</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="209"/>
        <source>Sound (integrity checked)</source>
        <translation>Исправна (целостность проверена)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="211"/>
        <source>Not checked (older version; checked when restored)</source>
        <translation>Не проверена (старая версия; проверяется при восстановлении)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="224"/>
        <source>There is no daily backup of this database yet (folder: %1).</source>
        <translation>Ежедневных резервных копий этой базы данных еще нет (папка: %1).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="230"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="234"/>
        <source>Other file…</source>
        <translation>Другой файл…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="273"/>
        <source>Backups (*.un1540 *.sqlite3 *.db);;All files (*)</source>
        <translation>Резервные копии (*.un1540 *.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/dialogs/search.py" line="41"/>
        <source>Search everything</source>
        <translation>Искать везде</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="48"/>
        <source>Words to find in the matrix, laws, actions, requests, contacts…</source>
        <translation>Слова для поиска в матрице, законах, мерах, просьбах, контактах…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="62"/>
        <source>↑ ↓ to choose, Enter to open, Esc to close.</source>
        <translation>↑ ↓ — выбрать, Enter — открыть, Esc — закрыть.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="82"/>
        <source>%n matrix field(s)</source>
        <translation>
            <numerusform>%n поле матрицы</numerusform>
            <numerusform>%n поля матрицы</numerusform>
            <numerusform>%n полей матрицы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="83"/>
        <source>%n law(s)</source>
        <translation>
            <numerusform>%n закон</numerusform>
            <numerusform>%n закона</numerusform>
            <numerusform>%n законов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="84"/>
        <source>%n priority(ies) of the action plan</source>
        <translation>
            <numerusform>%n приоритет плана действий</numerusform>
            <numerusform>%n приоритета плана действий</numerusform>
            <numerusform>%n приоритетов плана действий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="85"/>
        <source>%n action(s) of the action plan</source>
        <translation>
            <numerusform>%n мера плана действий</numerusform>
            <numerusform>%n меры плана действий</numerusform>
            <numerusform>%n мер плана действий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="86"/>
        <source>%n assistance request(s)</source>
        <translation>
            <numerusform>%n просьба об оказании помощи</numerusform>
            <numerusform>%n просьбы об оказании помощи</numerusform>
            <numerusform>%n просьб об оказании помощи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="87"/>
        <source>%n assistance provider(s)</source>
        <translation>
            <numerusform>%n поставщик помощи</numerusform>
            <numerusform>%n поставщика помощи</numerusform>
            <numerusform>%n поставщиков помощи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="88"/>
        <source>%n assistance offer(s)</source>
        <translation>
            <numerusform>%n предложение помощи</numerusform>
            <numerusform>%n предложения помощи</numerusform>
            <numerusform>%n предложений помощи</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="89"/>
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n ведомство</numerusform>
            <numerusform>%n ведомства</numerusform>
            <numerusform>%n ведомств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="90"/>
        <source>%n point(s) of contact</source>
        <translation>
            <numerusform>%n контактное лицо</numerusform>
            <numerusform>%n контактных лица</numerusform>
            <numerusform>%n контактных лиц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="104"/>
        <source>Matched in %1: %2</source>
        <translation>Найдено в поле «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="117"/>
        <source>Type a word: every part of the database is searched.</source>
        <translation>Введите слово: поиск идет по всей базе данных.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="120"/>
        <source>Nothing holds “%1”.</source>
        <translation>Ничего не содержит «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="123"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="125"/>
        <source>(%n not shown: type more words to narrow the search)</source>
        <translation>
            <numerusform>(%n не показан: введите еще слова, чтобы сузить поиск)</numerusform>
            <numerusform>(%n не показаны: введите еще слова, чтобы сузить поиск)</numerusform>
            <numerusform>(%n не показаны: введите еще слова, чтобы сузить поиск)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="50"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="58"/>
        <source>Weapons</source>
        <translation>Оружие</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="59"/>
        <source>Column</source>
        <translation>Графа</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="51"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="52"/>
        <source>Matched in</source>
        <translation>Где найдено</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="55"/>
        <source>Legal references</source>
        <translation>Ссылки на правовые акты</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="62"/>
        <source>Remarks</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="40"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="42"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="55"/>
        <source>Correct the translation…</source>
        <translation>Исправить перевод…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="64"/>
        <source>Digits in Arabic</source>
        <translation>Цифры в арабском интерфейсе</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="67"/>
        <source>Latin: %1</source>
        <translation>Латинские: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="67"/>
        <source>Arabic-Indic: %1</source>
        <translation>Арабско-индийские: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="75"/>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="82"/>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="84"/>
        <source>Matrix template</source>
        <translation>Шаблон матрицы</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="85"/>
        <source>Open data folder</source>
        <translation>Открыть папку данных</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="87"/>
        <source>Back up…</source>
        <translation>Создать резервную копию…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="90"/>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="130"/>
        <source>The interface is written in English.</source>
        <translation>Интерфейс написан на английском языке.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/settings.py" line="133"/>
        <source>Working translation of all %n interface message(s), not revised by the United Nations. Documents sent to the Committee use their own texts in each language.</source>
        <translation>
            <numerusform>Рабочий перевод всех сообщений интерфейса (%n), не отредактированный Организацией Объединенных Наций. Документы для Комитета используют собственные тексты на каждом языке.</numerusform>
            <numerusform>Рабочий перевод всех %n сообщений интерфейса, не отредактированный Организацией Объединенных Наций. Документы для Комитета используют собственные тексты на каждом языке.</numerusform>
            <numerusform>Рабочий перевод всех %n сообщений интерфейса, не отредактированный Организацией Объединенных Наций. Документы для Комитета используют собственные тексты на каждом языке.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="140"/>
        <source>Working translation: %1 of %2 interface messages; the others are shown in English.</source>
        <translation>Рабочий перевод: %1 из %2 сообщений интерфейса; остальные отображаются на английском языке.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="146"/>
        <source>Your corrections file could not be read (%1); the shipped translation is used.</source>
        <translation>Не удалось прочитать ваш файл исправлений (%1); используется поставляемый перевод.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/settings.py" line="149"/>
        <source>%n correction(s) of yours in use, from %1.</source>
        <translation>
            <numerusform>Используется %n ваше исправление из %1.</numerusform>
            <numerusform>Используются %n ваших исправления из %1.</numerusform>
            <numerusform>Используется %n ваших исправлений из %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="159"/>
        <source>Correct the translation</source>
        <translation>Исправление перевода</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="161"/>
        <source>Your corrections file is %1.

Open it with Qt Linguist or a text editor, change the translations you want, save it, then choose the language again (or restart). Your corrections are kept when the application is updated.</source>
        <translation>Ваш файл исправлений: %1.

Откройте его в Qt Linguist или текстовом редакторе, измените нужные переводы, сохраните файл, затем снова выберите язык (или перезапустите программу). Ваши исправления сохраняются при обновлении программы.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="108"/>
        <source>Exported documents</source>
        <translation>Экспортируемые документы</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="109"/>
        <source>Credit 1540 Focal Point in exported documents</source>
        <translation>Указывать 1540 Focal Point в экспортируемых документах</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="115"/>
        <source>The footer of every page then says “Prepared on … with 1540 Focal Point”; otherwise it gives only the date the document was prepared.</source>
        <translation>Тогда в нижнем колонтитуле каждой страницы будет написано «Подготовлено … с помощью программы 1540 Focal Point»; иначе в нем указывается только дата подготовки документа.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/help.py" line="301"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="306"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="308"/>
        <source>Copy the list to paste it into a document.</source>
        <translation>Скопировать список, чтобы вставить его в документ.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="310"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="52"/>
        <source>Change the status of the request</source>
        <translation>Изменение статуса просьбы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="66"/>
        <source>e.g. NV/1540/2026/12</source>
        <translation>напр. NV/1540/2026/12</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="67"/>
        <source>Note verbale reference</source>
        <translation>Номер вербальной ноты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="71"/>
        <source>What happened: who answered, what was agreed.</source>
        <translation>Что произошло: кто ответил, о чем договорились.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="80"/>
        <source>Current status</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="81"/>
        <location filename="../../ui/dialogs/assistance.py" line="141"/>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="82"/>
        <location filename="../../ui/dialogs/assistance.py" line="140"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="84"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="106"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="125"/>
        <source>The request is not complete yet: what is missing is listed above. “Complete the request…” opens the form on the first item.</source>
        <translation>Просьба еще не заполнена: недостающее перечислено выше. Кнопка «Дополнить просьбу…» открывает форму на первом пункте.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="134"/>
        <source>Complete the request…</source>
        <translation>Дополнить просьбу…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="149"/>
        <source>The status could not be changed: %1</source>
        <translation>Не удалось изменить статус: %1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="69"/>
        <source>(no priority)</source>
        <translation>(без приоритета)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="71"/>
        <source>(no lead agency)</source>
        <translation>(без ведущего ведомства)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="163"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="200"/>
        <source>Action %1: %2</source>
        <translation>Мера %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="202"/>
        <source>From %1 to %2</source>
        <translation>С %1 по %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="208"/>
        <source>%1, overdue</source>
        <translation>%1, просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="209"/>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="212"/>
        <source>Lead agency: %1</source>
        <translation>Ведущее ведомство: %1</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="375"/>
        <source>Overdue (!)</source>
        <translation>Просроченные (!)</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <location filename="../../ui/tooltips.py" line="19"/>
        <source>A date, typed as YYYY-MM-DD (for example 2019-11-05).</source>
        <translation>Дата в формате ГГГГ-ММ-ДД (например, 2019-11-05).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="24"/>
        <source>X: the State has taken the step or given specific references</source>
        <translation>X: государство приняло меру или представило конкретные ссылки</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="25"/>
        <source>?: the references given may not be relevant or are incomplete</source>
        <translation>?: представленные ссылки могут быть неуместны или неполны</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="26"/>
        <source>NA: the field does not apply to the State</source>
        <translation>NA: поле к государству не относится</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="27"/>
        <source>Blank: no information given or found</source>
        <translation>Пусто: информация не представлена и не найдена</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="32"/>
        <source>NW: nuclear weapons</source>
        <translation>NW: ядерное оружие</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="33"/>
        <source>CW: chemical weapons</source>
        <translation>CW: химическое оружие</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="34"/>
        <source>BW: biological weapons</source>
        <translation>BW: биологическое оружие</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="39"/>
        <source>The State profile, the coverage of the matrix and what needs attention.</source>
        <translation>Сведения о государстве, охват матрицы и то, что требует внимания.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="41"/>
        <source>The 1540 Committee&apos;s matrix, sections A to D: your answers with their legal references.</source>
        <translation>Матрица Комитета 1540, разделы A–D: ваши ответы со ссылками на правовые акты.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="43"/>
        <source>The National Implementation Action Plan: priorities, actions, submitted versions.</source>
        <translation>Национальный план действий по осуществлению: приоритеты, меры, представленные версии.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="44"/>
        <source>Assistance requests to the 1540 Committee, providers and their offers.</source>
        <translation>Просьбы об оказании помощи, направляемые Комитету 1540, поставщики и их предложения.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="45"/>
        <source>The national laws register, cited from the matrix.</source>
        <translation>Национальный реестр правовых актов, на которые ссылается матрица.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="46"/>
        <source>National agencies and points of contact.</source>
        <translation>Национальные ведомства и контактные лица.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="47"/>
        <source>Excel workbooks sent to agencies for their answers, and their import.</source>
        <translation>Рабочие книги Excel, направляемые ведомствам для ответов, и их импорт.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="48"/>
        <source>The national report and other documents, as PDF or Excel; submitted documents.</source>
        <translation>Национальный доклад и другие документы в PDF или Excel; представленные документы.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="49"/>
        <source>Language, data file, backups.</source>
        <translation>Язык, файл данных, резервные копии.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="57"/>
        <source>Finds words in the answers, legal references, sources and remarks, in any of the six languages.</source>
        <translation>Находит слова в ответах, ссылках на правовые акты, источниках и замечаниях на любом из шести языков.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="60"/>
        <source>Only the fields with this value: X = step taken, ? = references incomplete or not relevant, NA = does not apply, blank = no information.</source>
        <translation>Только поля с этим значением: X — мера принята, ? — ссылки неполны или неуместны, NA — не относится, пусто — нет информации.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="64"/>
        <source>Only one section: A = OP 1, B = OP 2, C = OP 3 (a) and (b), D = OP 3 (c) and (d).</source>
        <translation>Только один раздел: A — OP 1, B — OP 2, C — OP 3 a) и b), D — OP 3 c) и d).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="66"/>
        <source>Only one type of weapon: NW = nuclear, CW = chemical, BW = biological.</source>
        <translation>Только один вид оружия: NW — ядерное, CW — химическое, BW — биологическое.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="67"/>
        <source>Only the fields for which this agency is responsible.</source>
        <translation>Только поля, за которые отвечает это ведомство.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="68"/>
        <source>Only the fields changed since this date, typed as YYYY-MM-DD.</source>
        <translation>Только поля, измененные после этой даты (в формате ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="69"/>
        <source>Only the fields answered X or ? that cite no law yet.</source>
        <translation>Только поля со значением X или ?, в которых еще нет ссылки на правовой акт.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="73"/>
        <source>X = the State has taken the step; ? = references incomplete or not relevant; NA = does not apply; blank = no information.</source>
        <translation>X — государство приняло меру; ? — ссылки неполны или неуместны; NA — не относится; пусто — нет информации.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="76"/>
        <source>A law of the register. To cite a law that is not listed, add it in Legislation first.</source>
        <translation>Правовой акт из реестра. Чтобы сослаться на акт, которого нет в списке, сначала добавьте его в разделе «Законодательство».</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="77"/>
        <source>The article or paragraph of the law that answers this field.</source>
        <translation>Статья или пункт акта, относящиеся к этому полю.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="78"/>
        <source>Add the chosen law and article to the field&apos;s legal references.</source>
        <translation>Добавить выбранный акт и статью в ссылки поля на правовые акты.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="80"/>
        <source>Remove the selected legal reference from this field; the law stays in the register.</source>
        <translation>Убрать выбранную ссылку на правовой акт из этого поля; акт остается в реестре.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="83"/>
        <source>Where the Committee can check it: the page of the English version of the national report, or an official web site.</source>
        <translation>Где Комитет может это проверить: страница английской версии национального доклада или официальный веб-сайт.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="86"/>
        <source>The national agency responsible for this field.</source>
        <translation>Национальное ведомство, отвечающее за это поле.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="87"/>
        <source>Save the value, references, source and remarks of this field (Ctrl+Enter).</source>
        <translation>Сохранить значение, ссылки, источник и замечания этого поля (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="91"/>
        <source>The current plan, or a version frozen when it was submitted (read-only).</source>
        <translation>Текущий план или версия, зафиксированная при представлении (только для чтения).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="93"/>
        <source>Keep this version of the plan, read-only, as submitted to the 1540 Committee. This cannot be undone.</source>
        <translation>Сохранить эту версию плана только для чтения как представленную Комитету 1540. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="96"/>
        <source>Keep the proposed action in the plan (proposed from gaps in the matrix).</source>
        <translation>Оставить предложенную меру в плане (предложена по пробелам в матрице).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="97"/>
        <source>Start an assistance request from the selected action.</source>
        <translation>Начать просьбу об оказании помощи по выбранной мере.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="98"/>
        <source>Only the actions with this status.</source>
        <translation>Только меры с этим статусом.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="99"/>
        <source>Only the actions of this agency.</source>
        <translation>Только меры этого ведомства.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="100"/>
        <source>Show the timeline by priority or by lead agency.</source>
        <translation>Показать график по приоритетам или по ведущим ведомствам.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="104"/>
        <source>Start a request from an action of the plan marked as needing assistance.</source>
        <translation>Начать просьбу по мере плана, для которой отмечена потребность в помощи.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="107"/>
        <source>Record the next step of the selected request (sent, acknowledged, circulated…) with its date.</source>
        <translation>Отметить следующий этап выбранной просьбы (отправлена, получение подтверждено, разослана…) с датой.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="110"/>
        <source>Link an offer of assistance to the selected request; the offers are ranked by how well they fit.</source>
        <translation>Связать предложение помощи с выбранной просьбой; предложения ранжируются по степени соответствия.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="112"/>
        <source>Only the requests at this step.</source>
        <translation>Только просьбы на этом этапе.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="113"/>
        <source>Only the offers of the provider selected above.</source>
        <translation>Только предложения поставщика, выбранного выше.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="117"/>
        <source>Remove the link between the selected offer and this request; the offer stays in the register.</source>
        <translation>Убрать связь между выбранным предложением и этой просьбой; предложение остается в реестре.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="119"/>
        <source>Remove the last step of the request, if it was entered by mistake.</source>
        <translation>Удалить последний этап просьбы, если он введен по ошибке.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="122"/>
        <source>Only the laws with this status (in force, amended, repealed, draft).</source>
        <translation>Только акты с этим статусом (действует, изменен, утратил силу, проект).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="125"/>
        <source>Only the points of contact of the agency selected above.</source>
        <translation>Только контактные лица ведомства, выбранного выше.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="129"/>
        <source>The document to write: the national report, the matrix, the action plan or an assistance request.</source>
        <translation>Документ для подготовки: национальный доклад, матрица, план действий или просьба об оказании помощи.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="133"/>
        <source>Ask for the workbook back by this date; after it, it is listed as overdue.</source>
        <translation>Попросить вернуть книгу к этой дате; после нее она считается просроченной.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="138"/>
        <source>Only the fields you changed yourself after the workbook was sent; they are left unticked.</source>
        <translation>Только поля, которые вы сами изменили после отправки книги; они остаются неотмеченными.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="142"/>
        <source>The date on which the document was sent to the 1540 Committee.</source>
        <translation>Дата отправки документа Комитету 1540.</translation>
    </message>
</context>
<context>
    <name>ViewKeys</name>
    <message>
        <location filename="../../ui/help.py" line="359"/>
        <source>Other commands</source>
        <translation>Другие команды</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="364"/>
        <source>Implementation matrix</source>
        <translation>Матрица осуществления</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="374"/>
        <source>Set the selected cells to X (the step is taken)</source>
        <translation>Установить в выбранных ячейках X (мера принята)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="375"/>
        <source>Set the selected cells to ? (references incomplete or not relevant)</source>
        <translation>Установить в выбранных ячейках ? (ссылки неполны или неуместны)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="376"/>
        <source>Set the selected cells to NA (does not apply)</source>
        <translation>Установить в выбранных ячейках NA (не относится)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="377"/>
        <source>Empty the selected cells (no information)</source>
        <translation>Очистить выбранные ячейки (нет информации)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="382"/>
        <source>Go to the details of the field</source>
        <translation>Перейти к сведениям о поле</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="383"/>
        <source>Apply the details of the field</source>
        <translation>Применить сведения о поле</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="384"/>
        <source>Next section</source>
        <translation>Следующий раздел</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="385"/>
        <source>Previous section</source>
        <translation>Предыдущий раздел</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="387"/>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="389"/>
        <source>Edit the selected record</source>
        <translation>Изменить выбранную запись</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="392"/>
        <source>Delete the selected record</source>
        <translation>Удалить выбранную запись</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/views/welcome.py" line="44"/>
        <source>Where to start</source>
        <translation>С чего начать</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="48"/>
        <source>This database holds nothing of the State yet. Choose how to begin; you can do the others later.</source>
        <translation>В этой базе данных пока нет сведений о государстве. Выберите, с чего начать; остальное можно сделать позже.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="60"/>
        <source>Set the State profile…</source>
        <translation>Заполнить сведения о государстве…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="61"/>
        <source>Name the State, its focal point and the dates of its reports to the Committee.</source>
        <translation>Укажите государство, его координатора и даты его докладов Комитету.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="66"/>
        <source>Start from the Committee&apos;s matrix…</source>
        <translation>Начать с матрицы Комитета…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="67"/>
        <source>Import the State&apos;s matrix as the Committee published it (an Excel workbook in its layout).</source>
        <translation>Импортируйте матрицу государства в том виде, в каком ее опубликовал Комитет (книга Excel в его формате).</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="72"/>
        <source>Fill in the matrix</source>
        <translation>Заполнить матрицу</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="73"/>
        <source>Answer the matrix field by field: X, ?, NA, with the laws that back each answer.</source>
        <translation>Заполняйте матрицу поле за полем: X, ?, NA, с законами, подтверждающими каждый ответ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="78"/>
        <source>Open the training State</source>
        <translation>Открыть учебное государство</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="79"/>
        <source>Explore a fictional State filled in for workshops; your own database is not changed.</source>
        <translation>Изучите вымышленное государство, заполненное для семинаров; ваша собственная база данных не изменится.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="84"/>
        <source>Restore a package from your predecessor…</source>
        <translation>Восстановить файл проекта предшественника…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="85"/>
        <source>Take over the work from the package (.un1540) your predecessor handed over.</source>
        <translation>Продолжите работу по файлу проекта (.un1540), переданному вашим предшественником.</translation>
    </message>
</context>
<context>
    <name>WorkbookCounts</name>
    <message numerus="yes">
        <location filename="../../ui/models/workbook_table_model.py" line="50"/>
        <source>Imported on %1: %n change(s)</source>
        <translation>
            <numerusform>Импортировано %1: %n изменение</numerusform>
            <numerusform>Импортировано %1: %n изменения</numerusform>
            <numerusform>Импортировано %1: %n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/workbook_table_model.py" line="53"/>
        <source>Sent to %1 by %2, %n field(s).</source>
        <translation>
            <numerusform>Получатель: %1, отправитель: %2, %n поле.</numerusform>
            <numerusform>Получатель: %1, отправитель: %2, %n поля.</numerusform>
            <numerusform>Получатель: %1, отправитель: %2, %n полей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkbookTableModel</name>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="67"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="70"/>
        <source>Sent on</source>
        <translation>Направлена</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="76"/>
        <source>Reply by</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="80"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="82"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="84"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="85"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="117"/>
        <source>Awaited, overdue</source>
        <translation>Ожидается, просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="127"/>
        <source>The reply was expected by %1.</source>
        <translation>Ответ ожидался до %1.</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="133"/>
        <source>Note to the agency: %1</source>
        <translation>Примечание для ведомства: %1</translation>
    </message>
</context>
<context>
    <name>WorkbooksView</name>
    <message>
        <location filename="../../ui/views/workbooks.py" line="48"/>
        <source>Agency workbooks</source>
        <translation>Рабочие книги ведомств</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="52"/>
        <source>A workbook is an Excel file that asks an agency to check and complete the matrix fields it knows about. The agency fills in the white cells and sends the file back to you. When you import it, you see every change it proposes next to what the database holds; nothing changes until you accept the changes.</source>
        <translation>Рабочая книга — это файл Excel, в котором ведомству предлагается проверить и дополнить поля матрицы, относящиеся к его компетенции. Ведомство заполняет белые ячейки и возвращает вам файл. При импорте вы видите каждое предлагаемое изменение рядом с тем, что содержится в базе данных; ничего не меняется, пока вы не примете изменения.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="61"/>
        <source>The Committee&apos;s matrix can be imported the same way: the matrix as the 1540 Committee published it for your State, typed into Excel in the Committee&apos;s layout (the Excel export of the matrix from “Reports and exports” has that layout and serves as the blank form).</source>
        <translation>Таким же образом можно импортировать матрицу Комитета: матрицу, опубликованную Комитетом 1540 для вашего государства и введенную в Excel в формате Комитета (экспорт матрицы в Excel из раздела «Доклады и экспорт» имеет такой формат и служит пустым бланком).</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="70"/>
        <source>New workbook for an agency…</source>
        <translation>Новая рабочая книга для ведомства…</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="73"/>
        <source>Choose the agency and the fields; the workbook is saved where you say, ready to send by e-mail.</source>
        <translation>Выберите ведомство и поля; рабочая книга будет сохранена в указанном месте, готовая к отправке по электронной почте.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="75"/>
        <source>Import a returned workbook…</source>
        <translation>Импортировать возвращенную книгу…</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="77"/>
        <source>Read a workbook an agency sent back and see what it would change.</source>
        <translation>Прочитать рабочую книгу, возвращенную ведомством, и посмотреть, что она изменит.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="78"/>
        <source>Import the Committee&apos;s matrix…</source>
        <translation>Импортировать матрицу Комитета…</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="82"/>
        <source>Read the Committee&apos;s matrix for your State, typed into Excel in the Committee&apos;s layout (one sheet per section A to D), and see what it would change.</source>
        <translation>Прочитать матрицу Комитета для вашего государства, введенную в Excel в формате Комитета (по листу на каждый раздел A–D), и посмотреть, что она изменит.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="86"/>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="89"/>
        <source>Stop waiting for the selected workbook: it can no longer be imported.</source>
        <translation>Больше не ожидать выбранную рабочую книгу: ее нельзя будет импортировать.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="118"/>
        <source>No workbook has been sent yet. Press “New workbook for an agency…” to prepare the first one.</source>
        <translation>Рабочие книги еще не направлялись. Нажмите «Новая рабочая книга для ведомства…», чтобы подготовить первую.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="123"/>
        <source>Workbooks sent</source>
        <translation>Направленные рабочие книги</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="200"/>
        <source>Workbook for %1 written to %2 (%3). Send it to the agency; when it comes back, use “Import a returned workbook…”.</source>
        <translation>Рабочая книга для %1 записана в %2 (%3). Направьте ее ведомству; когда она вернется, выберите «Импортировать возвращенную книгу…».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="205"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n поле</numerusform>
            <numerusform>%n поля</numerusform>
            <numerusform>%n полей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="279"/>
        <source>Nothing to import: %1 proposes no change to the data (%2).</source>
        <translation>Импортировать нечего: %1 не предлагает изменений данных (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="281"/>
        <source>%n field(s) read</source>
        <translation>
            <numerusform>прочитано %n поле</numerusform>
            <numerusform>прочитано %n поля</numerusform>
            <numerusform>прочитано %n полей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="284"/>
        <source>%n of its answers are already in the database.</source>
        <translation>
            <numerusform>%n из ее ответов уже есть в базе данных.</numerusform>
            <numerusform>%n из ее ответов уже есть в базе данных.</numerusform>
            <numerusform>%n из ее ответов уже есть в базе данных.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="296"/>
        <source>%n change(s) imported in %1 from %2.</source>
        <translation>
            <numerusform>Импортировано %n изменение в %1 из %2.</numerusform>
            <numerusform>Импортировано %n изменения в %1 из %2.</numerusform>
            <numerusform>Импортировано %n изменений в %1 из %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="297"/>
        <source>%n field(s)</source>
        <comment>in N fields</comment>
        <translation>
            <numerusform>%n поле</numerusform>
            <numerusform>%n полях</numerusform>
            <numerusform>%n полях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="301"/>
        <source>%n change(s) were not accepted.</source>
        <translation>
            <numerusform>%n изменение не принято.</numerusform>
            <numerusform>%n изменения не приняты.</numerusform>
            <numerusform>%n изменений не принято.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="217"/>
        <source>Withdraw the workbook</source>
        <translation>Отзыв рабочей книги</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="219"/>
        <source>Stop waiting for the workbook sent to %1 on %2? It can no longer be imported afterwards; the answers in the database do not change.</source>
        <translation>Больше не ожидать рабочую книгу, направленную %2 (получатель: %1)? Импортировать ее потом будет нельзя; ответы в базе данных не изменятся.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="233"/>
        <source>Import the Committee&apos;s matrix (Excel, in the Committee&apos;s layout)</source>
        <translation>Импорт матрицы Комитета (Excel, в формате Комитета)</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="235"/>
        <source>Import a workbook returned by an agency</source>
        <translation>Импорт рабочей книги, возвращенной ведомством</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="237"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Книги Excel (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="259"/>
        <source>%1 could not be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="264"/>
        <source>File not imported</source>
        <translation>Файл не импортирован</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="268"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="287"/>
        <source>Nothing to import</source>
        <translation>Импортировать нечего</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="305"/>
        <source>Changes imported</source>
        <translation>Изменения импортированы</translation>
    </message>
</context>
</TS>
