<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="43"/>
        <source>About %1</source>
        <translation>حول %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="53"/>
        <source>Details for support</source>
        <translation>تفاصيل للدعم التقني</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="57"/>
        <source>&amp;Copy the details</source>
        <translation>&amp;نسخ التفاصيل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="66"/>
        <source>Open the &amp;data folder</source>
        <translation>فتح مجلد &amp;البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="67"/>
        <source>Open the &amp;settings folder</source>
        <translation>فتح مجلد الإ&amp;عدادات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="68"/>
        <source>Open the &amp;fonts folder</source>
        <translation>فتح مجلد ال&amp;خطوط</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="81"/>
        <source>About</source>
        <translation>حول البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="82"/>
        <source>Third-party licences</source>
        <translation>تراخيص الأطراف الثالثة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="96"/>
        <source>%1 includes the components below, each under its own licence. The licence texts are in English, as published.</source>
        <translation>يتضمن %1 المكونات الواردة أدناه، ولكل منها ترخيصه الخاص. نصوص التراخيص باللغة الإنكليزية كما نُشرت.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="103"/>
        <source>Licence text</source>
        <translation>نص الترخيص</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="105"/>
        <source>Components and their licences</source>
        <translation>المكونات وتراخيصها</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="115"/>
        <source>The licence files are not installed with this copy.</source>
        <translation>ملفات التراخيص غير مثبتة مع هذه النسخة.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="144"/>
        <source>development copy, commit %1</source>
        <translation>نسخة تطوير، الإيداع %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="144"/>
        <source>development copy</source>
        <translation>نسخة تطوير</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="147"/>
        <source>%1, commit %2</source>
        <translation>%1، الإيداع %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="151"/>
        <source>commit %1</source>
        <translation>الإيداع %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="152"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="161"/>
        <source>%1, %2 of %3 messages translated</source>
        <translation>%1، %2 من أصل %3 رسالة مترجمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="167"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="168"/>
        <source>Build</source>
        <translation>البناء</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="169"/>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="170"/>
        <source>Schema version</source>
        <translation>إصدار المخطط</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="171"/>
        <source>Journal mode</source>
        <translation>نمط السجل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="172"/>
        <source>Matrix template</source>
        <translation>نموذج المصفوفة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="176"/>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="177"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="178"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="179"/>
        <source>Settings folder</source>
        <translation>مجلد الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="180"/>
        <source>Folder for extra fonts</source>
        <translation>مجلد الخطوط الإضافية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="192"/>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../../ui/views/action_plan.py" line="50"/>
        <source>Edit plan…</source>
        <translation>تعديل الخطة…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="51"/>
        <source>Freeze as submitted…</source>
        <translation>تجميد النسخة المقدمة…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="58"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="63"/>
        <source>Add priority…</source>
        <translation>إضافة أولوية…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="64"/>
        <source>Add &amp;action…</source>
        <translation>إضافة إجراء… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="66"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="68"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="69"/>
        <source>Keep proposal</source>
        <translation>الإبقاء على المقترح</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="70"/>
        <source>Request assistance…</source>
        <translation>طلب مساعدة…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="74"/>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="75"/>
        <source>Overdue</source>
        <translation>تجاوزت موعدها</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="82"/>
        <source>Timeline by priority</source>
        <translation>الجدول الزمني حسب الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="83"/>
        <source>Timeline by lead agency</source>
        <translation>الجدول الزمني حسب الجهة الرائدة</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="161"/>
        <source>Submitted version, frozen on %1 (read-only)</source>
        <translation>النسخة المقدمة، جُمِّدت في %1 (للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="165"/>
        <source>Working version</source>
        <translation>نسخة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="172"/>
        <source>All lead agencies</source>
        <translation>جميع الجهات الرائدة</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="208"/>
        <source>(untitled plan: use “Edit plan…”)</source>
        <translation>(خطة بلا عنوان: استخدم «تعديل الخطة…»)</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="211"/>
        <source>Period: %1 to %2</source>
        <translation>الفترة: من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="217"/>
        <source>Adopted by: %1</source>
        <translation>الجهة التي اعتمدتها: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="222"/>
        <source>Submitted to the Committee: %1</source>
        <translation>قُدِّمت إلى اللجنة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="294"/>
        <source>Delete action</source>
        <translation>حذف الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="295"/>
        <source>Delete the action “%1”?</source>
        <translation>هل تريد حذف الإجراء «%1»؟</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="300"/>
        <source>Delete priority</source>
        <translation>حذف الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="301"/>
        <source>Delete this priority? Its actions stay in the plan, without a priority.</source>
        <translation>هل تريد حذف هذه الأولوية؟ تبقى إجراءاتها في الخطة، دون أولوية.</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="316"/>
        <location filename="../../ui/views/action_plan.py" line="326"/>
        <source>Freeze the plan</source>
        <translation>تجميد الخطة</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="318"/>
        <source>Freeze this version as submitted to the Committee on %1? It becomes read-only and stays viewable; you continue working on a copy.</source>
        <translation>هل تريد تجميد هذه النسخة بصيغتها المقدمة إلى اللجنة في %1؟ ستصبح للقراءة فقط وتظل متاحة للاطلاع، وتواصل أنت العمل على نسخة منها.</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="337"/>
        <source>Request assistance</source>
        <translation>طلب مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="339"/>
        <source>An assistance request already exists for this action (see Assistance). Make another one, for another subject area?</source>
        <translation>يوجد بالفعل طلب مساعدة لهذا الإجراء (انظر «المساعدة»). هل تريد إنشاء طلب آخر لمجال آخر؟</translation>
    </message>
</context>
<context>
    <name>ActionTreeModel</name>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="27"/>
        <source>Priority / action</source>
        <translation>الأولوية / الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="28"/>
        <source>Lead agency</source>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="29"/>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="30"/>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="31"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="32"/>
        <source>Progress</source>
        <translation>التقدم المحرز</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="33"/>
        <source>Matrix fields</source>
        <translation>حقول المصفوفة</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="124"/>
        <source>(no priority)</source>
        <translation>(بلا أولوية)</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="134"/>
        <source>Proposal: </source>
        <translation>مقترح: </translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="143"/>
        <source>overdue</source>
        <translation>تجاوز موعده</translation>
    </message>
</context>
<context>
    <name>AgenciesContactsView</name>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="26"/>
        <source>National agencies</source>
        <translation>الجهات الوطنية</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="29"/>
        <source>Points of contact</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="31"/>
        <source>Only the selected agency</source>
        <translation>الجهة المحددة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="89"/>
        <source>Delete the agency “%1”?</source>
        <translation>هل تريد حذف الجهة «%1»؟</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="92"/>
        <source>%1 and %2 refer to it; they keep their data but will no longer be linked to an agency.</source>
        <translation>تشير إليها %1 و%2؛ وستحتفظ ببياناتها لكنها لن تبقى مرتبطة بأي جهة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/agencies_contacts.py" line="93"/>
        <source>%n point(s) of contact</source>
        <translation>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/agencies_contacts.py" line="94"/>
        <source>%n matrix field(s)</source>
        <translation>
            <numerusform>%n حقول في المصفوفة</numerusform>
            <numerusform>حقل واحد في المصفوفة</numerusform>
            <numerusform>حقلان في المصفوفة</numerusform>
            <numerusform>%n حقول في المصفوفة</numerusform>
            <numerusform>%n حقلًا في المصفوفة</numerusform>
            <numerusform>%n حقل في المصفوفة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="97"/>
        <source>Delete agency</source>
        <translation>حذف الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="113"/>
        <source>Delete point of contact</source>
        <translation>حذف جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="114"/>
        <source>Delete the point of contact “%1”?</source>
        <translation>هل تريد حذف جهة الاتصال «%1»؟</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="19"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="20"/>
        <source>Acronym</source>
        <translation>المختصر</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="21"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="22"/>
        <source>Ministry or parent body</source>
        <translation>الوزارة أو الجهة الأم</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="23"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="24"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
</context>
<context>
    <name>AssistanceModels</name>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="35"/>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="37"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="39"/>
        <source>To complete</source>
        <translation>النواقص</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="40"/>
        <source>One-year follow-up</source>
        <translation>المتابعة بعد سنة</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="41"/>
        <location filename="../../ui/models/assistance_models.py" line="105"/>
        <source>Offers</source>
        <translation>العروض</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="42"/>
        <source>Sent on</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="44"/>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="48"/>
        <location filename="../../ui/models/assistance_models.py" line="101"/>
        <location filename="../../ui/models/assistance_models.py" line="122"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="79"/>
        <source>A year has passed since the request was sent: the Chair will ask whether it has been met. Prepare the answer.</source>
        <translation>مرت سنة على إرسال الطلب: سيسأل رئيس اللجنة عما إذا كان قد لُبّي. أعِدّ الرد.</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="99"/>
        <location filename="../../ui/models/assistance_models.py" line="119"/>
        <source>Provider</source>
        <translation>مقدم المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="103"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="104"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="118"/>
        <source>Offer</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="127"/>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="131"/>
        <source>Areas</source>
        <translation>المجالات</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="133"/>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="134"/>
        <source>Requests linked</source>
        <translation>الطلبات المرتبطة</translation>
    </message>
</context>
<context>
    <name>AssistanceView</name>
    <message>
        <location filename="../../ui/views/assistance.py" line="123"/>
        <source>Assistance requests</source>
        <translation>طلبات المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="126"/>
        <source>New request…</source>
        <translation>طلب جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="127"/>
        <source>From the action plan…</source>
        <translation>من خطة العمل…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="129"/>
        <source>Change status…</source>
        <translation>تغيير الحالة…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="131"/>
        <source>Link offer…</source>
        <translation>ربط عرض…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="135"/>
        <source>All requests</source>
        <translation>جميع الطلبات</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="136"/>
        <source>Open requests</source>
        <translation>الطلبات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="137"/>
        <source>One-year follow-up due</source>
        <translation>حان موعد المتابعة بعد سنة</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="166"/>
        <source>Assistance providers</source>
        <translation>مقدمو المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="170"/>
        <source>Published offers</source>
        <translation>العروض المنشورة</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="172"/>
        <source>Only the selected provider</source>
        <translation>مقدم المساعدة المحدد فقط</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="182"/>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="183"/>
        <source>Providers and offers</source>
        <translation>مقدمو المساعدة والعروض</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="294"/>
        <source>Select a request to see what it still lacks, its offers and its history.</source>
        <translation>حدد طلبًا لعرض ما ينقصه وعروضه وسجله.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="304"/>
        <source>Requesting State: %1</source>
        <translation>الدولة الطالبة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="305"/>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="309"/>
        <source>Sent on %1, note verbale %2</source>
        <translation>أُرسل في %1، المذكرة الشفوية %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="315"/>
        <source>One-year follow-up by the Chair: %1</source>
        <translation>متابعة رئيس اللجنة بعد سنة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="327"/>
        <source>Nothing missing: the request can be marked ready and sent.</source>
        <translation>لا ينقص شيء: يمكن تعليم الطلب بأنه جاهز وإرساله.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="339"/>
        <source>No offer linked yet. “Link offer…” lists the register&apos;s offers, best fit first.</source>
        <translation>لم يُربط أي عرض بعد. يعرض الأمر «ربط عرض…» عروض السجل، بدءًا بالأنسب.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="343"/>
        <source>Lifecycle</source>
        <translation>مراحل الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="354"/>
        <source>Changes to the content</source>
        <translation>التغييرات في المحتوى</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="361"/>
        <source>Request created</source>
        <translation>أُنشئ الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="368"/>
        <source>Changed by %1</source>
        <translation>غيّره %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="413"/>
        <source>Delete the request “%1” with its history and links to offers?</source>
        <translation>هل تريد حذف الطلب «%1» مع سجله وروابطه بالعروض؟</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="416"/>
        <source>This request was sent to the Committee. To keep its record, mark it withdrawn instead of deleting it.</source>
        <translation>أُرسل هذا الطلب إلى اللجنة. للاحتفاظ بسجله، علِّمه بأنه مسحوب بدلًا من حذفه.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="418"/>
        <source>Delete request</source>
        <translation>حذف الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="438"/>
        <source>Cancel the last status change</source>
        <translation>إلغاء آخر تغيير للحالة</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="439"/>
        <source>Cancel the change to “%1” of %2? The request goes back to “%3”.</source>
        <translation>هل تريد إلغاء التغيير إلى «%1» بتاريخ %2؟ سيعود الطلب إلى «%3».</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="458"/>
        <source>Link offer</source>
        <translation>ربط عرض</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="465"/>
        <source>Unlink offer</source>
        <translation>إلغاء ربط العرض</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="465"/>
        <source>Remove the link between this offer and the request?</source>
        <translation>هل تريد إزالة الربط بين هذا العرض والطلب؟</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="479"/>
        <source>Delete provider</source>
        <translation>حذف مقدم المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="481"/>
        <source>Delete the provider “%1” with its offers? Requests keep their content but lose their links to these offers.</source>
        <translation>هل تريد حذف مقدم المساعدة «%1» مع عروضه؟ تحتفظ الطلبات بمحتواها لكنها تفقد روابطها بهذه العروض.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="497"/>
        <source>Delete offer</source>
        <translation>حذف العرض</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="498"/>
        <source>Delete the offer “%1”?</source>
        <translation>هل تريد حذف العرض «%1»؟</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="115"/>
        <location filename="../../ui/dialogs/backups.py" line="135"/>
        <source>Back up</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="118"/>
        <source>The backup is one file holding the whole database and every attached document. Keep it on another disk or a USB key.</source>
        <translation>النسخة الاحتياطية ملف واحد يضم قاعدة البيانات كاملة وكل وثيقة مرفقة. احفظها على قرص آخر أو على ذاكرة USB.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="126"/>
        <source>Back up the database</source>
        <translation>نسخ قاعدة البيانات احتياطيًا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="127"/>
        <source>Project packages (*.un1540)</source>
        <translation>حزم المشروع (*.un1540)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="128"/>
        <source>Encrypt with a passphrase</source>
        <translation>التشفير بعبارة مرور</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="156"/>
        <source>Choose where to write the backup.</source>
        <translation>اختر مكان كتابة النسخة الاحتياطية.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="67"/>
        <source>Filter…</source>
        <translation>تصفية…</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="21"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="24"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="25"/>
        <source>Title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="28"/>
        <source>Agency or organisation</source>
        <translation>الجهة أو المنظمة</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="31"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="32"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="33"/>
        <source>Last confirmed</source>
        <translation>آخر تأكيد</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/application.py" line="57"/>
        <source>%1 is damaged: SQLite found damaged pages (%2).</source>
        <translation>الملف %1 تالف: وجد SQLite صفحات تالفة (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="127"/>
        <location filename="../../ui/application.py" line="283"/>
        <location filename="../../ui/application.py" line="435"/>
        <location filename="../../ui/application.py" line="482"/>
        <source>The database cannot be opened.</source>
        <translation>تعذّر فتح قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="133"/>
        <source>Nothing was changed. You can restore a backup (the current file is kept aside), open another database file, or quit.</source>
        <translation>لم يتغير شيء. يمكنك استعادة نسخة احتياطية (يُحتفظ بالملف الحالي جانبًا)، أو فتح ملف قاعدة بيانات آخر، أو الخروج.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="138"/>
        <source>Nothing was changed. You can open another database file, or quit.</source>
        <translation>لم يتغير شيء. يمكنك فتح ملف قاعدة بيانات آخر، أو الخروج.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="142"/>
        <source>Restore the newest good backup (%1)</source>
        <translation>استعادة أحدث نسخة احتياطية سليمة (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="146"/>
        <source>Restore from a file…</source>
        <translation>الاستعادة من ملف…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="147"/>
        <source>Open another file…</source>
        <translation>فتح ملف آخر…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="148"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="160"/>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="162"/>
        <source>Backups (*.un1540 *.sqlite3 *.db);;All files (*)</source>
        <translation>النسخ الاحتياطية (*.un1540 *.sqlite3 *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="170"/>
        <source>Open a database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="172"/>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>قواعد البيانات (*.sqlite3 *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="203"/>
        <location filename="../../ui/application.py" line="487"/>
        <source>The backup was not restored: %1</source>
        <translation>لم تُستعَد النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="209"/>
        <location filename="../../ui/application.py" line="505"/>
        <location filename="../../ui/application.py" line="509"/>
        <source>The backup was restored.</source>
        <translation>استُعيدت النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="210"/>
        <location filename="../../ui/application.py" line="510"/>
        <source>The previous data was kept in %1</source>
        <translation>احتُفظ بالبيانات السابقة في %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="221"/>
        <source>Your settings could not be saved in %1 (%2).</source>
        <translation>تعذّر حفظ إعداداتك في %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="372"/>
        <source>The daily backup could not be written: %1</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية اليومية: %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="376"/>
        <source>Today&apos;s backup was written to %1</source>
        <translation>كُتبت النسخة الاحتياطية لهذا اليوم في %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="383"/>
        <source>The database is damaged: no backup of it was written.</source>
        <translation>قاعدة البيانات تالفة: لم تُكتب أي نسخة احتياطية منها.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="390"/>
        <source>The database is damaged. Today&apos;s backup was not written, and the earlier backups are kept.</source>
        <translation>قاعدة البيانات تالفة. لم تُكتب النسخة الاحتياطية لهذا اليوم، واحتُفظ بالنسخ الاحتياطية السابقة.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="398"/>
        <source>Restore a backup now: changes made since that backup will have to be made again. The damaged data is kept aside.</source>
        <translation>استعِد نسخة احتياطية الآن: سيلزم إجراء التغييرات التي أُدخلت منذ تلك النسخة مرة أخرى. ويُحتفظ بالبيانات التالفة جانبًا.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="403"/>
        <source>Restore from a backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="404"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="494"/>
        <source>The backup was not restored: the database is open in another window or program. Close it and try again; your data is unchanged.</source>
        <translation>لم تُستعَد النسخة الاحتياطية: قاعدة البيانات مفتوحة في نافذة أو برنامج آخر. أغلقها وحاول مرة أخرى؛ لم تتغير بياناتك.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="502"/>
        <source>The backup was not restored: %1

Your data is unchanged.</source>
        <translation>لم تُستعَد النسخة الاحتياطية: %1

لم تتغير بياناتك.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="529"/>
        <source>Something went wrong: %1

Your saved data is safe; the last action may not have been completed.</source>
        <translation>حدث خطأ: %1

بياناتك المحفوظة في أمان؛ وربما لم تكتمل العملية الأخيرة.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="51"/>
        <source>No document is attached. Attach the text of the law, the gazette page or any document that proves the answer: it is kept with the data and in every backup.</source>
        <translation>لا توجد وثيقة مرفقة. أرفق نص القانون أو صفحة الجريدة الرسمية أو أي وثيقة تثبت الإجابة: تُحفظ الوثيقة مع البيانات وفي كل نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="56"/>
        <source>Attach a document…</source>
        <translation>إرفاق وثيقة…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="57"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="58"/>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="59"/>
        <location filename="../../ui/widgets/documents_panel.py" line="173"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="113"/>
        <source>Attach documents</source>
        <translation>إرفاق وثائق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="113"/>
        <source>All files (*)</source>
        <translation>جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="121"/>
        <source>Attach a document</source>
        <translation>إرفاق وثيقة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="122"/>
        <source>“%1” was not attached: %2</source>
        <translation>لم يُرفَق «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="133"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="157"/>
        <location filename="../../ui/widgets/documents_panel.py" line="163"/>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="174"/>
        <source>Remove “%1” from this record? Backups made before keep it.</source>
        <translation>هل تريد إزالة «%1» من هذا السجل؟ تظل محفوظة في النسخ الاحتياطية السابقة.</translation>
    </message>
</context>
<context>
    <name>EmptyGuidance</name>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="169"/>
        <location filename="../../ui/widgets/empty_state.py" line="184"/>
        <source>Clear the filter</source>
        <translation>مسح عامل التصفية</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="184"/>
        <source>No action matches the filter.</source>
        <translation>لا يوجد إجراء يطابق عامل التصفية.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="186"/>
        <source>This version of the plan has no action.</source>
        <translation>لا يتضمن هذا الإصدار من الخطة أي إجراء.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="189"/>
        <source>The plan has no priority yet. Add the first priority, then its actions.</source>
        <translation>لا تتضمن الخطة أي أولوية بعد. أضف الأولوية الأولى، ثم إجراءاتها.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="190"/>
        <source>Add a priority…</source>
        <translation>إضافة أولوية…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="194"/>
        <source>No action yet. Add the actions that will close the gaps of the matrix.</source>
        <translation>لا توجد إجراءات بعد. أضف الإجراءات التي ستسد الثغرات في المصفوفة.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="195"/>
        <source>Add an action…</source>
        <translation>إضافة إجراء…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="230"/>
        <source>No agency matches the filter.</source>
        <translation>لا توجد جهة تطابق عامل التصفية.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="231"/>
        <source>No national agency yet. Add the agencies that take part in implementing resolution 1540.</source>
        <translation>لا توجد جهات وطنية بعد. أضف الجهات التي تشارك في تنفيذ القرار 1540.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="232"/>
        <source>Add an agency…</source>
        <translation>إضافة جهة…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="236"/>
        <source>No point of contact matches the filter.</source>
        <translation>لا توجد جهة اتصال تطابق عامل التصفية.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="237"/>
        <source>No point of contact yet. Add the people the Committee and other States can reach.</source>
        <translation>لا توجد جهات اتصال بعد. أضف الأشخاص الذين يمكن للجنة وللدول الأخرى التواصل معهم.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="238"/>
        <source>Add a point of contact…</source>
        <translation>إضافة جهة اتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="244"/>
        <source>No law matches the filter.</source>
        <translation>لا يوجد نص قانوني يطابق عامل التصفية.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="245"/>
        <source>No law in the register yet. Add the laws that give effect to resolution 1540.</source>
        <translation>لا توجد نصوص قانونية في السجل بعد. أضف القوانين التي تنفذ القرار 1540.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="246"/>
        <source>Add a law…</source>
        <translation>إضافة نص قانوني…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="252"/>
        <source>No request matches the filter.</source>
        <translation>لا يوجد طلب يطابق عامل التصفية.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="253"/>
        <source>No assistance request yet. Prepare one on the Committee&apos;s template.</source>
        <translation>لا توجد طلبات مساعدة بعد. أعد طلبًا وفق نموذج اللجنة.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="254"/>
        <source>New request…</source>
        <translation>طلب جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="259"/>
        <source>No provider matches the filter.</source>
        <translation>لا يوجد مقدم مساعدة يطابق عامل التصفية.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="260"/>
        <source>No assistance provider yet. Add the States and organizations that offer assistance.</source>
        <translation>لا يوجد مقدمو مساعدة بعد. أضف الدول والمنظمات التي تعرض المساعدة.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="261"/>
        <source>Add a provider…</source>
        <translation>إضافة مقدم مساعدة…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="265"/>
        <source>No offer matches the filter.</source>
        <translation>لا يوجد عرض يطابق عامل التصفية.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="266"/>
        <source>No published offer yet. Add the offers of assistance that providers have published.</source>
        <translation>لا توجد عروض منشورة بعد. أضف عروض المساعدة التي نشرها مقدمو المساعدة.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="267"/>
        <source>Add an offer…</source>
        <translation>إضافة عرض…</translation>
    </message>
</context>
<context>
    <name>FieldDetail</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="124"/>
        <source>Article, e.g. Art. 12(3)</source>
        <translation>المادة، مثل: المادة 12(3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="125"/>
        <source>Cite</source>
        <translation>استشهاد</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="129"/>
        <source>Remove reference</source>
        <translation>إزالة المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="138"/>
        <source>Page of the national report, or official web site</source>
        <translation>صفحة التقرير الوطني، أو الموقع الشبكي الرسمي</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="151"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="164"/>
        <source>Discard recovered text</source>
        <translation>تجاهل النص المسترجَع</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="171"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="178"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="179"/>
        <source>Legal references</source>
        <translation>المراجع القانونية</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="181"/>
        <source>Cite a &amp;law</source>
        <translation>استشهاد بنص (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="182"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="183"/>
        <source>Remarks</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="184"/>
        <source>Responsible agency</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="189"/>
        <source>Actions in the plan</source>
        <translation>الإجراءات في الخطة</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="190"/>
        <source>Last reviewed</source>
        <translation>آخر استعراض</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="192"/>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="193"/>
        <source>Ratification or accession</source>
        <translation>التصديق أو الانضمام</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="194"/>
        <source>Entry into force</source>
        <translation>بدء النفاذ</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="195"/>
        <source>Adherence details</source>
        <translation>تفاصيل الانضمام</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="277"/>
        <source>Select a field of the matrix.</source>
        <translation>حدد حقلًا من حقول المصفوفة.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="287"/>
        <source>(none)</source>
        <translation>(لا يوجد)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="309"/>
        <source>No action in the plan yet</source>
        <translation>لا يوجد إجراء في الخطة حتى الآن</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="320"/>
        <source>Text typed on %1 was not applied (the application was closed or stopped). It is shown below: Apply to keep it.</source>
        <translation>لم يُطبَّق النص الذي كُتب في %1 (أُغلق التطبيق أو توقف). وهو معروض أدناه: اختر «تطبيق» للاحتفاظ به.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="356"/>
        <source>Article</source>
        <translation>المادة</translation>
    </message>
</context>
<context>
    <name>FileOffer</name>
    <message>
        <location filename="../../ui/open_file.py" line="90"/>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="91"/>
        <source>Restore the package “%1”? Your current data will be kept aside as a package first.</source>
        <translation>هل تريد استعادة الحزمة «%1»؟ سيُحتفظ ببياناتك الحالية أولًا جانبًا في حزمة.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="99"/>
        <source>No State is set up yet in %1: it will hold the data of the package.</source>
        <translation>لم تُحدَّد أي دولة بعد في %1: سيحتوي الملف على بيانات الحزمة.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="101"/>
        <source>All the data in %1 will be replaced by the data of the package.</source>
        <translation>ستُستبدل جميع البيانات في %1 ببيانات الحزمة.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="103"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="144"/>
        <source>“%1” does not exist: it may have been moved, renamed or deleted, or its drive is not connected. Nothing was opened.</source>
        <translation>«%1» غير موجود: ربما نُقل أو أُعيدت تسميته أو حُذف، أو أن محرك الأقراص الذي يحتويه غير متصل. لم يُفتح أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="148"/>
        <source>“%1” is a folder, not a file. Nothing was opened.</source>
        <translation>«%1» مجلد وليس ملفًا. لم يُفتح أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="150"/>
        <source>“%1” is not a regular file (a pipe, a device or a socket). Nothing was opened.</source>
        <translation>«%1» ليس ملفًا عاديًا (بل أنبوب أو جهاز أو مقبس). لم يُفتح أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="155"/>
        <source>“%1” cannot be read (%2). Nothing was opened.</source>
        <translation>تتعذّر قراءة «%1» (%2). لم يُفتح أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="159"/>
        <source>“%1” is not a file this application opens. It opens a database (.sqlite3), a backup package (.un1540), or an Excel workbook returned by an agency or the Committee&apos;s matrix (.xlsx). Nothing was changed.</source>
        <translation>«%1» ليس ملفًا يفتحه هذا التطبيق. فهو يفتح قاعدة بيانات (.sqlite3)، أو حزمة نسخ احتياطي (.un1540)، أو مصنف Excel أعادته جهة أو مصفوفة اللجنة (.xlsx). لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="111"/>
        <location filename="../../ui/dialogs/first_start.py" line="140"/>
        <source>Welcome to 1540 Focal Point</source>
        <translation>مرحبًا بك في 1540 Focal Point</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="113"/>
        <source>Choose the language of the interface. You can change it later in Settings.</source>
        <translation>اختر لغة الواجهة. يمكنك تغييرها لاحقًا من الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="115"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="143"/>
        <source>This application keeps your State&apos;s implementation matrix, national action plan, assistance requests and reports under Security Council resolution 1540 (2004) on this computer. First, tell it which State you work for.</source>
        <translation>يحفظ هذا التطبيق على هذا الحاسوب مصفوفة التنفيذ الخاصة بدولتك، وخطة عملها الوطنية، وطلبات المساعدة، والتقارير المقدمة في إطار قرار مجلس الأمن 1540 (2004). أولًا، حدد الدولة التي تعمل لحسابها.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="162"/>
        <source>Type to search, e.g. Kenya</source>
        <translation>اكتب للبحث، مثل: كينيا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="168"/>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="169"/>
        <source>Focal point (your name)</source>
        <translation>جهة التنسيق (اسمك)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="170"/>
        <source>Title or function</source>
        <translation>المنصب أو الوظيفة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="177"/>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="181"/>
        <source>Try the training State (Republic of Examplia) first</source>
        <translation>جرّب أولًا الدولة التدريبية (جمهورية إكزامبليا)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="207"/>
        <source>Choose your State from the list.</source>
        <translation>اختر دولتك من القائمة.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="28"/>
        <location filename="../../ui/dialogs/forms.py" line="52"/>
        <location filename="../../ui/dialogs/forms.py" line="505"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="29"/>
        <source>Acronym</source>
        <translation>المختصر</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="31"/>
        <location filename="../../ui/dialogs/forms.py" line="77"/>
        <location filename="../../ui/dialogs/forms.py" line="506"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="33"/>
        <source>Ministry or parent body</source>
        <translation>الوزارة أو الجهة الأم</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="34"/>
        <source>Responsibilities under resolution 1540</source>
        <translation>الاختصاصات بموجب القرار 1540</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="35"/>
        <location filename="../../ui/dialogs/forms.py" line="60"/>
        <source>Address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="36"/>
        <location filename="../../ui/dialogs/forms.py" line="61"/>
        <location filename="../../ui/dialogs/forms.py" line="509"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="37"/>
        <location filename="../../ui/dialogs/forms.py" line="62"/>
        <location filename="../../ui/dialogs/forms.py" line="508"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="38"/>
        <location filename="../../ui/dialogs/forms.py" line="510"/>
        <source>Web site</source>
        <translation>الموقع الشبكي</translation>
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
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="44"/>
        <location filename="../../ui/dialogs/forms.py" line="287"/>
        <location filename="../../ui/dialogs/forms.py" line="304"/>
        <location filename="../../ui/dialogs/forms.py" line="371"/>
        <location filename="../../ui/dialogs/forms.py" line="445"/>
        <location filename="../../ui/dialogs/forms.py" line="538"/>
        <source>(none)</source>
        <translation>(لا يوجد)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="48"/>
        <source>Type of point of contact</source>
        <translation>نوع جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="53"/>
        <source>Title or function</source>
        <translation>المنصب أو الوظيفة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="54"/>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="57"/>
        <source>Other organisation</source>
        <translation>منظمة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="58"/>
        <source>e.g. Permanent Mission in New York</source>
        <translation>مثل: البعثة الدائمة في نيويورك</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="63"/>
        <source>Working languages</source>
        <translation>لغات العمل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="64"/>
        <source>Date notified to the Committee</source>
        <translation>تاريخ الإبلاغ إلى اللجنة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="65"/>
        <source>Date last confirmed</source>
        <translation>تاريخ آخر تأكيد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="66"/>
        <source>Training attended</source>
        <translation>التدريب المُتلقّى</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="73"/>
        <source>Title (original language)</source>
        <translation>العنوان (باللغة الأصلية)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="74"/>
        <source>Title in English</source>
        <translation>العنوان بالإنكليزية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="81"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="82"/>
        <source>Date adopted</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="83"/>
        <source>Date of entry into force</source>
        <translation>تاريخ بدء النفاذ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="84"/>
        <source>Official gazette reference</source>
        <translation>المرجع في الجريدة الرسمية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="86"/>
        <source>Link or file</source>
        <translation>رابط أو ملف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="86"/>
        <source>https://… or a file path</source>
        <translation>https://… أو مسار ملف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="90"/>
        <location filename="../../ui/dialogs/forms.py" line="321"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="100"/>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="101"/>
        <source>Focal point (name)</source>
        <translation>جهة التنسيق (الاسم)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="102"/>
        <source>Focal point (title)</source>
        <translation>جهة التنسيق (المنصب)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="103"/>
        <source>Date of first national report</source>
        <translation>تاريخ التقرير الوطني الأول</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="106"/>
        <source>Dates of additional information</source>
        <translation>تواريخ المعلومات الإضافية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="107"/>
        <location filename="../../ui/dialogs/forms.py" line="238"/>
        <source>YYYY-MM-DD, YYYY-MM-DD, …</source>
        <translation>YYYY-MM-DD، YYYY-MM-DD، …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="109"/>
        <source>Date of Committee approval of the matrix</source>
        <translation>تاريخ موافقة اللجنة على المصفوفة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="110"/>
        <source>National coordination mechanism</source>
        <translation>آلية التنسيق الوطنية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="153"/>
        <source>Edit agency</source>
        <translation>تعديل الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="153"/>
        <source>New agency</source>
        <translation>جهة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="172"/>
        <source>Edit point of contact</source>
        <translation>تعديل جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="172"/>
        <source>New point of contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="193"/>
        <source>Edit law</source>
        <translation>تعديل النص القانوني</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="193"/>
        <source>New law</source>
        <translation>نص قانوني جديد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="220"/>
        <source>State profile</source>
        <translation>بيانات الدولة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="228"/>
        <source>Title of the plan</source>
        <translation>عنوان الخطة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="229"/>
        <source>Period from</source>
        <translation>الفترة من</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="230"/>
        <source>Period to</source>
        <translation>الفترة إلى</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="231"/>
        <source>Adopting authority</source>
        <translation>الجهة التي اعتمدتها</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="232"/>
        <source>Decision adopting the plan</source>
        <translation>قرار اعتماد الخطة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="233"/>
        <source>Coordination mechanism</source>
        <translation>آلية التنسيق</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="234"/>
        <source>Date submitted to the Committee</source>
        <translation>تاريخ تقديمها إلى اللجنة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="237"/>
        <source>Review dates</source>
        <translation>مواعيد الاستعراض</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="248"/>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="257"/>
        <location filename="../../ui/dialogs/forms.py" line="285"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="258"/>
        <location filename="../../ui/dialogs/forms.py" line="290"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="260"/>
        <source>Edit priority</source>
        <translation>تعديل الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="260"/>
        <source>New priority</source>
        <translation>أولوية جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="289"/>
        <source>Action or project</source>
        <translation>الإجراء أو المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="293"/>
        <source>Operative paragraphs</source>
        <translation>فقرات المنطوق</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="298"/>
        <location filename="../../ui/dialogs/forms.py" line="549"/>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="302"/>
        <source>Lead agency</source>
        <translation>الجهة الرائدة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="308"/>
        <source>Supporting agencies</source>
        <translation>الجهات الداعمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="314"/>
        <source>Matrix fields this action closes</source>
        <translation>حقول المصفوفة التي يستوفيها هذا الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="318"/>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="319"/>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="323"/>
        <source>Progress</source>
        <translation>التقدم المحرز</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="324"/>
        <source>Expected output</source>
        <translation>الناتج المتوقع</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="325"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="326"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="327"/>
        <source>Funding source</source>
        <translation>مصدر التمويل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="328"/>
        <source>Assistance needed</source>
        <translation>المساعدة المطلوبة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="338"/>
        <source>Edit action</source>
        <translation>تعديل الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="338"/>
        <source>New action</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="385"/>
        <source>What exactly: which law or regulation, how many people to train and from which agencies, which equipment and how many units.</source>
        <translation>ما المطلوب تحديدًا: أي قانون أو لائحة، وعدد الأشخاص المراد تدريبهم والجهات التي ينتمون إليها، وأي معدات وكم وحدة منها.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="395"/>
        <source>What exists already: laws in force, institutions, equipment, trained staff; and what is missing.</source>
        <translation>ما هو قائم بالفعل: القوانين النافذة، والمؤسسات، والمعدات، والموظفون المدرَّبون؛ وما هو ناقص.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="404"/>
        <source>What the assistance should achieve.</source>
        <translation>ما ينبغي أن تحققه المساعدة.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="410"/>
        <source>Results that can be checked: a law adopted, 40 officers trained, 4 detectors installed.</source>
        <translation>نتائج يمكن التحقق منها: اعتماد قانون، وتدريب 40 موظفًا، وتركيب 4 أجهزة كشف.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="420"/>
        <source>e.g. 3 missions of 5 days in the first half of 2027</source>
        <translation>مثل: 3 بعثات مدة كل منها 5 أيام في النصف الأول من عام 2027</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="426"/>
        <source>Experts and days, equipment, approximate cost, national contribution.</source>
        <translation>الخبراء وعدد الأيام، والمعدات، والتكلفة التقريبية، والمساهمة الوطنية.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="432"/>
        <source>From whom, when, on what; write “None” if there is none.</source>
        <translation>من أي جهة، ومتى، وفي أي موضوع؛ اكتب «لا يوجد» إن لم يكن هناك شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="477"/>
        <source>Edit assistance request</source>
        <translation>تعديل طلب المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="477"/>
        <source>New assistance request</source>
        <translation>طلب مساعدة جديد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="507"/>
        <source>Contact person or office</source>
        <translation>الشخص أو المكتب المسؤول عن الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="517"/>
        <source>Edit provider</source>
        <translation>تعديل مقدم المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="517"/>
        <source>New provider</source>
        <translation>مقدم مساعدة جديد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="536"/>
        <source>Provider</source>
        <translation>مقدم المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="541"/>
        <source>Offer</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="544"/>
        <source>Type of assistance</source>
        <translation>نوع المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="551"/>
        <source>Areas</source>
        <translation>المجالات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="554"/>
        <source>Regions</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="555"/>
        <source>e.g. Africa; Central Asia; global</source>
        <translation>مثل: أفريقيا؛ آسيا الوسطى؛ عالمي</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="557"/>
        <source>Subjects</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="558"/>
        <source>Contact for the offer</source>
        <translation>جهة الاتصال بشأن العرض</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="559"/>
        <source>Date published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="568"/>
        <source>Edit offer</source>
        <translation>تعديل العرض</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="568"/>
        <source>New offer</source>
        <translation>عرض جديد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="587"/>
        <source>Type of report</source>
        <translation>نوع التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="590"/>
        <source>First national report</source>
        <translation>التقرير الوطني الأول</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="591"/>
        <source>Additional information (a later report)</source>
        <translation>معلومات إضافية (تقرير لاحق)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="596"/>
        <source>Note verbale reference</source>
        <translation>الرقم المرجعي للمذكرة الشفوية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="597"/>
        <source>the reference of the covering note verbale</source>
        <translation>الرقم المرجعي للمذكرة الشفوية المرفقة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="599"/>
        <source>Date of the report</source>
        <translation>تاريخ التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="602"/>
        <source>Committee&apos;s note answered: reference</source>
        <translation>مذكرة اللجنة التي يُرَدّ عليها: الرقم المرجعي</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="603"/>
        <source>if the report answers a note of the Committee; the covering note cites it</source>
        <translation>إذا كان التقرير ردًا على مذكرة من اللجنة؛ وتشير إليها مذكرة الإحالة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="605"/>
        <source>Committee&apos;s note answered: date</source>
        <translation>مذكرة اللجنة التي يُرَدّ عليها: التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="608"/>
        <source>National context (introduction)</source>
        <translation>السياق الوطني (مقدمة)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="610"/>
        <source>Leave an empty line between paragraphs; each becomes a numbered paragraph.</source>
        <translation>اترك سطرًا فارغًا بين الفقرات؛ وتصبح كل فقرة فقرة مرقمة.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="616"/>
        <source>Other measures (OP 6 to 10)</source>
        <translation>تدابير أخرى (الفقرات 6 إلى 10 من المنطوق)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="618"/>
        <source>Control lists, outreach, cooperation… Leave an empty line between paragraphs.</source>
        <translation>قوائم المراقبة، والتوعية، والتعاون… اترك سطرًا فارغًا بين الفقرات.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="631"/>
        <source>Text of the national report</source>
        <translation>نص التقرير الوطني</translation>
    </message>
</context>
<context>
    <name>FromActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="161"/>
        <source>Request assistance for an action of the plan</source>
        <translation>طلب مساعدة لإجراء من إجراءات الخطة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="168"/>
        <source>due %1</source>
        <translation>الموعد النهائي %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="170"/>
        <source>a request exists already</source>
        <translation>يوجد طلب بالفعل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="176"/>
        <source>Actions of the plan marked “assistance needed”. The request starts with the action&apos;s area, scope, agencies, timeframe and matrix fields; you then add what makes it specific enough to be matched.</source>
        <translation>إجراءات الخطة المعلَّمة بعبارة «المساعدة المطلوبة». يبدأ الطلب بمجال الإجراء ونطاقه وجهاته وإطاره الزمني وحقول المصفوفة المتعلقة به؛ ثم تضيف ما يجعله محددًا بما يكفي لمطابقته مع عرض.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="184"/>
        <source>No action of the plan is marked “assistance needed”. Mark one in the action plan, or create a request directly.</source>
        <translation>لا يوجد إجراء في الخطة معلَّم بعبارة «المساعدة المطلوبة». علِّم إجراءً في خطة العمل، أو أنشئ طلبًا مباشرة.</translation>
    </message>
</context>
<context>
    <name>GuidedTour</name>
    <message>
        <location filename="../../ui/tour.py" line="40"/>
        <source>The State at a glance: how much of the matrix is answered, what is overdue, the recent changes. While the database is empty, it shows where to start.</source>
        <translation>الدولة في لمحة: ما أُجيب عنه من المصفوفة، وما تأخر موعده، وآخر التغييرات. وما دامت قاعدة البيانات فارغة، فإنها تبين من أين تبدأ.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="47"/>
        <source>The Committee&apos;s matrix, section by section. Type X, ?, N or Delete in a cell; Enter opens the field to cite the laws that back the answer.</source>
        <translation>مصفوفة اللجنة، فرعًا فرعًا. اكتب X أو ? أو N أو Delete في خانة؛ ويفتح مفتاح Enter الحقل للإشارة إلى القوانين التي تستند إليها الإجابة.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="53"/>
        <source>The national laws register: add each law once, then cite it from the fields of the matrix.</source>
        <translation>سجل التشريعات الوطنية: أضف كل نص قانوني مرة واحدة، ثم أشر إليه من حقول المصفوفة.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="58"/>
        <source>The National Implementation Action Plan: priorities, the actions that close the gaps of the matrix, and their timeline.</source>
        <translation>خطة العمل الوطنية للتنفيذ: الأولويات، والإجراءات التي تسد الثغرات في المصفوفة، وجدولها الزمني.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="65"/>
        <source>Assistance requests on the Committee&apos;s template, and the providers and offers that can meet them.</source>
        <translation>طلبات المساعدة وفق نموذج اللجنة، ومقدمو المساعدة وعروضهم التي يمكن أن تلبيها.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="70"/>
        <source>Send an agency an Excel workbook of the fields it answers for, then import its reply.</source>
        <translation>أرسل إلى جهة مصنف Excel بالحقول التي تتولى الإجابة عنها، ثم استورد ردها.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="75"/>
        <source>Export the national report, the matrix and the plan as PDF and Excel in the six UN languages. Help › Guided tour shows this tour again.</source>
        <translation>صدّر التقرير الوطني والمصفوفة والخطة بصيغتي PDF وExcel باللغات الرسمية الست للأمم المتحدة. ويعيد «تعليمات» › «جولة إرشادية» عرض هذه الجولة.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="90"/>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="95"/>
        <source>Skip the tour</source>
        <translation>تخطي الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="145"/>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="151"/>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="151"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="25"/>
        <source>Handover pack for a successor</source>
        <translation>ملف التسليم للخلف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="28"/>
        <source>Writes two files in the chosen folder: a PDF for the person who takes over (the State profile, agencies and contacts, submissions, open actions and requests, workbooks awaited from agencies, and where the evidence is), and the project package holding the whole database and every attached document. Give both to your successor; the package is restored with File › Restore from a backup.</source>
        <translation>يكتب ملفين في المجلد المختار: ملف PDF للشخص الذي يتسلّم المهام (بيانات الدولة، والجهات وجهات الاتصال، والوثائق المقدمة، والإجراءات والطلبات المفتوحة، والمصنفات المنتظرة من الجهات، وأماكن حفظ الأدلة)، وحزمة المشروع التي تضم قاعدة البيانات كاملة وكل وثيقة مرفقة. سلّم الملفين كليهما إلى خلفك؛ وتُستعاد الحزمة عبر «ملف» › «الاستعادة من نسخة احتياطية».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="38"/>
        <source>Folder for the handover pack</source>
        <translation>مجلد ملف التسليم</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="39"/>
        <source>Encrypt the package with a passphrase (give the passphrase separately)</source>
        <translation>تشفير الحزمة بعبارة مرور (سلّم عبارة المرور بشكل منفصل)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="46"/>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="47"/>
        <source>Language of the PDF</source>
        <translation>لغة ملف PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="50"/>
        <source>Write the handover pack</source>
        <translation>كتابة ملف التسليم</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="71"/>
        <source>Choose an existing folder.</source>
        <translation>اختر مجلدًا موجودًا.</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../ui/help.py" line="163"/>
        <source>This page is not available in your language yet: it is shown in English.</source>
        <translation>هذه الصفحة غير متاحة بلغتك بعد: وهي معروضة بالإنكليزية.</translation>
    </message>
</context>
<context>
    <name>HelpService</name>
    <message>
        <location filename="../../ui/help.py" line="449"/>
        <source>Help for this view</source>
        <translation>تعليمات هذا العرض</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="453"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help.py" line="180"/>
        <source>Help</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="185"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="189"/>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="199"/>
        <source>Find in this page</source>
        <translation>البحث في هذه الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="200"/>
        <source>Type a word and press Enter to find it in the page shown.</source>
        <translation>اكتب كلمة واضغط Enter للعثور عليها في الصفحة المعروضة.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="202"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="205"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="211"/>
        <source>The help topics</source>
        <translation>مواضيع التعليمات</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="56"/>
        <location filename="../../ui/dialogs/history.py" line="183"/>
        <source>Other details</source>
        <translation>تفاصيل أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="67"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="69"/>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="71"/>
        <source>All the data was replaced by the package&apos;s</source>
        <translation>استُبدلت جميع البيانات ببيانات الحزمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="88"/>
        <source>a deleted record</source>
        <translation>سجل محذوف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="104"/>
        <source>Responsible agency</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="106"/>
        <source>Legal reference</source>
        <translation>مرجع قانوني</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="108"/>
        <source>Step of the lifecycle</source>
        <translation>مرحلة من مراحل الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="111"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="112"/>
        <source>Date sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="113"/>
        <source>Offers</source>
        <translation>العروض</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="115"/>
        <source>Proposal</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="124"/>
        <source>Workbook returned by %1 (sent on %2, file %3)</source>
        <translation>مصنف أعادته %1 (أُرسل في %2، الملف %3)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="130"/>
        <source>The Committee&apos;s matrix, imported from %1</source>
        <translation>مصفوفة اللجنة، مستوردة من %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="134"/>
        <source>Package restored: %1</source>
        <translation>حزمة المشروع المستعادة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="143"/>
        <source>Undo of “%1”</source>
        <translation>التراجع عن «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="145"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="148"/>
        <source>Redo of “%1”</source>
        <translation>إعادة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="150"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="153"/>
        <source>This application</source>
        <translation>هذا التطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="154"/>
        <source>Command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="155"/>
        <source>Training data</source>
        <translation>بيانات تدريبية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="156"/>
        <source>Upgrade of the database</source>
        <translation>ترقية قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="157"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="159"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="163"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="173"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="173"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="186"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="192"/>
        <source>Legal reference removed: %1</source>
        <translation>حُذف مرجع قانوني: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="195"/>
        <source>Legal reference added: %1</source>
        <translation>أُضيف مرجع قانوني: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="201"/>
        <source>%1: %2 added</source>
        <translation>%1: أُضيف %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="203"/>
        <source>%1: %2 removed</source>
        <translation>%1: أُزيل %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="207"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="228"/>
        <source>History: %1</source>
        <translation>سجل التغييرات: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="230"/>
        <source>Changes to %1, newest first</source>
        <translation>التغييرات على %1، الأحدث أولاً</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="237"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="237"/>
        <source>Who</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="237"/>
        <source>From where</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="244"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="258"/>
        <source>(not named)</source>
        <translation>(بدون اسم)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="271"/>
        <source>No change recorded yet.</source>
        <translation>لم يُسجَّل أي تغيير بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="306"/>
        <source>History…</source>
        <translation>سجل التغييرات…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="308"/>
        <source>Who changed the selected item, when, from where, and what changed</source>
        <translation>من غيّر العنصر المحدد، ومتى، ومن أين، وما الذي تغيّر</translation>
    </message>
</context>
<context>
    <name>ImportChangeModel</name>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="27"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="30"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="31"/>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="32"/>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="33"/>
        <source>Part</source>
        <translation>الجزء</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="34"/>
        <source>Current value</source>
        <translation>القيمة الحالية</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="35"/>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="36"/>
        <source>Sent as</source>
        <translation>القيمة عند الإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="37"/>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="43"/>
        <source>Import from %1</source>
        <translation>الاستيراد من %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="61"/>
        <source>⚠ %n change(s) conflict with a change made here since the workbook was sent: they are not ticked. Tick one to replace what the database holds now.</source>
        <translation>
            <numerusform>⚠ لا تتعارض أي تغييرات مع تغيير أُجري هنا منذ إرسال المصنف.</numerusform>
            <numerusform>⚠ يتعارض تغيير واحد مع تغيير أُجري هنا منذ إرسال المصنف: لم يُحدَّد. حدّده ليحل محل ما تحتويه قاعدة البيانات الآن.</numerusform>
            <numerusform>⚠ يتعارض تغييران مع تغيير أُجري هنا منذ إرسال المصنف: لم يُحدَّدا. حدّد أحدهما ليحل محل ما تحتويه قاعدة البيانات الآن.</numerusform>
            <numerusform>⚠ تتعارض %n تغييرات مع تغيير أُجري هنا منذ إرسال المصنف: لم تُحدَّد. حدّد أحدها ليحل محل ما تحتويه قاعدة البيانات الآن.</numerusform>
            <numerusform>⚠ يتعارض %n تغييرًا مع تغيير أُجري هنا منذ إرسال المصنف: لم تُحدَّد. حدّد أحدها ليحل محل ما تحتويه قاعدة البيانات الآن.</numerusform>
            <numerusform>⚠ يتعارض %n تغيير مع تغيير أُجري هنا منذ إرسال المصنف: لم تُحدَّد. حدّد أحدها ليحل محل ما تحتويه قاعدة البيانات الآن.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="68"/>
        <source>⚠ %n change(s) would replace an answer the database already holds: they are not ticked. Tick one to replace what the database holds now.</source>
        <translation>
            <numerusform>⚠ لا توجد تغييرات تحل محل إجابة موجودة في قاعدة البيانات.</numerusform>
            <numerusform>⚠ سيحل تغيير واحد محل إجابة موجودة بالفعل في قاعدة البيانات: لم يُحدَّد. حدّده ليحل محل ما تحتويه قاعدة البيانات الآن.</numerusform>
            <numerusform>⚠ سيحل تغييران محل إجابات موجودة بالفعل في قاعدة البيانات: لم يُحدَّدا. حدّد أحدهما ليحل محل ما تحتويه قاعدة البيانات الآن.</numerusform>
            <numerusform>⚠ ستحل %n تغييرات محل إجابات موجودة بالفعل في قاعدة البيانات: لم تُحدَّد. حدّد أحدها ليحل محل ما تحتويه قاعدة البيانات الآن.</numerusform>
            <numerusform>⚠ سيحل %n تغييرًا محل إجابات موجودة بالفعل في قاعدة البيانات: لم تُحدَّد. حدّد أحدها ليحل محل ما تحتويه قاعدة البيانات الآن.</numerusform>
            <numerusform>⚠ سيحل %n تغيير محل إجابات موجودة بالفعل في قاعدة البيانات: لم تُحدَّد. حدّد أحدها ليحل محل ما تحتويه قاعدة البيانات الآن.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="80"/>
        <source>Nothing has changed yet. Untick what should not be applied, then press “Apply”. Every change applied is recorded in the history with the file it came from.</source>
        <translation>لم يتغير شيء بعد. أزِل التأشير عمّا لا ينبغي تطبيقه، ثم اضغط «تطبيق». ويُسجَّل كل تغيير يُطبَّق في السجل مع الملف الذي ورد منه.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="109"/>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="111"/>
        <source>Select none</source>
        <translation>إلغاء تحديد الكل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="115"/>
        <source>Conflicts only</source>
        <translation>حالات التعارض فقط</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="151"/>
        <source>Workbook returned by %1</source>
        <translation>مصنف أعادته الجهة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="153"/>
        <source>The Committee&apos;s matrix, in the Committee&apos;s layout</source>
        <translation>مصفوفة اللجنة، بالشكل الذي تعتمده اللجنة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="155"/>
        <source>%n field(s) read</source>
        <translation>
            <numerusform>لم يُقرأ أي حقل</numerusform>
            <numerusform>قُرئ حقل واحد</numerusform>
            <numerusform>قُرئ حقلان</numerusform>
            <numerusform>قُرئت %n حقول</numerusform>
            <numerusform>قُرئ %n حقلًا</numerusform>
            <numerusform>قُرئ %n حقل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="156"/>
        <source>%n change(s) in %1</source>
        <translation>
            <numerusform>لا تغييرات في %1</numerusform>
            <numerusform>تغيير واحد في %1</numerusform>
            <numerusform>تغييران في %1</numerusform>
            <numerusform>%n تغييرات في %1</numerusform>
            <numerusform>%n تغييرًا في %1</numerusform>
            <numerusform>%n تغيير في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="157"/>
        <source>%n field(s)</source>
        <comment>in N fields</comment>
        <translation>
            <numerusform>%n حقول</numerusform>
            <numerusform>حقل واحد</numerusform>
            <numerusform>حقلين</numerusform>
            <numerusform>%n حقول</numerusform>
            <numerusform>%n حقلًا</numerusform>
            <numerusform>%n حقل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="159"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>لا حالات تعارض</numerusform>
            <numerusform>حالة تعارض واحدة</numerusform>
            <numerusform>حالتا تعارض</numerusform>
            <numerusform>%n حالات تعارض</numerusform>
            <numerusform>%n حالة تعارض</numerusform>
            <numerusform>%n حالة تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="162"/>
        <source>%n already in the database</source>
        <translation>
            <numerusform>لا شيء موجود بالفعل في قاعدة البيانات</numerusform>
            <numerusform>واحد موجود بالفعل في قاعدة البيانات</numerusform>
            <numerusform>اثنان موجودان بالفعل في قاعدة البيانات</numerusform>
            <numerusform>%n موجودة بالفعل في قاعدة البيانات</numerusform>
            <numerusform>%n موجودًا بالفعل في قاعدة البيانات</numerusform>
            <numerusform>%n موجود بالفعل في قاعدة البيانات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="171"/>
        <source>Apply %n selected change(s)</source>
        <translation>
            <numerusform>تطبيق التغييرات المحددة (%n)</numerusform>
            <numerusform>تطبيق التغيير المحدد</numerusform>
            <numerusform>تطبيق التغييرين المحددين</numerusform>
            <numerusform>تطبيق %n تغييرات محددة</numerusform>
            <numerusform>تطبيق %n تغييرًا محددًا</numerusform>
            <numerusform>تطبيق %n تغيير محدد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="163"/>
        <source>File: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="183"/>
        <source>Nothing imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Ministry</source>
        <translation>وزارة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Regulatory authority</source>
        <translation>هيئة تنظيمية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Customs</source>
        <translation>الجمارك</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Law enforcement</source>
        <translation>إنفاذ القانون</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Intelligence</source>
        <translation>الاستخبارات</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Defence</source>
        <translation>الدفاع</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Justice</source>
        <translation>العدل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Research</source>
        <translation>البحث العلمي</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <location filename="../../ui/labels.py" line="28"/>
        <location filename="../../ui/labels.py" line="37"/>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Capital</source>
        <translation>العاصمة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Permanent Mission</source>
        <translation>البعثة الدائمة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Assistance</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Constitution</source>
        <translation>دستور</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <location filename="../../ui/labels.py" line="230"/>
        <source>Law</source>
        <translation>قانون</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Decree</source>
        <translation>مرسوم</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Regulation</source>
        <translation>لائحة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Order</source>
        <translation>أمر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>In force</source>
        <translation>نافذ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Amended</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Repealed</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Draft</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Planned</source>
        <translation>مقرر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Delayed</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>OP 1 (non-support, treaties)</source>
        <translation>الفقرة 1 (الامتناع عن تقديم الدعم، والمعاهدات)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>OP 2 (legislation and penalties)</source>
        <translation>الفقرة 2 (التشريعات والعقوبات)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>OP 3 (a) accounting and securing</source>
        <translation>الفقرة 3 (أ) الحصر والتأمين</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>OP 3 (b) physical protection</source>
        <translation>الفقرة 3 (ب) الحماية المادية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>OP 3 (c) border control and law enforcement</source>
        <translation>الفقرة 3 (ج) مراقبة الحدود وإنفاذ القانون</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>OP 3 (d) export and trans-shipment controls</source>
        <translation>الفقرة 3 (د) ضوابط التصدير والشحن العابر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>National action plan</source>
        <translation>خطة العمل الوطنية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Reporting</source>
        <translation>تقديم التقارير</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Outreach</source>
        <translation>التوعية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Nuclear</source>
        <translation>نووي</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Chemical</source>
        <translation>كيميائي</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Biological</source>
        <translation>بيولوجي</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Means of delivery</source>
        <translation>وسائل الإيصال</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Cross-cutting</source>
        <translation>مسائل شاملة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Legislative drafting</source>
        <translation>الصياغة التشريعية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Expert advice</source>
        <translation>مشورة الخبراء</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Equipment</source>
        <translation>المعدات</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Awareness raising</source>
        <translation>إذكاء الوعي</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Institutional capacity</source>
        <translation>القدرات المؤسسية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Draft, not sent</source>
        <translation>مسودة، لم يُرسَل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Ready to send</source>
        <translation>جاهز للإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Acknowledged</source>
        <translation>أُقرّ باستلامه</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Circulated to providers</source>
        <translation>عُمِّم على مقدمي المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Offer received</source>
        <translation>ورد عرض</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Matched, in delivery</source>
        <translation>حُدِّد مقدم المساعدة، والتنفيذ جارٍ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Delivered</source>
        <translation>قُدِّمت المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <location filename="../../ui/labels.py" line="222"/>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>State</source>
        <translation>دولة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>International organisation</source>
        <translation>منظمة دولية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Regional organisation</source>
        <translation>منظمة إقليمية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>NGO or academia</source>
        <translation>منظمة غير حكومية أو مؤسسة أكاديمية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Not decided</source>
        <translation>لم يُبتّ فيه</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Yes, a summary may be published</source>
        <translation>نعم، يجوز نشر موجز</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Give the request a title naming its subject.</source>
        <translation>أعطِ الطلب عنوانًا يسمّي موضوعه.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Choose the point of contact for this request.</source>
        <translation>اختر جهة الاتصال المعنية بهذا الطلب.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Choose the area (operative paragraph) of the request.</source>
        <translation>اختر مجال الطلب (فقرة المنطوق).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Choose the scope: nuclear, chemical, biological, means of delivery or cross-cutting.</source>
        <translation>اختر النطاق: نووي أو كيميائي أو بيولوجي أو وسائل الإيصال أو مسائل شاملة.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Choose the type of assistance (legislative drafting, expert advice, training…).</source>
        <translation>اختر نوع المساعدة (الصياغة التشريعية، مشورة الخبراء، التدريب…).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>Describe exactly what is needed: which text, how many people, which equipment.</source>
        <translation>صِف بدقة ما هو مطلوب: أي نص، وكم شخصًا، وأي معدات.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Describe what exists already: laws, institutions, equipment, trained staff.</source>
        <translation>صِف ما هو قائم بالفعل: القوانين، والمؤسسات، والمعدات، والموظفون المدرَّبون.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>State the objectives of the assistance.</source>
        <translation>اذكر أهداف المساعدة.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>State the results expected at the end of the assistance.</source>
        <translation>اذكر النتائج المتوقعة في نهاية المساعدة.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Name the beneficiary agencies: for whom the assistance is.</source>
        <translation>سمِّ الجهات المستفيدة: لمن تُقدَّم المساعدة.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Give the timeframe: start and end dates, or how long.</source>
        <translation>حدد الإطار الزمني: تاريخا البدء والانتهاء، أو المدة.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>Estimate the resources: experts, days, equipment, cost.</source>
        <translation>قدِّر الموارد: الخبراء، والأيام، والمعدات، والتكلفة.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Say what assistance was received or is under way (write “None” if there is none).</source>
        <translation>اذكر المساعدة التي سبق تلقيها أو الجاري تلقيها (اكتب «لا يوجد» إن لم يكن هناك شيء).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Say whether the Committee may publish a summary of the request.</source>
        <translation>بيِّن ما إذا كان يجوز للجنة أن تنشر موجزًا للطلب.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>At least %1 words are expected.</source>
        <translation>يُتوقع ألا يقل النص عن %1 كلمة.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>Replace “%1” with specifics.</source>
        <translation>استبدل «%1» بتفاصيل محددة.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Give figures: how many people, sessions, texts, items or days.</source>
        <translation>قدِّم أرقامًا: عدد الأشخاص أو الدورات أو النصوص أو المواد أو الأيام.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>The Committee asks for one request per subject area: keep one area here and make another request for the others.</source>
        <translation>تطلب اللجنة طلبًا واحدًا لكل مجال: احتفظ هنا بمجال واحد وقدِّم طلبًا آخر للمجالات الأخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150"/>
        <source>The point of contact has neither a phone number nor an e-mail address.</source>
        <translation>ليس لجهة الاتصال رقم هاتف ولا عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>X: the State has taken the step and/or provided references</source>
        <translation>X: اتخذت الدولة الإجراء و/أو قدمت مراجع</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158"/>
        <source>?: the references may not be relevant or are incomplete</source>
        <translation>?: قد لا تكون المراجع ذات صلة أو أنها غير مكتملة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>NA: does not apply to the State</source>
        <translation>NA: لا ينطبق على الدولة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <source>blank: no information given or found</source>
        <translation>فارغ: لم تُقدَّم معلومات ولم يُعثر على معلومات</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165"/>
        <source>legal framework</source>
        <translation>الإطار القانوني</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>enforcement</source>
        <translation>الإنفاذ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170"/>
        <source>Nuclear weapons (NW)</source>
        <translation>الأسلحة النووية (NW)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="171"/>
        <source>Chemical weapons (CW)</source>
        <translation>الأسلحة الكيميائية (CW)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="172"/>
        <source>Biological weapons (BW)</source>
        <translation>الأسلحة البيولوجية (BW)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <location filename="../../ui/labels.py" line="783"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <location filename="../../ui/labels.py" line="785"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="179"/>
        <location filename="../../ui/labels.py" line="786"/>
        <source>Remarks</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>Signature date</source>
        <translation>تاريخ التوقيع</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>Ratification date</source>
        <translation>تاريخ التصديق</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>Entry into force</source>
        <translation>بدء النفاذ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="184"/>
        <source>Reviewed on</source>
        <translation>تاريخ الاستعراض</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>Changed here since it was sent</source>
        <translation>تغيّر هنا منذ إرساله</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>The database holds another answer</source>
        <translation>قاعدة البيانات تتضمن إجابة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="195"/>
        <source>Subject of the request</source>
        <translation>موضوع الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196"/>
        <source>Point of contact for the request</source>
        <translation>جهة الاتصال المعنية بالطلب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="197"/>
        <source>Area (one per request)</source>
        <translation>المجال (مجال واحد لكل طلب)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="198"/>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199"/>
        <source>Type of assistance</source>
        <translation>نوع المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="200"/>
        <source>Description of the need</source>
        <translation>وصف الاحتياج</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201"/>
        <source>Current situation</source>
        <translation>الوضع الحالي</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202"/>
        <location filename="../../ui/labels.py" line="796"/>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="203"/>
        <source>Expected results</source>
        <translation>النتائج المتوقعة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204"/>
        <source>Beneficiary agencies</source>
        <translation>الجهات المستفيدة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="205"/>
        <source>Timeframe from</source>
        <translation>الإطار الزمني من</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="206"/>
        <source>Timeframe to</source>
        <translation>الإطار الزمني إلى</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207"/>
        <source>Timeframe (details)</source>
        <translation>الإطار الزمني (تفاصيل)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="208"/>
        <source>Estimated resources</source>
        <translation>الموارد المقدرة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="209"/>
        <source>Assistance already received or under way</source>
        <translation>المساعدة التي سبق تلقيها أو الجاري تلقيها</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="210"/>
        <source>Preferred or already contacted providers</source>
        <translation>مقدمو المساعدة المفضلون أو الذين سبق الاتصال بهم</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="211"/>
        <source>Consent to publication of a summary</source>
        <translation>الموافقة على نشر موجز</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="212"/>
        <source>Action of the plan</source>
        <translation>الإجراء في الخطة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="213"/>
        <source>Matrix fields concerned</source>
        <translation>حقول المصفوفة المعنية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="214"/>
        <source>Date of the request</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="215"/>
        <source>Note verbale reference</source>
        <translation>الرقم المرجعي للمذكرة الشفوية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="216"/>
        <source>Internal notes</source>
        <translation>ملاحظات داخلية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="221"/>
        <source>Awaited</source>
        <translation>منتظر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="226"/>
        <location filename="../../ui/labels.py" line="788"/>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="227"/>
        <source>Point of contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="228"/>
        <location filename="../../ui/labels.py" line="616"/>
        <source>State profile</source>
        <translation>بيانات الدولة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="229"/>
        <source>Additional information</source>
        <translation>معلومات إضافية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="231"/>
        <source>Matrix field</source>
        <translation>حقل المصفوفة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <location filename="../../ui/labels.py" line="784"/>
        <source>Legal reference</source>
        <translation>مرجع قانوني</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233"/>
        <source>Matrix template</source>
        <translation>نموذج المصفوفة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="234"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235"/>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="236"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="237"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="238"/>
        <source>Assistance request</source>
        <translation>طلب المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="239"/>
        <source>Assistance provider</source>
        <translation>مقدم المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="240"/>
        <source>Assistance offer</source>
        <translation>عرض المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="241"/>
        <source>Text of the national report</source>
        <translation>نص التقرير الوطني</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="242"/>
        <source>Submitted document</source>
        <translation>وثيقة مقدمة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="246"/>
        <source>added</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="247"/>
        <source>changed</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="248"/>
        <source>deleted</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>loaded</source>
        <translation>تحميل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>upgraded</source>
        <translation>ترقية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="251"/>
        <source>restored</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="252"/>
        <source>marked as submitted</source>
        <translation>تعليم بأنه مقدَّم</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256"/>
        <source>“%1” must be filled in.</source>
        <translation>يجب ملء «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="257"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>«%1» ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD، مثل 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="258"/>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>«%1» ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259"/>
        <source>“%1” has a value that is not allowed.</source>
        <translation>«%1» يتضمن قيمة غير مسموح بها.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="260"/>
        <source>“%1” is too long.</source>
        <translation>«%1» أطول من اللازم.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261"/>
        <source>Another record already has this “%1”.</source>
        <translation>يوجد سجل آخر له «%1» نفسه.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262"/>
        <source>“%1” must be a whole number from 0 to 100.</source>
        <translation>يجب أن يكون «%1» عددًا صحيحًا من 0 إلى 100.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="263"/>
        <source>“%1” is before the start date.</source>
        <translation>«%1» يسبق تاريخ البدء.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="264"/>
        <source>Only blank or “?” fields are gaps.</source>
        <translation>الحقول الفارغة أو الحقول التي تتضمن «?» هي وحدها الثغرات.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="265"/>
        <source>The request cannot move to this status from where it is.</source>
        <translation>لا يمكن نقل الطلب إلى هذه الحالة من حالته الراهنة.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="266"/>
        <source>“%1” is before the previous step of this request.</source>
        <translation>«%1» يسبق الخطوة السابقة لهذا الطلب.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267"/>
        <source>“%1” cannot be a date in the future.</source>
        <translation>لا يمكن أن يكون «%1» تاريخًا في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="268"/>
        <source>This law is still cited by matrix fields: remove those references first, or mark it repealed.</source>
        <translation>لا تزال حقول في المصفوفة تستشهد بهذا النص القانوني: أزِل تلك المراجع أولًا، أو علِّمه بأنه ملغى.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="335"/>
        <source>, </source>
        <comment>separator between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="350"/>
        <source>OP %1</source>
        <translation>الفقرة %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="352"/>
        <source>(a)</source>
        <comment>sub-paragraph of an operative paragraph</comment>
        <translation>(أ)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="353"/>
        <source>(b)</source>
        <comment>sub-paragraph of an operative paragraph</comment>
        <translation>(ب)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="354"/>
        <source>(c)</source>
        <comment>sub-paragraph of an operative paragraph</comment>
        <translation>(ج)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="355"/>
        <source>(d)</source>
        <comment>sub-paragraph of an operative paragraph</comment>
        <translation>(د)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="357"/>
        <source>OP %1 %2</source>
        <translation>الفقرة %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="515"/>
        <source>new agency “%1”</source>
        <translation>جهة جديدة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="516"/>
        <source>changes to agency “%1”</source>
        <translation>تعديل الجهة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="517"/>
        <source>deletion of agency “%1”</source>
        <translation>حذف الجهة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="518"/>
        <source>new point of contact “%1”</source>
        <translation>جهة اتصال جديدة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="519"/>
        <source>changes to point of contact “%1”</source>
        <translation>تعديل جهة الاتصال «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="520"/>
        <source>deletion of point of contact “%1”</source>
        <translation>حذف جهة الاتصال «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="521"/>
        <source>new law “%1”</source>
        <translation>نص قانوني جديد «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="522"/>
        <source>changes to law “%1”</source>
        <translation>تعديل النص القانوني «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="523"/>
        <source>deletion of law “%1”</source>
        <translation>حذف النص القانوني «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="524"/>
        <source>new priority “%1”</source>
        <translation>أولوية جديدة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="525"/>
        <source>changes to priority “%1”</source>
        <translation>تعديل الأولوية «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="526"/>
        <source>deletion of priority “%1”</source>
        <translation>حذف الأولوية «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="527"/>
        <source>new action “%1”</source>
        <translation>إجراء جديد «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="528"/>
        <source>changes to action “%1”</source>
        <translation>تعديل الإجراء «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="529"/>
        <source>deletion of action “%1”</source>
        <translation>حذف الإجراء «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="530"/>
        <source>proposed action “%1” kept</source>
        <translation>الإبقاء على الإجراء المقترح «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="531"/>
        <source>actions proposed for the selected gaps</source>
        <translation>إجراءات مقترحة للثغرات المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="532"/>
        <location filename="../../ui/labels.py" line="533"/>
        <source>changes to the action plan “%1”</source>
        <translation>تعديل خطة العمل «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="534"/>
        <source>action plan version frozen as submitted</source>
        <translation>تجميد نسخة خطة العمل بصيغتها المقدمة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="535"/>
        <source>new assistance request “%1”</source>
        <translation>طلب مساعدة جديد «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="536"/>
        <source>changes to assistance request “%1”</source>
        <translation>تعديل طلب المساعدة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="537"/>
        <source>deletion of assistance request “%1”</source>
        <translation>حذف طلب المساعدة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="538"/>
        <source>new status of assistance request “%1”</source>
        <translation>حالة جديدة لطلب المساعدة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="539"/>
        <source>status step cancelled on assistance request “%1”</source>
        <translation>إلغاء خطوة في حالة طلب المساعدة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="542"/>
        <source>offer “%1” linked to a request</source>
        <translation>ربط العرض «%1» بطلب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="543"/>
        <source>offer “%1” unlinked from a request</source>
        <translation>إلغاء ربط العرض «%1» بطلب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="544"/>
        <source>offer linked to assistance request “%1”</source>
        <translation>ربط عرض بطلب المساعدة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="545"/>
        <source>offer unlinked from assistance request “%1”</source>
        <translation>إلغاء ربط عرض بطلب المساعدة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="546"/>
        <source>new provider “%1”</source>
        <translation>مقدم مساعدة جديد «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="547"/>
        <source>changes to provider “%1”</source>
        <translation>تعديل مقدم المساعدة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="548"/>
        <source>deletion of provider “%1”</source>
        <translation>حذف مقدم المساعدة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="549"/>
        <source>new offer “%1”</source>
        <translation>عرض جديد «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="550"/>
        <source>changes to offer “%1”</source>
        <translation>تعديل العرض «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="551"/>
        <source>deletion of offer “%1”</source>
        <translation>حذف العرض «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="552"/>
        <location filename="../../ui/labels.py" line="553"/>
        <source>changes to the State profile</source>
        <translation>تعديل بيانات الدولة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="554"/>
        <source>State profile set up</source>
        <translation>إعداد بيانات الدولة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="555"/>
        <source>new date of additional information “%1”</source>
        <translation>تاريخ جديد لمعلومات إضافية «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="556"/>
        <source>deletion of a date of additional information “%1”</source>
        <translation>حذف تاريخ لمعلومات إضافية «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="557"/>
        <location filename="../../ui/labels.py" line="558"/>
        <source>changes to the text of the national report</source>
        <translation>تعديل نص التقرير الوطني</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="559"/>
        <location filename="../../ui/labels.py" line="560"/>
        <location filename="../../ui/labels.py" line="582"/>
        <source>answer to %2</source>
        <translation>الإجابة عن %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="561"/>
        <location filename="../../ui/labels.py" line="583"/>
        <source>legal reference added to %2</source>
        <translation>إضافة مرجع قانوني إلى %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="562"/>
        <location filename="../../ui/labels.py" line="584"/>
        <source>legal reference removed from %2</source>
        <translation>إزالة مرجع قانوني من %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="563"/>
        <location filename="../../ui/labels.py" line="585"/>
        <source>import of “%1”</source>
        <translation>استيراد «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="564"/>
        <source>import of the workbook “%1”</source>
        <translation>استيراد المصنف «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="565"/>
        <location filename="../../ui/labels.py" line="566"/>
        <source>workbook sent to “%1”</source>
        <translation>إرسال المصنف إلى «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="567"/>
        <source>workbook for “%1” withdrawn</source>
        <translation>سحب المصنف المرسل إلى «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="568"/>
        <source>document “%1” marked as submitted</source>
        <translation>تعليم الوثيقة «%1» بأنها مقدمة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="569"/>
        <location filename="../../ui/labels.py" line="570"/>
        <location filename="../../ui/labels.py" line="597"/>
        <source>document “%1” attached</source>
        <translation>إرفاق الوثيقة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="571"/>
        <location filename="../../ui/labels.py" line="572"/>
        <location filename="../../ui/labels.py" line="598"/>
        <source>document “%1” removed</source>
        <translation>إزالة الوثيقة «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="573"/>
        <location filename="../../ui/labels.py" line="594"/>
        <source>restore of the backup “%1”</source>
        <translation>استعادة النسخة الاحتياطية «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="578"/>
        <source>new record (%3) “%1”</source>
        <translation>سجل جديد (%3) «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="579"/>
        <location filename="../../ui/labels.py" line="580"/>
        <source>changes to %3 “%1”</source>
        <translation>تعديل %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="581"/>
        <source>deletion of %3 “%1”</source>
        <translation>حذف %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="586"/>
        <source>offer linked: “%1”</source>
        <translation>ربط عرض: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="587"/>
        <source>offer unlinked: “%1”</source>
        <translation>إلغاء ربط عرض: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="588"/>
        <source>new status of %3 “%1”</source>
        <translation>حالة جديدة لـ%3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="589"/>
        <source>status step cancelled on %3 “%1”</source>
        <translation>إلغاء خطوة في حالة %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="590"/>
        <source>%3 “%1” kept</source>
        <translation>الإبقاء على %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="591"/>
        <source>proposals: %3</source>
        <translation>مقترحات: %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="592"/>
        <source>%3 frozen</source>
        <translation>تجميد %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="593"/>
        <source>“%1” marked as submitted</source>
        <translation>تعليم «%1» بأنه مقدَّم</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="595"/>
        <source>%3 sent: “%1”</source>
        <translation>إرسال %3: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="596"/>
        <source>%3 withdrawn: “%1”</source>
        <translation>سحب %3: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="599"/>
        <source>new order of %3</source>
        <translation>إعادة ترتيب %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="601"/>
        <source>change to %3 “%1”</source>
        <translation>تغيير في %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="605"/>
        <source>agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="606"/>
        <source>point of contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="607"/>
        <source>law</source>
        <translation>النص القانوني</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="608"/>
        <source>matrix answer</source>
        <translation>إجابة المصفوفة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="609"/>
        <source>legal reference</source>
        <translation>المرجع القانوني</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="610"/>
        <source>action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="611"/>
        <source>priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="612"/>
        <source>action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="613"/>
        <source>assistance request</source>
        <translation>طلب المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="614"/>
        <source>provider</source>
        <translation>مقدم المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="615"/>
        <source>offer</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="617"/>
        <source>date of additional information</source>
        <translation>تاريخ المعلومات الإضافية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="618"/>
        <source>text of the national report</source>
        <translation>نص التقرير الوطني</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="619"/>
        <source>document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="620"/>
        <source>agency workbook</source>
        <translation>مصنف الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="621"/>
        <source>submitted document</source>
        <translation>الوثيقة المقدمة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="622"/>
        <source>database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="624"/>
        <source>record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="626"/>
        <source>a matrix field</source>
        <translation>حقل في المصفوفة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="629"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="630"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="631"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;تراجع: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="632"/>
        <source>&amp;Redo: %1</source>
        <translation>إ&amp;عادة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="637"/>
        <source>Cannot undo: plan version frozen</source>
        <translation>لا يمكن التراجع: نسخة الخطة مجمَّدة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="638"/>
        <source>Cannot undo: report submitted</source>
        <translation>لا يمكن التراجع: قُدِّم التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="639"/>
        <source>Cannot undo: restored from a backup</source>
        <translation>لا يمكن التراجع: استُعيدت البيانات من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="640"/>
        <source>Cannot undo: workbook sent</source>
        <translation>لا يمكن التراجع: أُرسل المصنف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="642"/>
        <source>Cannot undo: “%1” cannot be taken back</source>
        <translation>لا يمكن التراجع: لا يمكن الرجوع عن «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="646"/>
        <source>Cannot undo — %1: what it changed was changed again since (%2). Nothing was changed.</source>
        <translation>لا يمكن التراجع عن %1: ما غيّرته هذه الخطوة تغيّر مرة أخرى منذ ذلك الحين (%2). لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="649"/>
        <source>Cannot redo — %1: what it changed was changed again since (%2). Nothing was changed.</source>
        <translation>لا يمكن إعادة %1: ما غيّرته هذه الخطوة تغيّر مرة أخرى منذ ذلك الحين (%2). لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="652"/>
        <source>Cannot undo — %1: what it changed was changed since outside this application&apos;s steps (for example by another program). Nothing was changed.</source>
        <translation>لا يمكن التراجع عن %1: ما غيّرته هذه الخطوة تغيّر منذ ذلك الحين خارج خطوات هذا التطبيق (مثلًا من خلال برنامج آخر). لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="657"/>
        <source>Cannot redo — %1: what it changed was changed since outside this application&apos;s steps (for example by another program). Nothing was changed.</source>
        <translation>لا يمكن إعادة %1: ما غيّرته هذه الخطوة تغيّر منذ ذلك الحين خارج خطوات هذا التطبيق (مثلًا من خلال برنامج آخر). لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="662"/>
        <source>Cannot undo — %1: it is no longer the last step, the data was changed meanwhile (another window or the command line). Nothing was changed; the Edit menu now shows the next step.</source>
        <translation>لا يمكن التراجع عن %1: لم تعد هذه الخطوة الأخيرة، فقد تغيّرت البيانات في الأثناء (من نافذة أخرى أو من سطر الأوامر). لم يتغير شيء؛ وتعرض قائمة «تحرير» الآن الخطوة التالية.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="667"/>
        <source>Cannot redo — %1: the data was changed meanwhile (another window or the command line). Nothing was changed; the Edit menu now shows the next step.</source>
        <translation>لا يمكن إعادة %1: تغيّرت البيانات في الأثناء (من نافذة أخرى أو من سطر الأوامر). لم يتغير شيء؛ وتعرض قائمة «تحرير» الآن الخطوة التالية.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="672"/>
        <source>There is nothing to undo.</source>
        <translation>لا يوجد ما يمكن التراجع عنه.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="673"/>
        <source>There is nothing to redo.</source>
        <translation>لا يوجد ما يمكن إعادته.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="674"/>
        <source>Cannot undo — %1. Nothing was changed.</source>
        <translation>لا يمكن التراجع عن %1. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="675"/>
        <source>Cannot redo — %1. Nothing was changed.</source>
        <translation>لا يمكن إعادة %1. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="678"/>
        <source>Cannot undo — %1: the plan version is frozen as submitted. Nothing was changed.</source>
        <translation>لا يمكن التراجع عن %1: نسخة الخطة مجمَّدة بصيغتها المقدمة. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="681"/>
        <source>Cannot undo — %1: the document was submitted to the Committee. Nothing was changed.</source>
        <translation>لا يمكن التراجع عن %1: قُدِّمت الوثيقة إلى اللجنة. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="684"/>
        <source>Cannot undo — %1: the data was restored from a backup since. Nothing was changed.</source>
        <translation>لا يمكن التراجع عن %1: استُعيدت البيانات من نسخة احتياطية منذ ذلك الحين. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="687"/>
        <source>Cannot undo — %1: the workbook was sent to the agency. Nothing was changed.</source>
        <translation>لا يمكن التراجع عن %1: أُرسل المصنف إلى الجهة. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="780"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="781"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="782"/>
        <source>Label in another language</source>
        <translation>التسمية بلغة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="787"/>
        <source>Adherence details</source>
        <translation>تفاصيل الانضمام</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="789"/>
        <source>English title</source>
        <translation>العنوان بالإنكليزية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="790"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="791"/>
        <source>Official gazette</source>
        <translation>الجريدة الرسمية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="792"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="793"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="794"/>
        <source>Expected output</source>
        <translation>الناتج المتوقع</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="795"/>
        <source>Need</source>
        <translation>الاحتياج</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="797"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="798"/>
        <source>Areas</source>
        <translation>المجالات</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="799"/>
        <source>Subjects</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="800"/>
        <source>Provider</source>
        <translation>مقدم المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="801"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="802"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="803"/>
        <source>Acronym</source>
        <translation>المختصر</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="804"/>
        <source>Responsibilities</source>
        <translation>المسؤوليات</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="805"/>
        <source>Job title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="806"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="807"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="808"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
</context>
<context>
    <name>LayoutMemory</name>
    <message>
        <location filename="../../ui/layout_memory.py" line="366"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/layout_memory.py" line="368"/>
        <source>&amp;Reset layout</source>
        <translation>إعادة &amp;تعيين التخطيط</translation>
    </message>
    <message>
        <location filename="../../ui/layout_memory.py" line="392"/>
        <source>The layout was reset: window size, panes, columns and filters are as at first start.</source>
        <translation>أُعيد تعيين التخطيط: حجم النافذة والأجزاء والأعمدة وعوامل التصفية كما كانت عند أول تشغيل.</translation>
    </message>
</context>
<context>
    <name>LegalInstrumentTableModel</name>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="23"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="26"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="31"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="34"/>
        <source>Cited by (fields)</source>
        <translation>الحقول المستشهِدة</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="35"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="36"/>
        <source>Adopted</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="37"/>
        <source>In force since</source>
        <translation>نافذ منذ</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="38"/>
        <source>Title in English</source>
        <translation>العنوان بالإنكليزية</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="60"/>
        <source>Section</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="63"/>
        <source>Matrix row</source>
        <translation>صف المصفوفة</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="64"/>
        <source>Weapons</source>
        <translation>الأسلحة</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="65"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="66"/>
        <source>Article</source>
        <translation>المادة</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="67"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
</context>
<context>
    <name>LegislationView</name>
    <message>
        <location filename="../../ui/views/legislation.py" line="53"/>
        <source>National laws register</source>
        <translation>سجل التشريعات الوطنية</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="57"/>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="80"/>
        <source>No matrix field cites this law.</source>
        <translation>لا يستشهد أي حقل في المصفوفة بهذا النص القانوني.</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="90"/>
        <source>Where the selected law is cited in the matrix</source>
        <translation>مواضع الاستشهاد بالنص القانوني المحدد في المصفوفة</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="91"/>
        <location filename="../../ui/views/legislation.py" line="93"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/legislation.py" line="93"/>
        <source>Documents (%n)</source>
        <translation>
            <numerusform>الوثائق (%n)</numerusform>
            <numerusform>الوثائق (%n)</numerusform>
            <numerusform>الوثائق (%n)</numerusform>
            <numerusform>الوثائق (%n)</numerusform>
            <numerusform>الوثائق (%n)</numerusform>
            <numerusform>الوثائق (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/legislation.py" line="155"/>
        <source>This law is repealed, but %n matrix field(s) still cite it. Review each of them: cite the law that replaced it, or change the field&apos;s value.</source>
        <translation>
            <numerusform>هذا النص القانوني ملغى، ولا يستشهد به أي حقل في المصفوفة.</numerusform>
            <numerusform>هذا النص القانوني ملغى، لكن حقلًا واحدًا في المصفوفة لا يزال يستشهد به. راجعه: استشهد بالنص الذي حلّ محله، أو غيّر قيمة الحقل.</numerusform>
            <numerusform>هذا النص القانوني ملغى، لكن حقلين في المصفوفة لا يزالان يستشهدان به. راجع كلًّا منهما: استشهد بالنص الذي حلّ محله، أو غيّر قيمة الحقل.</numerusform>
            <numerusform>هذا النص القانوني ملغى، لكن %n حقول في المصفوفة لا تزال تستشهد به. راجع كلًّا منها: استشهد بالنص الذي حلّ محله، أو غيّر قيمة الحقل.</numerusform>
            <numerusform>هذا النص القانوني ملغى، لكن %n حقلًا في المصفوفة لا تزال تستشهد به. راجع كلًّا منها: استشهد بالنص الذي حلّ محله، أو غيّر قيمة الحقل.</numerusform>
            <numerusform>هذا النص القانوني ملغى، لكن %n حقل في المصفوفة لا تزال تستشهد به. راجع كلًّا منها: استشهد بالنص الذي حلّ محله، أو غيّر قيمة الحقل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="165"/>
        <source>Delete law</source>
        <translation>حذف النص القانوني</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="166"/>
        <source>Delete “%1” from the register?</source>
        <translation>هل تريد حذف «%1» من السجل؟</translation>
    </message>
</context>
<context>
    <name>LinkOfferDialog</name>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="215"/>
        <source>Link an offer to the request</source>
        <translation>ربط عرض بالطلب</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="229"/>
        <source>(already linked)</source>
        <translation>(مرتبط بالفعل)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="233"/>
        <source>Offers in the register, best fit first (★: shared type of assistance, area and scope).</source>
        <translation>العروض المسجلة، بدءًا بالأنسب (★: نوع المساعدة والمجال والنطاق مشتركة).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="240"/>
        <source>e.g. expert mission proposed for March</source>
        <translation>مثل: بعثة خبراء مقترحة في آذار/مارس</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="242"/>
        <source>Offer received on</source>
        <translation>تاريخ ورود العرض</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="243"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Implementation matrix</source>
        <translation>مصفوفة التنفيذ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Assistance</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Legislation</source>
        <translation>التشريعات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Agencies and contacts</source>
        <translation>الجهات وجهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Agency workbooks</source>
        <translation>مصنفات الجهات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Reports and exports</source>
        <translation>التقارير والتصدير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Open a database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;New database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Open the &amp;training State</source>
        <translation>فتح الدولة التد&amp;ريبية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Back up (export the project package)…</source>
        <translation>&amp;نسخ احتياطي (تصدير حزمة المشروع)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;Restore from a backup…</source>
        <translation>الا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>&amp;Handover pack for a successor…</source>
        <translation>ملف ال&amp;تسليم للخلف…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>&amp;Help</source>
        <translation>تع&amp;ليمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>&amp;Guided tour</source>
        <translation>جولة إرشا&amp;دية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>&amp;Search everything…</source>
        <translation>ال&amp;بحث في كل شيء…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>%1 could not be done: %2 Nothing was changed.</source>
        <translation>تعذّر تنفيذ %1: %2 لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Redone: %1</source>
        <translation>أُعيد تنفيذ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Undone: %1</source>
        <translation>أُلغي: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445"/>
        <source>%1 · matrix template %2</source>
        <translation>%1 · نموذج المصفوفة %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>Backup failed</source>
        <translation>تعذّر النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>The backup could not be written: %1</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>Back up</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>The backup was written, but these documents are missing or damaged in the documents folder and are not in it: %1</source>
        <translation>كُتبت النسخة الاحتياطية، لكن هذه الوثائق مفقودة أو تالفة في مجلد الوثائق ولم تُدرج فيها: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>Backup written to %1 (%2, %3)</source>
        <translation>كُتبت النسخة الاحتياطية في %1 (%2، %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="492"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n وثائق</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقتان</numerusform>
            <numerusform>%n وثائق</numerusform>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>%n وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>The handover pack is ready:

%1 (%2)
%3 (%4)

Give both files to your successor.</source>
        <translation>ملف التسليم جاهز:

%1 (%2)
%3 (%4)

سلّم الملفين كليهما إلى خلفك.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="528"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="633"/>
        <source>Interface: %1, working translation (%2 of %3 messages), not revised by the United Nations.</source>
        <translation>الواجهة: %1، ترجمة عمل (%2 من أصل %3 رسالة)، لم تراجعها الأمم المتحدة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <location filename="../../ui/main_window.py" line="525"/>
        <source>Handover pack</source>
        <translation>ملف التسليم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&amp;About / diagnostics</source>
        <translation>&amp;حول البرنامج / التشخيص</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="520"/>
        <source>The handover pack could not be written: %1</source>
        <translation>تعذّرت كتابة ملف التسليم: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>Open the PDF</source>
        <translation>فتح ملف PDF</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>Show the folder</source>
        <translation>عرض المجلد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="547"/>
        <source>Open a database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="549"/>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>قواعد البيانات (*.sqlite3 *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557"/>
        <location filename="../../ui/main_window.py" line="567"/>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <source>Databases (*.sqlite3)</source>
        <translation>قواعد البيانات (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="568"/>
        <source>“%1” already exists; it is opened as it is, nothing is overwritten.</source>
        <translation>«%1» موجود بالفعل؛ سيُفتح كما هو، ولن يُستبدل أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="593"/>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="595"/>
        <source>Replace all current data with the backup “%1”? The current data is kept aside first, as a backup file beside the database.</source>
        <translation>هل تريد استبدال جميع البيانات الحالية بالنسخة الاحتياطية «%1»؟ يُحتفظ بالبيانات الحالية أولًا جانبًا، في ملف نسخة احتياطية بجوار قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="616"/>
        <source>%1 %2

For national points of contact under UN Security Council resolution 1540 (2004).

Your data stays on this computer: %3</source>
        <translation>%1 %2

لجهات الاتصال الوطنية في إطار قرار مجلس الأمن التابع للأمم المتحدة 1540 (2004).

تبقى بياناتك على هذا الحاسوب: %3</translation>
    </message>
</context>
<context>
    <name>MarkSubmittedDialog</name>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="42"/>
        <location filename="../../ui/dialogs/reports.py" line="91"/>
        <location filename="../../ui/dialogs/reports.py" line="124"/>
        <source>Mark as submitted</source>
        <translation>تعليم بأنها مقدمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="49"/>
        <source>Document: %1
File: %2</source>
        <translation>الوثيقة: %1
الملف: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="63"/>
        <source>e.g. the reference of the note verbale</source>
        <translation>مثل: الرقم المرجعي للمذكرة الشفوية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="70"/>
        <location filename="../../ui/dialogs/reports.py" line="118"/>
        <source>Date submitted</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="71"/>
        <location filename="../../ui/dialogs/reports.py" line="118"/>
        <source>Note verbale reference</source>
        <translation>الرقم المرجعي للمذكرة الشفوية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="72"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="76"/>
        <source>The document is written again to the same file from the data as it is now (a report or a request with the note verbale number and the date typed here), then kept in the database exactly as written, with a copy of the data behind it. A submitted document is read-only: it cannot be changed or deleted afterwards. A later report can then list only the changes since this one.</source>
        <translation>تُكتب الوثيقة من جديد في الملف نفسه انطلاقًا من البيانات كما هي الآن (التقرير أو الطلب مع رقم المذكرة الشفوية والتاريخ المدخلين هنا)، ثم تُحفظ في قاعدة البيانات كما كُتبت تمامًا، مع نسخة من البيانات التي أُعدّت منها. والوثيقة المقدمة للقراءة فقط: لا يمكن تغييرها أو حذفها بعد ذلك. ويمكن لتقرير لاحق عندئذ أن يقتصر على التغييرات التي طرأت منذ هذه الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="129"/>
        <source>Not marked as submitted</source>
        <translation>لم تُعلَّم بأنها مقدمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="130"/>
        <source>The document could not be marked as submitted: %1</source>
        <translation>تعذّر تعليم الوثيقة بأنها مقدمة: %1</translation>
    </message>
</context>
<context>
    <name>MatrixCounts</name>
    <message numerus="yes">
        <location filename="../../ui/models/matrix_table_model.py" line="34"/>
        <source>%n legal reference(s)</source>
        <translation>
            <numerusform>لا مراجع قانونية</numerusform>
            <numerusform>مرجع قانوني واحد</numerusform>
            <numerusform>مرجعان قانونيان</numerusform>
            <numerusform>%n مراجع قانونية</numerusform>
            <numerusform>%n مرجعًا قانونيًا</numerusform>
            <numerusform>%n مرجع قانوني</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixHeatMap</name>
    <message>
        <location filename="../../ui/widgets/heat_map.py" line="52"/>
        <source>Rows: the measures of each section, by number. Columns: under each weapon, its legal framework then its enforcement.</source>
        <translation>الصفوف: تدابير كل فرع، حسب أرقامها. الأعمدة: لكل سلاح، الإطار القانوني ثم الإنفاذ.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heat_map.py" line="99"/>
        <source>Section %1</source>
        <translation>الفرع %1</translation>
    </message>
</context>
<context>
    <name>MatrixTableModel</name>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="178"/>
        <source>⚠ Cites a repealed law: review this field.</source>
        <translation>⚠ يستشهد بنص قانوني ملغى: راجع هذا الحقل.</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="207"/>
        <source>national legal framework</source>
        <translation>الإطار القانوني الوطني</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="209"/>
        <source>enforcement: civil / criminal penalties</source>
        <translation>الإنفاذ: العقوبات المدنية / الجنائية</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="214"/>
        <source>Measure</source>
        <translation>التدبير</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="217"/>
        <source>Yes (X)</source>
        <translation>نعم (X)</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="197"/>
        <location filename="../../ui/models/matrix_table_model.py" line="218"/>
        <source>Signature, ratification, entry into force</source>
        <translation>التوقيع، التصديق، بدء النفاذ</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="143"/>
        <source>Wording not yet confirmed against the Committee&apos;s matrix.</source>
        <translation>لم يتم بعد التحقق من الصياغة مقارنة بمصفوفة اللجنة.</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="219"/>
        <source>Remarks</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="224"/>
        <source>legal</source>
        <translation>قانوني</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="226"/>
        <source>enforc.</source>
        <translation>إنفاذ</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="384"/>
        <location filename="../../ui/views/matrix.py" line="466"/>
        <source>Section %1</source>
        <translation>الفرع %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="398"/>
        <source>Keys: X, ? or N (NA) set the value, Delete clears it, Enter opens the details, Ctrl+PgDown / Ctrl+PgUp change section.</source>
        <translation>المفاتيح: X أو ? أو N (NA) لتحديد القيمة، وDelete لمسحها، وEnter لفتح التفاصيل، وCtrl+PgDown / Ctrl+PgUp لتغيير الفرع.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="404"/>
        <source>Propose actions for selected gaps</source>
        <translation>اقتراح إجراءات للثغرات المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="408"/>
        <source>Select blank or ? cells (Ctrl+click or Shift+arrows), then add draft actions to the action plan, one per section.</source>
        <translation>حدد خلايا فارغة أو خلايا «?» (Ctrl+نقر أو Shift+الأسهم)، ثم أضف مشاريع إجراءات إلى خطة العمل، إجراءً واحدًا لكل فرع.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="455"/>
        <source>Search the matrix: words in any language, laws, remarks, agencies…</source>
        <translation>البحث في المصفوفة: كلمات بأي لغة، نصوص قانونية، ملاحظات، جهات…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="459"/>
        <source>Any value</source>
        <translation>أي قيمة</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="460"/>
        <source>blank</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="464"/>
        <source>All sections</source>
        <translation>جميع الفروع</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="469"/>
        <source>All weapons</source>
        <translation>جميع الأسلحة</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="478"/>
        <source>Changed since YYYY-MM-DD</source>
        <translation>تغيّر منذ YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="480"/>
        <source>Without legal reference</source>
        <translation>بلا مرجع قانوني</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="527"/>
        <source>All agencies</source>
        <translation>جميع الجهات</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="551"/>
        <source>“Changed since” is not a date (YYYY-MM-DD).</source>
        <translation>قيمة «تغيّر منذ» ليست تاريخًا (YYYY-MM-DD).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="559"/>
        <source>%n field(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي حقل</numerusform>
            <numerusform>عُثر على حقل واحد</numerusform>
            <numerusform>عُثر على حقلين</numerusform>
            <numerusform>عُثر على %n حقول</numerusform>
            <numerusform>عُثر على %n حقلًا</numerusform>
            <numerusform>عُثر على %n حقل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="660"/>
        <source>%n draft action(s) added to the action plan for %1. Edit them there, then keep or delete them.</source>
        <translation>
            <numerusform>لم يُضف أي مشروع إجراء إلى خطة العمل يخص %1.</numerusform>
            <numerusform>أُضيف مشروع إجراء واحد إلى خطة العمل يخص %1. عدّله هناك، ثم أبقِ عليه أو احذفه.</numerusform>
            <numerusform>أُضيف مشروعا إجراءين إلى خطة العمل يخصان %1. عدّلهما هناك، ثم أبقِ عليهما أو احذفهما.</numerusform>
            <numerusform>أُضيفت %n مشاريع إجراءات إلى خطة العمل تخص %1. عدّلها هناك، ثم أبقِ عليها أو احذفها.</numerusform>
            <numerusform>أُضيف %n مشروع إجراء إلى خطة العمل تخص %1. عدّلها هناك، ثم أبقِ عليها أو احذفها.</numerusform>
            <numerusform>أُضيف %n مشروع إجراء إلى خطة العمل تخص %1. عدّلها هناك، ثم أبقِ عليها أو احذفها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="663"/>
        <source>%n field(s)</source>
        <comment>for N fields</comment>
        <translation>
            <numerusform>%n حقول</numerusform>
            <numerusform>حقلًا واحدًا</numerusform>
            <numerusform>حقلين</numerusform>
            <numerusform>%n حقول</numerusform>
            <numerusform>%n حقلًا</numerusform>
            <numerusform>%n حقل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="652"/>
        <location filename="../../ui/views/matrix.py" line="658"/>
        <source>Propose actions</source>
        <translation>اقتراح إجراءات</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="652"/>
        <source>Select one or more blank or “?” cells first.</source>
        <translation>حدد أولًا خلية فارغة أو خلية «?» أو أكثر.</translation>
    </message>
</context>
<context>
    <name>NewWorkbookDialog</name>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="53"/>
        <source>New workbook for an agency</source>
        <translation>مصنف جديد لجهة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="62"/>
        <source>The agency receives an Excel workbook with the fields chosen here and what they hold now. It fills in the white cells and sends the file back; you then import it and accept the changes one by one.</source>
        <translation>تتلقى الجهة مصنف Excel يتضمن الحقول المختارة هنا وما تتضمنه حاليًا. وتملأ الجهة الخلايا البيضاء وتعيد الملف؛ ثم تستورده أنت وتقبل التغييرات واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="73"/>
        <source>No agency is recorded yet. Add the agencies under “Agencies and contacts” first: a workbook is always sent to one of them.</source>
        <translation>لم تُسجَّل أي جهة بعد. أضف الجهات أولًا في «الجهات وجهات الاتصال»: يُرسَل المصنف دائمًا إلى إحداها.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="103"/>
        <source>Section %1: %2</source>
        <translation>الفرع %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="109"/>
        <source>Only the fields this agency is responsible for</source>
        <translation>الحقول التي تتولى هذه الجهة المسؤولية عنها فقط</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="111"/>
        <source>The fields for which the matrix names this agency as responsible.</source>
        <translation>الحقول التي تُسمّي المصفوفة هذه الجهة مسؤولة عنها.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="122"/>
        <source>Ask for a reply by</source>
        <translation>طلب الرد في موعد أقصاه</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="142"/>
        <source>Shown on the first sheet of the workbook, e.g. what to check first.</source>
        <translation>يظهر في الورقة الأولى من المصنف، مثل: ما يجب التحقق منه أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="156"/>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="157"/>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="158"/>
        <source>Language of the workbook</source>
        <translation>لغة المصنف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="159"/>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="160"/>
        <source>Note to the agency</source>
        <translation>ملاحظة إلى الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="165"/>
        <source>Create the workbook…</source>
        <translation>إنشاء المصنف…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/agency_workbook.py" line="205"/>
        <source>%n field(s) will be sent.</source>
        <translation>
            <numerusform>لن يُرسل أي حقل.</numerusform>
            <numerusform>سيُرسل حقل واحد.</numerusform>
            <numerusform>سيُرسل حقلان.</numerusform>
            <numerusform>ستُرسل %n حقول.</numerusform>
            <numerusform>سيُرسل %n حقلًا.</numerusform>
            <numerusform>سيُرسل %n حقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/agency_workbook.py" line="219"/>
        <source>%1 / %n character(s)</source>
        <translation>
            <numerusform>%1 / %n حرف</numerusform>
            <numerusform>%1 / حرف واحد</numerusform>
            <numerusform>%1 / حرفان</numerusform>
            <numerusform>%1 / %n أحرف</numerusform>
            <numerusform>%1 / %n حرفًا</numerusform>
            <numerusform>%1 / %n حرف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="209"/>
        <source>No field: tick at least one section.</source>
        <translation>لا توجد حقول: أشِّر على فرع واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="211"/>
        <source>No field of these sections names this agency as responsible.</source>
        <translation>لا يوجد في هذه الفروع حقل يُسمّي هذه الجهة مسؤولة عنه.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="233"/>
        <source>Save the workbook for %1</source>
        <translation>حفظ المصنف الموجه إلى %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="235"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="255"/>
        <source>Workbook not created</source>
        <translation>لم يُنشأ المصنف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="256"/>
        <source>The workbook could not be written: %1

Nothing was recorded.</source>
        <translation>تعذّرت كتابة المصنف: %1

لم يُسجَّل أي شيء.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/views/overview.py" line="145"/>
        <source>Training State: fictional data for workshops</source>
        <translation>دولة تدريبية: بيانات وهمية لحلقات العمل</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="154"/>
        <source>Edit profile…</source>
        <translation>تعديل البيانات…</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="168"/>
        <source>matrix fields answered</source>
        <translation>حقول المصفوفة المُجاب عنها</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="171"/>
        <source>national agencies</source>
        <translation>الجهات الوطنية</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="172"/>
        <source>points of contact</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="173"/>
        <source>laws in the register</source>
        <translation>النصوص القانونية في السجل</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="174"/>
        <source>answers without a legal reference</source>
        <translation>إجابات بلا مرجع قانوني</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="178"/>
        <source>Reporting to the 1540 Committee</source>
        <translation>تقديم التقارير إلى لجنة القرار 1540</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="185"/>
        <source>First national report</source>
        <translation>التقرير الوطني الأول</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="186"/>
        <source>Additional information</source>
        <translation>المعلومات الإضافية</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="187"/>
        <source>Matrix approved by the Committee</source>
        <translation>موافقة اللجنة على المصفوفة</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="188"/>
        <source>Matrix template version</source>
        <translation>إصدار نموذج المصفوفة</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="200"/>
        <source>Implementation matrix: coverage by section and weapon type</source>
        <translation>مصفوفة التنفيذ: التغطية حسب الفرع ونوع السلاح</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="209"/>
        <source>Overdue and due in the next 60 days: actions of the plan, follow-up of assistance requests</source>
        <translation>ما تجاوز موعده وما يحين موعده خلال الأيام الستين القادمة: إجراءات الخطة، ومتابعة طلبات المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="227"/>
        <source>The matrix at a glance</source>
        <translation>المصفوفة في لمحة</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="231"/>
        <source>Each square is a data field; click one to open it.</source>
        <translation>كل مربع حقل بيانات؛ انقر على أحدها لفتحه.</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="237"/>
        <source>Recent changes</source>
        <translation>التغييرات الأخيرة</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="267"/>
        <source>(focal point not named yet)</source>
        <translation>(لم تُسمَّ جهة التنسيق بعد)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="270"/>
        <source>Focal point: %1</source>
        <translation>جهة التنسيق: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="273"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="284"/>
        <source>fields changed since the last report (%1)</source>
        <translation>الحقول التي تغيرت منذ آخر تقرير (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="286"/>
        <source>fields changed (no report sent yet)</source>
        <translation>الحقول التي تغيرت (لم يُرسَل أي تقرير بعد)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="291"/>
        <source>Nothing overdue or due soon.</source>
        <translation>لا شيء تجاوز موعده أو يحين موعده قريبًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="309"/>
        <source>%n earlier</source>
        <translation>
            <numerusform>%n تقرير سابق</numerusform>
            <numerusform>%n تقرير سابق</numerusform>
            <numerusform>%n تقريران سابقان</numerusform>
            <numerusform>%n تقارير سابقة</numerusform>
            <numerusform>%n تقريرًا سابقًا</numerusform>
            <numerusform>%n تقرير سابق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="321"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخريان</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
            <numerusform>… و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="331"/>
        <location filename="../../ui/views/overview.py" line="349"/>
        <source>OVERDUE</source>
        <translation>تجاوز الموعد</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="336"/>
        <source>%1 — assistance request sent on %2: the Chair will ask whether it has been met — %3</source>
        <translation>%1 — طلب مساعدة أُرسل في %2: سيسأل رئيس اللجنة عما إذا كان قد لُبّي — %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="343"/>
        <source>%1 — reply awaited from %2 (workbook sent on %3)</source>
        <translation>%1 — يُنتظر رد %2 (أُرسل المصنف في %3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="347"/>
        <source>No reply date — reply awaited from %2 (workbook sent on %3)</source>
        <translation>لا موعد للرد — يُنتظر رد %2 (أُرسل المصنف في %3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="361"/>
        <source>Section %1: %2</source>
        <translation>الفرع %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="364"/>
        <source>All sections B-D: %1</source>
        <translation>جميع الفروع B-D: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="382"/>
        <source>X %1 · ? %2 · NA %3 · blank %4 (%5 answered)</source>
        <translation>قائم %1، غير مكتمل %2، لا ينطبق %3، فارغ %4 (أُجيب عن %5)</translation>
    </message>
</context>
<context>
    <name>PackageTarget</name>
    <message>
        <location filename="../../ui/widgets/package_target.py" line="47"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="53"/>
        <location filename="../../ui/dialogs/backups.py" line="69"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="57"/>
        <source>Choose a passphrase for the package. Keep it safe: without it nobody, not even you, can restore the package.</source>
        <translation>اختر عبارة مرور للحزمة. احفظها في مكان آمن: فبدونها لا يستطيع أحد، ولا أنت، استعادة الحزمة.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="61"/>
        <source>“%1” is encrypted. Enter its passphrase.</source>
        <translation>«%1» مشفر. أدخل عبارة المرور الخاصة به.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="74"/>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="93"/>
        <source>Enter a passphrase.</source>
        <translation>أدخل عبارة مرور.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="95"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>عبارتا المرور مختلفتان. اكتب عبارة المرور نفسها مرتين.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="102"/>
        <source>The passphrase is wrong, or the package is damaged.</source>
        <translation>عبارة المرور خاطئة، أو أن الحزمة تالفة.</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="164"/>
        <source>Still to complete</source>
        <translation>ما يلزم استكماله</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="241"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="302"/>
        <source>Nothing missing: the request can be marked ready and sent.</source>
        <translation>لا ينقص شيء: يمكن تعليم الطلب بأنه جاهز وإرساله.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="401"/>
        <source>Unsaved text found</source>
        <translation>عُثر على نص غير محفوظ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="402"/>
        <source>This form was being edited on %1 and was not saved. Restore that text?</source>
        <translation>كان هذا النموذج قيد التعديل في %1 ولم يُحفظ. هل تريد استعادة ذلك النص؟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="425"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="427"/>
        <source>Your changes could not be saved: %1

Nothing was changed, and what you typed is still in the form.</source>
        <translation>تعذّر حفظ تغييراتك: %1

لم يتغير شيء، وما كتبته لا يزال في النموذج.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="449"/>
        <source>Discard changes?</source>
        <translation>تجاهل التغييرات؟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="450"/>
        <source>You have typed changes that are not saved. Discard them?</source>
        <translation>كتبت تغييرات لم تُحفظ. هل تريد تجاهلها؟</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="112"/>
        <source>Search…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="114"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="115"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="116"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/labels.py" line="423"/>
        <source>National report</source>
        <translation>التقرير الوطني</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="424"/>
        <source>Implementation matrix</source>
        <translation>مصفوفة التنفيذ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="425"/>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="426"/>
        <source>Assistance request</source>
        <translation>طلب مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="429"/>
        <source>The national report in the Committee&apos;s layout: covering note, introduction, one part per operative paragraph with every matrix field and its legal references, the measures under OP 6 to 10 (action plan, assistance requests sent) and an annex of the laws cited.</source>
        <translation>التقرير الوطني بالشكل الذي تعتمده اللجنة: مذكرة الإحالة، والمقدمة، وجزء لكل فقرة من فقرات المنطوق يتضمن كل حقل من حقول المصفوفة ومراجعه القانونية، والتدابير المتخذة في إطار الفقرات 6 إلى 10 (خطة العمل، وطلبات المساعدة المرسلة)، ومرفق بالنصوص القانونية المستشهد بها.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="435"/>
        <source>Only the matrix fields changed since the report submitted on %1, each with what was reported then and what holds now, with the covering note, the introduction and the part on OP 6 to 10.</source>
        <translation>حقول المصفوفة التي تغيرت منذ التقرير المقدم في %1 فقط، ولكل منها ما أُبلغ عنه آنذاك والوضع الحالي، مع مذكرة الإحالة والمقدمة والجزء المتعلق بالفقرات 6 إلى 10.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="440"/>
        <source>The 1540 Committee matrix: every field of sections A to D with its value, legal references, source and remarks, in the Committee&apos;s layout.</source>
        <translation>مصفوفة لجنة القرار 1540: كل حقل من حقول الفروع A إلى D مع قيمته ومراجعه القانونية ومصدره وملاحظاته، بالشكل الذي تعتمده اللجنة.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="445"/>
        <source>The National Implementation Action Plan: its header, priorities and every action with lead agency, dates, status and progress, and a timeline.</source>
        <translation>خطة العمل الوطنية للتنفيذ: بياناتها الأساسية وأولوياتها وكل إجراء مع الجهة الرائدة والتواريخ والحالة والتقدم المحرز، وجدول زمني.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="450"/>
        <source>One assistance request on the Committee&apos;s template: point of contact, need, current situation, objectives, beneficiaries, timeframe and resources.</source>
        <translation>طلب مساعدة واحد وفق نموذج اللجنة: جهة الاتصال، والاحتياج، والوضع الحالي، والأهداف، والجهات المستفيدة، والإطار الزمني، والموارد.</translation>
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
        <translation>كامل</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="462"/>
        <source>Changes only</source>
        <translation>التغييرات فقط</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="465"/>
        <source>Reading the data…</source>
        <translation>قراءة البيانات…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="466"/>
        <source>Laying out the pages…</source>
        <translation>تنسيق الصفحات…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="467"/>
        <source>Writing the file…</source>
        <translation>كتابة الملف…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="468"/>
        <source>Checking the file against the database…</source>
        <translation>مطابقة الملف مع قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="471"/>
        <source>matrix fields</source>
        <translation>حقول المصفوفة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="472"/>
        <source>actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="473"/>
        <source>assistance requests</source>
        <translation>طلبات المساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="474"/>
        <source>laws</source>
        <translation>النصوص القانونية</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="475"/>
        <source>parts of the request</source>
        <translation>أجزاء الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="489"/>
        <source>%1 (changes since the last submitted report)</source>
        <translation>%1 (التغييرات منذ آخر تقرير مقدم)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="503"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="23"/>
        <source>Date submitted</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="26"/>
        <location filename="../../ui/views/reports.py" line="170"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="31"/>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="35"/>
        <location filename="../../ui/views/reports.py" line="173"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="39"/>
        <location filename="../../ui/views/reports.py" line="174"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="42"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="43"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="44"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="45"/>
        <source>Marked by</source>
        <translation>عُلِّمت بواسطة</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="65"/>
        <source>Checked: %1</source>
        <translation>ما جرى التحقق منه: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="84"/>
        <source>Reports and exports</source>
        <translation>التقارير والتصدير</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="88"/>
        <source>Export the national report, the matrix, the action plan or an assistance request as PDF or Excel in any of the six UN languages. Every file is checked against the database before it is kept.</source>
        <translation>صدِّر التقرير الوطني أو المصفوفة أو خطة العمل أو طلب مساعدة بصيغة PDF أو Excel بأي من لغات الأمم المتحدة الست. ويُطابَق كل ملف مع قاعدة البيانات قبل حفظه.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="129"/>
        <source>Full report</source>
        <translation>التقرير الكامل</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="131"/>
        <source>Changes since the last submitted report</source>
        <translation>التغييرات منذ آخر تقرير مقدم</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="144"/>
        <source>PDF (to print or send)</source>
        <translation>PDF (للطباعة أو الإرسال)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="146"/>
        <source>Excel workbook</source>
        <translation>مصنف Excel</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="163"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="171"/>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="172"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="178"/>
        <source>New export</source>
        <translation>تصدير جديد</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="213"/>
        <source>Open the file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="215"/>
        <source>Show in folder</source>
        <translation>العرض في المجلد</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="217"/>
        <source>Mark as submitted…</source>
        <translation>تعليم بأنها مقدمة…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="219"/>
        <source>Keep this file, read-only, as the document sent to the 1540 Committee.</source>
        <translation>الاحتفاظ بهذا الملف، للقراءة فقط، بوصفه الوثيقة المرسلة إلى لجنة القرار 1540.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="233"/>
        <source>Last export</source>
        <translation>آخر تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="246"/>
        <source>Report text…</source>
        <translation>نص التقرير…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="250"/>
        <source>The type of report, its reference and date, the national context and the other measures (OP 6 to 10).</source>
        <translation>نوع التقرير، ومرجعه وتاريخه، والسياق الوطني، والتدابير الأخرى (الفقرات 6 إلى 10 من المنطوق).</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="253"/>
        <source>Text of the national report</source>
        <translation>نص التقرير الوطني</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="275"/>
        <source>No document has been marked as submitted yet. After sending a document to the Committee, export it here and use “Mark as submitted…”.</source>
        <translation>لم تُعلَّم أي وثيقة بعد بأنها مقدمة. بعد إرسال وثيقة إلى اللجنة، صدِّرها هنا واستخدم «تعليم بأنها مقدمة…».</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="282"/>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="284"/>
        <source>Write the document exactly as it was submitted to a file.</source>
        <translation>كتابة الوثيقة في ملف كما قُدِّمت تمامًا.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="286"/>
        <source>Submitted documents are kept in the database exactly as sent; they cannot be changed or deleted.</source>
        <translation>تُحفظ الوثائق المقدمة في قاعدة البيانات كما أُرسلت تمامًا؛ ولا يمكن تغييرها أو حذفها.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="293"/>
        <source>Submitted documents</source>
        <translation>الوثائق المقدمة</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="328"/>
        <source>No assistance request yet</source>
        <translation>لا يوجد طلب مساعدة بعد</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="338"/>
        <source>Available once a national report has been marked as submitted: export the full report, send it, then use “Mark as submitted…”.</source>
        <translation>يتاح بعد تعليم تقرير وطني بأنه مقدم: صدِّر التقرير الكامل، وأرسله، ثم استخدم «تعليم بأنها مقدمة…».</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="345"/>
        <source>Only the matrix fields changed since the report submitted on %1.</source>
        <translation>حقول المصفوفة التي تغيرت منذ التقرير المقدم في %1 فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="352"/>
        <source>First national report</source>
        <translation>التقرير الوطني الأول</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="354"/>
        <source>Additional information (a later report)</source>
        <translation>معلومات إضافية (تقرير لاحق)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="358"/>
        <source>Reference: %1</source>
        <translation>المرجع: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="359"/>
        <source>Date: %1</source>
        <translation>التاريخ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="360"/>
        <source>the day of the export</source>
        <translation>يوم التصدير</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="362"/>
        <source>Committee&apos;s note answered: %1</source>
        <translation>مذكرة اللجنة التي يُرَدّ عليها: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="400"/>
        <source>In Excel, each part is a sheet; the first column holds each record&apos;s key.</source>
        <translation>في Excel، يكون كل جزء ورقة مستقلة؛ ويتضمن العمود الأول رمز كل سجل.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="407"/>
        <source>Write the chosen document to a file; it is read back and checked before it is kept.</source>
        <translation>كتابة المستند المختار في ملف؛ ويُعاد قراءته والتحقق منه قبل حفظه.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="409"/>
        <source>There is no assistance request to export yet.</source>
        <translation>لا يوجد بعد أي طلب مساعدة لتصديره.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="463"/>
        <location filename="../../ui/views/reports.py" line="694"/>
        <source>PDF documents (*.pdf)</source>
        <translation>وثائق PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="463"/>
        <location filename="../../ui/views/reports.py" line="694"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="466"/>
        <source>Export %1</source>
        <translation>تصدير %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="479"/>
        <location filename="../../ui/views/reports.py" line="567"/>
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="485"/>
        <source>Exporting %1…</source>
        <translation>جارٍ تصدير %1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="504"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="513"/>
        <source>Exporting %1</source>
        <translation>تصدير %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="514"/>
        <source>Preparing the export…</source>
        <translation>جارٍ إعداد التصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="523"/>
        <source>Cancelling the export…</source>
        <translation>جارٍ إلغاء التصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="560"/>
        <source>The export failed: nothing was written.</source>
        <translation>تعذّر التصدير: لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="564"/>
        <source>The export stopped because of an unexpected problem: %1

Nothing was written. Please report this problem.</source>
        <translation>توقف التصدير بسبب مشكلة غير متوقعة: %1

لم يُكتب أي شيء. يُرجى الإبلاغ عن هذه المشكلة.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="571"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>أُلغي التصدير: لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="579"/>
        <source>Nothing exported yet. Choose a document, then press “Export…”.</source>
        <translation>لم يُصدَّر شيء بعد. اختر وثيقة، ثم اضغط «تصدير…».</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="584"/>
        <source>Written and checked: %1</source>
        <translation>كُتب الملف وجرى التحقق منه: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="592"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="595"/>
        <source>Checked against the database: %1.</source>
        <translation>جرت المطابقة مع قاعدة البيانات: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="598"/>
        <source>Marked as submitted: it is listed under “Submitted documents”.</source>
        <translation>عُلِّمت بأنها مقدمة: وهي مدرجة في «الوثائق المقدمة».</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="623"/>
        <location filename="../../ui/views/reports.py" line="634"/>
        <source>Mark as submitted</source>
        <translation>تعليم بأنها مقدمة</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="624"/>
        <source>The file %1 is no longer there; export the document again.</source>
        <translation>الملف %1 لم يعد موجودًا؛ صدِّر الوثيقة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="636"/>
        <source>The file was changed after the export (it may have been opened and saved). Marking it as submitted writes it again from the data: the changes made in the file are not kept. Continue?</source>
        <translation>تغيّر الملف بعد التصدير (ربما فُتح وحُفظ). ووضع علامة التقديم عليه يعيد كتابته انطلاقًا من البيانات: لن يُحتفظ بالتغييرات التي أُدخلت على الملف. هل تريد المتابعة؟</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="697"/>
        <source>Save a copy of the submitted document</source>
        <translation>حفظ نسخة من الوثيقة المقدمة</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="707"/>
        <source>Copy not saved</source>
        <translation>لم تُحفظ النسخة</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="710"/>
        <source>Copy of the submitted document saved to %1</source>
        <translation>حُفظت نسخة من الوثيقة المقدمة في %1</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/views/assistance.py" line="79"/>
        <source>Still to complete (double-click to fill in)</source>
        <translation>ما يلزم استكماله (انقر نقرًا مزدوجًا للملء)</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="84"/>
        <source>Unlink offer</source>
        <translation>إلغاء ربط العرض</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="86"/>
        <source>Offers linked to this request</source>
        <translation>العروض المرتبطة بهذا الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="92"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="92"/>
        <source>Step or change</source>
        <translation>الخطوة أو التغيير</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="92"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="95"/>
        <source>Cancel the last status change…</source>
        <translation>إلغاء آخر تغيير للحالة…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="97"/>
        <source>Lifecycle and history</source>
        <translation>مراحل الطلب وسجله</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="108"/>
        <source>Documents (note verbale, acknowledgement, offer…)</source>
        <translation>الوثائق (المذكرة الشفوية، الإقرار بالاستلام، العرض…)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="171"/>
        <location filename="../../ui/dialogs/backups.py" line="271"/>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="176"/>
        <source>A backup of this database is made every day when the application starts. Choose one, or another backup file. Your current data is kept aside first.</source>
        <translation>تُنشأ نسخة احتياطية من قاعدة البيانات هذه كل يوم عند بدء تشغيل التطبيق. اختر إحداها، أو ملف نسخة احتياطية آخر. يُحتفظ ببياناتك الحالية أولًا جانبًا.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>Checked</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="200"/>
        <source>Damaged: %1</source>
        <translation>تالفة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="207"/>
        <source>Damaged</source>
        <translation>تالفة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="209"/>
        <source>Sound (integrity checked)</source>
        <translation>سليمة (جرى التحقق من سلامتها)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="211"/>
        <source>Not checked (older version; checked when restored)</source>
        <translation>لم يجرِ التحقق منها (إصدار أقدم؛ يجري التحقق عند الاستعادة)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="224"/>
        <source>There is no daily backup of this database yet (folder: %1).</source>
        <translation>لا توجد بعد نسخة احتياطية يومية من قاعدة البيانات هذه (المجلد: %1).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="230"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="234"/>
        <source>Other file…</source>
        <translation>ملف آخر…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="273"/>
        <source>Backups (*.un1540 *.sqlite3 *.db);;All files (*)</source>
        <translation>النسخ الاحتياطية (*.un1540 *.sqlite3 *.db);;جميع الملفات (*)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/dialogs/search.py" line="41"/>
        <source>Search everything</source>
        <translation>البحث في كل شيء</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="48"/>
        <source>Words to find in the matrix, laws, actions, requests, contacts…</source>
        <translation>كلمات للبحث عنها في المصفوفة والقوانين والإجراءات والطلبات وجهات الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="62"/>
        <source>↑ ↓ to choose, Enter to open, Esc to close.</source>
        <translation>↑ ↓ للاختيار، وEnter للفتح، وEsc للإغلاق.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="82"/>
        <source>%n matrix field(s)</source>
        <translation>
            <numerusform>لا حقول في المصفوفة (%n)</numerusform>
            <numerusform>حقل واحد في المصفوفة (%n)</numerusform>
            <numerusform>حقلان في المصفوفة (%n)</numerusform>
            <numerusform>%n حقول في المصفوفة</numerusform>
            <numerusform>%n حقلًا في المصفوفة</numerusform>
            <numerusform>%n حقل في المصفوفة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="83"/>
        <source>%n law(s)</source>
        <translation>
            <numerusform>لا قوانين (%n)</numerusform>
            <numerusform>قانون واحد (%n)</numerusform>
            <numerusform>قانونان (%n)</numerusform>
            <numerusform>%n قوانين</numerusform>
            <numerusform>%n قانونًا</numerusform>
            <numerusform>%n قانون</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="84"/>
        <source>%n priority(ies) of the action plan</source>
        <translation>
            <numerusform>لا أولويات في خطة العمل (%n)</numerusform>
            <numerusform>أولوية واحدة في خطة العمل (%n)</numerusform>
            <numerusform>أولويتان في خطة العمل (%n)</numerusform>
            <numerusform>%n أولويات في خطة العمل</numerusform>
            <numerusform>%n أولوية في خطة العمل</numerusform>
            <numerusform>%n أولوية في خطة العمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="85"/>
        <source>%n action(s) of the action plan</source>
        <translation>
            <numerusform>لا إجراءات في خطة العمل (%n)</numerusform>
            <numerusform>إجراء واحد في خطة العمل (%n)</numerusform>
            <numerusform>إجراءان في خطة العمل (%n)</numerusform>
            <numerusform>%n إجراءات في خطة العمل</numerusform>
            <numerusform>%n إجراءً في خطة العمل</numerusform>
            <numerusform>%n إجراء في خطة العمل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="86"/>
        <source>%n assistance request(s)</source>
        <translation>
            <numerusform>لا طلبات مساعدة (%n)</numerusform>
            <numerusform>طلب مساعدة واحد (%n)</numerusform>
            <numerusform>طلبا مساعدة (%n)</numerusform>
            <numerusform>%n طلبات مساعدة</numerusform>
            <numerusform>%n طلبًا للمساعدة</numerusform>
            <numerusform>%n طلب مساعدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="87"/>
        <source>%n assistance provider(s)</source>
        <translation>
            <numerusform>لا مقدمي مساعدة (%n)</numerusform>
            <numerusform>مقدم مساعدة واحد (%n)</numerusform>
            <numerusform>مقدما مساعدة (%n)</numerusform>
            <numerusform>%n من مقدمي المساعدة</numerusform>
            <numerusform>%n من مقدمي المساعدة</numerusform>
            <numerusform>%n من مقدمي المساعدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="88"/>
        <source>%n assistance offer(s)</source>
        <translation>
            <numerusform>لا عروض مساعدة (%n)</numerusform>
            <numerusform>عرض مساعدة واحد (%n)</numerusform>
            <numerusform>عرضا مساعدة (%n)</numerusform>
            <numerusform>%n عروض مساعدة</numerusform>
            <numerusform>%n عرضًا للمساعدة</numerusform>
            <numerusform>%n عرض مساعدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="89"/>
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>لا جهات (%n)</numerusform>
            <numerusform>جهة واحدة (%n)</numerusform>
            <numerusform>جهتان (%n)</numerusform>
            <numerusform>%n جهات</numerusform>
            <numerusform>%n جهة</numerusform>
            <numerusform>%n جهة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="90"/>
        <source>%n point(s) of contact</source>
        <translation>
            <numerusform>لا جهات اتصال (%n)</numerusform>
            <numerusform>جهة اتصال واحدة (%n)</numerusform>
            <numerusform>جهتا اتصال (%n)</numerusform>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="104"/>
        <source>Matched in %1: %2</source>
        <translation>وُجد في %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="117"/>
        <source>Type a word: every part of the database is searched.</source>
        <translation>اكتب كلمة: يجري البحث في قاعدة البيانات كلها.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="120"/>
        <source>Nothing holds “%1”.</source>
        <translation>لا شيء يحتوي على «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="123"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>لا نتائج (%n)</numerusform>
            <numerusform>نتيجة واحدة (%n)</numerusform>
            <numerusform>نتيجتان (%n)</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="125"/>
        <source>(%n not shown: type more words to narrow the search)</source>
        <translation>
            <numerusform>(%n غير معروضة: اكتب كلمات أخرى لتضييق البحث)</numerusform>
            <numerusform>(%n غير معروضة: اكتب كلمات أخرى لتضييق البحث)</numerusform>
            <numerusform>(%n غير معروضة: اكتب كلمات أخرى لتضييق البحث)</numerusform>
            <numerusform>(%n غير معروضة: اكتب كلمات أخرى لتضييق البحث)</numerusform>
            <numerusform>(%n غير معروضة: اكتب كلمات أخرى لتضييق البحث)</numerusform>
            <numerusform>(%n غير معروضة: اكتب كلمات أخرى لتضييق البحث)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="50"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="58"/>
        <source>Weapons</source>
        <translation>الأسلحة</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="59"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="51"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="52"/>
        <source>Matched in</source>
        <translation>مكان المطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="55"/>
        <source>Legal references</source>
        <translation>المراجع القانونية</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="62"/>
        <source>Remarks</source>
        <translation>الملاحظات</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="40"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="42"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="55"/>
        <source>Correct the translation…</source>
        <translation>تصحيح الترجمة…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="64"/>
        <source>Digits in Arabic</source>
        <translation>الأرقام في العربية</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="67"/>
        <source>Latin: %1</source>
        <translation>لاتينية: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="67"/>
        <source>Arabic-Indic: %1</source>
        <translation>هندية: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="75"/>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="82"/>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="84"/>
        <source>Matrix template</source>
        <translation>نموذج المصفوفة</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="85"/>
        <source>Open data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="87"/>
        <source>Back up…</source>
        <translation>نسخ احتياطي…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="90"/>
        <source>Restore from a backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="130"/>
        <source>The interface is written in English.</source>
        <translation>الواجهة مكتوبة أصلًا بالإنكليزية.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/settings.py" line="133"/>
        <source>Working translation of all %n interface message(s), not revised by the United Nations. Documents sent to the Committee use their own texts in each language.</source>
        <translation>
            <numerusform>ترجمة عمل لجميع رسائل الواجهة (%n)، لم تراجعها الأمم المتحدة. وتستخدم الوثائق المرسلة إلى اللجنة نصوصها الخاصة بكل لغة.</numerusform>
            <numerusform>ترجمة عمل لرسالة الواجهة الوحيدة، لم تراجعها الأمم المتحدة. وتستخدم الوثائق المرسلة إلى اللجنة نصوصها الخاصة بكل لغة.</numerusform>
            <numerusform>ترجمة عمل لرسالتي الواجهة، لم تراجعها الأمم المتحدة. وتستخدم الوثائق المرسلة إلى اللجنة نصوصها الخاصة بكل لغة.</numerusform>
            <numerusform>ترجمة عمل لجميع رسائل الواجهة وعددها %n، لم تراجعها الأمم المتحدة. وتستخدم الوثائق المرسلة إلى اللجنة نصوصها الخاصة بكل لغة.</numerusform>
            <numerusform>ترجمة عمل لجميع رسائل الواجهة وعددها %n، لم تراجعها الأمم المتحدة. وتستخدم الوثائق المرسلة إلى اللجنة نصوصها الخاصة بكل لغة.</numerusform>
            <numerusform>ترجمة عمل لجميع رسائل الواجهة وعددها %n، لم تراجعها الأمم المتحدة. وتستخدم الوثائق المرسلة إلى اللجنة نصوصها الخاصة بكل لغة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="140"/>
        <source>Working translation: %1 of %2 interface messages; the others are shown in English.</source>
        <translation>ترجمة عمل: %1 من أصل %2 رسالة في الواجهة؛ وتُعرض الرسائل الأخرى بالإنكليزية.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="146"/>
        <source>Your corrections file could not be read (%1); the shipped translation is used.</source>
        <translation>تعذّرت قراءة ملف تصحيحاتك (%1)؛ وتُستخدم الترجمة المرفقة بالتطبيق.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/settings.py" line="149"/>
        <source>%n correction(s) of yours in use, from %1.</source>
        <translation>
            <numerusform>لا تُستخدم أي تصحيحات من %1.</numerusform>
            <numerusform>يُستخدم تصحيح واحد من تصحيحاتك، من %1.</numerusform>
            <numerusform>يُستخدم تصحيحان من تصحيحاتك، من %1.</numerusform>
            <numerusform>تُستخدم %n تصحيحات من تصحيحاتك، من %1.</numerusform>
            <numerusform>يُستخدم %n تصحيحًا من تصحيحاتك، من %1.</numerusform>
            <numerusform>يُستخدم %n تصحيح من تصحيحاتك، من %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="159"/>
        <source>Correct the translation</source>
        <translation>تصحيح الترجمة</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="161"/>
        <source>Your corrections file is %1.

Open it with Qt Linguist or a text editor, change the translations you want, save it, then choose the language again (or restart). Your corrections are kept when the application is updated.</source>
        <translation>ملف تصحيحاتك هو %1.

افتحه باستخدام Qt Linguist أو محرر نصوص، وغيّر الترجمات التي تريدها، واحفظه، ثم اختر اللغة مرة أخرى (أو أعد التشغيل). وتُحفظ تصحيحاتك عند تحديث التطبيق.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="108"/>
        <source>Exported documents</source>
        <translation>الوثائق المصدَّرة</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="109"/>
        <source>Credit 1540 Focal Point in exported documents</source>
        <translation>ذكر ⁦1540 Focal Point⁩ في الوثائق المصدَّرة</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="115"/>
        <source>The footer of every page then says “Prepared on … with 1540 Focal Point”; otherwise it gives only the date the document was prepared.</source>
        <translation>عندئذ يُكتب في تذييل كل صفحة «أُعدّ في … باستخدام ⁦1540 Focal Point⁩»؛ وإلا فلا يُذكر فيه إلا تاريخ إعداد الوثيقة.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/help.py" line="301"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="306"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="308"/>
        <source>Copy the list to paste it into a document.</source>
        <translation>نسخ القائمة للصقها في مستند.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="310"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="52"/>
        <source>Change the status of the request</source>
        <translation>تغيير حالة الطلب</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="66"/>
        <source>e.g. NV/1540/2026/12</source>
        <translation>مثل: NV/1540/2026/12</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="67"/>
        <source>Note verbale reference</source>
        <translation>الرقم المرجعي للمذكرة الشفوية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="71"/>
        <source>What happened: who answered, what was agreed.</source>
        <translation>ما حدث: من ردّ، وما الذي اتُّفق عليه.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="80"/>
        <source>Current status</source>
        <translation>الحالة الراهنة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="81"/>
        <location filename="../../ui/dialogs/assistance.py" line="141"/>
        <source>New status</source>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="82"/>
        <location filename="../../ui/dialogs/assistance.py" line="140"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="84"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="106"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="125"/>
        <source>The request is not complete yet: what is missing is listed above. “Complete the request…” opens the form on the first item.</source>
        <translation>الطلب غير مكتمل بعد: النواقص مدرجة أعلاه. يفتح الأمر «استكمال الطلب…» النموذج على البند الأول.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="134"/>
        <source>Complete the request…</source>
        <translation>استكمال الطلب…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="149"/>
        <source>The status could not be changed: %1</source>
        <translation>تعذّر تغيير الحالة: %1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="69"/>
        <source>(no priority)</source>
        <translation>(بلا أولوية)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="71"/>
        <source>(no lead agency)</source>
        <translation>(بلا جهة رائدة)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="163"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="200"/>
        <source>Action %1: %2</source>
        <translation>الإجراء %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="202"/>
        <source>From %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="208"/>
        <source>%1, overdue</source>
        <translation>%1، تجاوز موعده</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="209"/>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="212"/>
        <source>Lead agency: %1</source>
        <translation>الجهة الرائدة: %1</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="375"/>
        <source>Overdue (!)</source>
        <translation>تجاوزت موعدها (!)</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <location filename="../../ui/tooltips.py" line="19"/>
        <source>A date, typed as YYYY-MM-DD (for example 2019-11-05).</source>
        <translation>تاريخ يُكتب بالصيغة YYYY-MM-DD (مثلا 2019-11-05).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="24"/>
        <source>X: the State has taken the step or given specific references</source>
        <translation>X: اتخذت الدولة الخطوة أو قدّمت مراجع محددة</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="25"/>
        <source>?: the references given may not be relevant or are incomplete</source>
        <translation>?: قد لا تكون المراجع المقدمة ذات صلة أو قد تكون ناقصة</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="26"/>
        <source>NA: the field does not apply to the State</source>
        <translation>NA: الحقل لا ينطبق على الدولة</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="27"/>
        <source>Blank: no information given or found</source>
        <translation>فارغ: لم تُقدَّم معلومات ولم يُعثر عليها</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="32"/>
        <source>NW: nuclear weapons</source>
        <translation>NW: الأسلحة النووية</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="33"/>
        <source>CW: chemical weapons</source>
        <translation>CW: الأسلحة الكيميائية</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="34"/>
        <source>BW: biological weapons</source>
        <translation>BW: الأسلحة البيولوجية</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="39"/>
        <source>The State profile, the coverage of the matrix and what needs attention.</source>
        <translation>بيانات الدولة، وتغطية المصفوفة، وما يحتاج إلى انتباه.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="41"/>
        <source>The 1540 Committee&apos;s matrix, sections A to D: your answers with their legal references.</source>
        <translation>مصفوفة لجنة القرار 1540، الفروع من A إلى D: إجاباتك مع مراجعها القانونية.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="43"/>
        <source>The National Implementation Action Plan: priorities, actions, submitted versions.</source>
        <translation>خطة العمل الوطنية للتنفيذ: الأولويات، والإجراءات، والنسخ المقدمة.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="44"/>
        <source>Assistance requests to the 1540 Committee, providers and their offers.</source>
        <translation>طلبات المساعدة إلى لجنة القرار 1540، ومقدمو المساعدة وعروضهم.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="45"/>
        <source>The national laws register, cited from the matrix.</source>
        <translation>السجل الوطني للنصوص القانونية، التي يُستشهد بها في المصفوفة.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="46"/>
        <source>National agencies and points of contact.</source>
        <translation>الجهات الوطنية وجهات الاتصال.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="47"/>
        <source>Excel workbooks sent to agencies for their answers, and their import.</source>
        <translation>مصنفات Excel المرسلة إلى الجهات لتلقي ردودها، واستيرادها.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="48"/>
        <source>The national report and other documents, as PDF or Excel; submitted documents.</source>
        <translation>التقرير الوطني والمستندات الأخرى، بصيغة PDF أو Excel؛ والمستندات المقدمة.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="49"/>
        <source>Language, data file, backups.</source>
        <translation>اللغة، وملف البيانات، والنسخ الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="57"/>
        <source>Finds words in the answers, legal references, sources and remarks, in any of the six languages.</source>
        <translation>يجد الكلمات في الإجابات والمراجع القانونية والمصادر والملاحظات، بأي من اللغات الست.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="60"/>
        <source>Only the fields with this value: X = step taken, ? = references incomplete or not relevant, NA = does not apply, blank = no information.</source>
        <translation>الحقول ذات هذه القيمة فقط: X = اتُّخذت الخطوة، ? = مراجع ناقصة أو غير ذات صلة، NA = لا ينطبق، فارغ = لا معلومات.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="64"/>
        <source>Only one section: A = OP 1, B = OP 2, C = OP 3 (a) and (b), D = OP 3 (c) and (d).</source>
        <translation>فرع واحد فقط: A = OP 1، B = OP 2، C = OP 3 (أ) و(ب)، D = OP 3 (ج) و(د).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="66"/>
        <source>Only one type of weapon: NW = nuclear, CW = chemical, BW = biological.</source>
        <translation>نوع واحد من الأسلحة فقط: NW = نووية، CW = كيميائية، BW = بيولوجية.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="67"/>
        <source>Only the fields for which this agency is responsible.</source>
        <translation>الحقول التي تكون هذه الجهة مسؤولة عنها فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="68"/>
        <source>Only the fields changed since this date, typed as YYYY-MM-DD.</source>
        <translation>الحقول التي تغيّرت منذ هذا التاريخ فقط، ويُكتب بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="69"/>
        <source>Only the fields answered X or ? that cite no law yet.</source>
        <translation>الحقول التي أُجيب عنها بـ X أو ? ولا تستشهد بعد بأي نص قانوني فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="73"/>
        <source>X = the State has taken the step; ? = references incomplete or not relevant; NA = does not apply; blank = no information.</source>
        <translation>X = اتخذت الدولة الخطوة؛ ? = مراجع ناقصة أو غير ذات صلة؛ NA = لا ينطبق؛ فارغ = لا معلومات.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="76"/>
        <source>A law of the register. To cite a law that is not listed, add it in Legislation first.</source>
        <translation>نص قانوني من السجل. للاستشهاد بنص غير مدرج، أضفه أولا في «التشريعات».</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="77"/>
        <source>The article or paragraph of the law that answers this field.</source>
        <translation>المادة أو الفقرة من النص القانوني التي تجيب عن هذا الحقل.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="78"/>
        <source>Add the chosen law and article to the field&apos;s legal references.</source>
        <translation>إضافة النص القانوني والمادة المختارين إلى المراجع القانونية للحقل.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="80"/>
        <source>Remove the selected legal reference from this field; the law stays in the register.</source>
        <translation>إزالة المرجع القانوني المحدد من هذا الحقل؛ ويبقى النص القانوني في السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="83"/>
        <source>Where the Committee can check it: the page of the English version of the national report, or an official web site.</source>
        <translation>أين يمكن للجنة التحقق منه: صفحة النسخة الإنكليزية من التقرير الوطني، أو موقع شبكي رسمي.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="86"/>
        <source>The national agency responsible for this field.</source>
        <translation>الجهة الوطنية المسؤولة عن هذا الحقل.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="87"/>
        <source>Save the value, references, source and remarks of this field (Ctrl+Enter).</source>
        <translation>حفظ قيمة هذا الحقل ومراجعه ومصدره وملاحظاته (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="91"/>
        <source>The current plan, or a version frozen when it was submitted (read-only).</source>
        <translation>الخطة الحالية، أو نسخة جُمّدت عند تقديمها (للقراءة فقط).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="93"/>
        <source>Keep this version of the plan, read-only, as submitted to the 1540 Committee. This cannot be undone.</source>
        <translation>الاحتفاظ بهذه النسخة من الخطة، للقراءة فقط، بوصفها مقدمة إلى لجنة القرار 1540. ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="96"/>
        <source>Keep the proposed action in the plan (proposed from gaps in the matrix).</source>
        <translation>الإبقاء على الإجراء المقترح في الخطة (مقترح انطلاقا من ثغرات المصفوفة).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="97"/>
        <source>Start an assistance request from the selected action.</source>
        <translation>بدء طلب مساعدة انطلاقا من الإجراء المحدد.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="98"/>
        <source>Only the actions with this status.</source>
        <translation>الإجراءات ذات هذه الحالة فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="99"/>
        <source>Only the actions of this agency.</source>
        <translation>إجراءات هذه الجهة فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="100"/>
        <source>Show the timeline by priority or by lead agency.</source>
        <translation>عرض الجدول الزمني حسب الأولوية أو حسب الجهة الرائدة.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="104"/>
        <source>Start a request from an action of the plan marked as needing assistance.</source>
        <translation>بدء طلب انطلاقا من إجراء في الخطة معلَّم بأنه يحتاج إلى مساعدة.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="107"/>
        <source>Record the next step of the selected request (sent, acknowledged, circulated…) with its date.</source>
        <translation>تسجيل المرحلة التالية للطلب المحدد (مرسل، مؤكَّد الاستلام، معمَّم…) مع تاريخها.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="110"/>
        <source>Link an offer of assistance to the selected request; the offers are ranked by how well they fit.</source>
        <translation>ربط عرض مساعدة بالطلب المحدد؛ وتُرتَّب العروض حسب مدى ملاءمتها.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="112"/>
        <source>Only the requests at this step.</source>
        <translation>الطلبات التي بلغت هذه المرحلة فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="113"/>
        <source>Only the offers of the provider selected above.</source>
        <translation>عروض مقدم المساعدة المحدد أعلاه فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="117"/>
        <source>Remove the link between the selected offer and this request; the offer stays in the register.</source>
        <translation>إزالة الربط بين العرض المحدد وهذا الطلب؛ ويبقى العرض في السجل.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="119"/>
        <source>Remove the last step of the request, if it was entered by mistake.</source>
        <translation>حذف آخر مرحلة للطلب إذا أُدخلت خطأ.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="122"/>
        <source>Only the laws with this status (in force, amended, repealed, draft).</source>
        <translation>النصوص القانونية ذات هذه الحالة فقط (نافذ، معدَّل، ملغى، مشروع).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="125"/>
        <source>Only the points of contact of the agency selected above.</source>
        <translation>جهات الاتصال في الجهة المحددة أعلاه فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="129"/>
        <source>The document to write: the national report, the matrix, the action plan or an assistance request.</source>
        <translation>المستند المراد كتابته: التقرير الوطني، أو المصفوفة، أو خطة العمل، أو طلب مساعدة.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="133"/>
        <source>Ask for the workbook back by this date; after it, it is listed as overdue.</source>
        <translation>طلب إعادة المصنف بحلول هذا التاريخ؛ وبعده يُدرج متأخرا.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="138"/>
        <source>Only the fields you changed yourself after the workbook was sent; they are left unticked.</source>
        <translation>الحقول التي غيّرتها أنت بعد إرسال المصنف فقط؛ وتبقى غير محددة.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="142"/>
        <source>The date on which the document was sent to the 1540 Committee.</source>
        <translation>تاريخ إرسال المستند إلى لجنة القرار 1540.</translation>
    </message>
</context>
<context>
    <name>ViewKeys</name>
    <message>
        <location filename="../../ui/help.py" line="359"/>
        <source>Other commands</source>
        <translation>أوامر أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="364"/>
        <source>Implementation matrix</source>
        <translation>مصفوفة التنفيذ</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="374"/>
        <source>Set the selected cells to X (the step is taken)</source>
        <translation>جعل الخلايا المحددة X (اتُّخذت الخطوة)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="375"/>
        <source>Set the selected cells to ? (references incomplete or not relevant)</source>
        <translation>جعل الخلايا المحددة ? (مراجع ناقصة أو غير ذات صلة)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="376"/>
        <source>Set the selected cells to NA (does not apply)</source>
        <translation>جعل الخلايا المحددة NA (لا ينطبق)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="377"/>
        <source>Empty the selected cells (no information)</source>
        <translation>تفريغ الخلايا المحددة (لا معلومات)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="382"/>
        <source>Go to the details of the field</source>
        <translation>الانتقال إلى تفاصيل الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="383"/>
        <source>Apply the details of the field</source>
        <translation>تطبيق تفاصيل الحقل</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="384"/>
        <source>Next section</source>
        <translation>الفرع التالي</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="385"/>
        <source>Previous section</source>
        <translation>الفرع السابق</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="387"/>
        <source>Lists</source>
        <translation>القوائم</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="389"/>
        <source>Edit the selected record</source>
        <translation>تعديل السجل المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="392"/>
        <source>Delete the selected record</source>
        <translation>حذف السجل المحدد</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/views/welcome.py" line="44"/>
        <source>Where to start</source>
        <translation>من أين تبدأ</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="48"/>
        <source>This database holds nothing of the State yet. Choose how to begin; you can do the others later.</source>
        <translation>لا تتضمن قاعدة البيانات هذه أي بيانات عن الدولة بعد. اختر طريقة البدء؛ ويمكنك القيام بالباقي لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="60"/>
        <source>Set the State profile…</source>
        <translation>تحديد بيانات الدولة…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="61"/>
        <source>Name the State, its focal point and the dates of its reports to the Committee.</source>
        <translation>اذكر الدولة وجهة التنسيق فيها وتواريخ تقاريرها المقدمة إلى اللجنة.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="66"/>
        <source>Start from the Committee&apos;s matrix…</source>
        <translation>البدء من مصفوفة اللجنة…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="67"/>
        <source>Import the State&apos;s matrix as the Committee published it (an Excel workbook in its layout).</source>
        <translation>استورد مصفوفة الدولة كما نشرتها اللجنة (مصنف Excel بتنسيقها).</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="72"/>
        <source>Fill in the matrix</source>
        <translation>ملء المصفوفة</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="73"/>
        <source>Answer the matrix field by field: X, ?, NA, with the laws that back each answer.</source>
        <translation>أجب عن المصفوفة حقلًا حقلًا: X أو ? أو NA، مع القوانين التي تستند إليها كل إجابة.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="78"/>
        <source>Open the training State</source>
        <translation>فتح الدولة التدريبية</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="79"/>
        <source>Explore a fictional State filled in for workshops; your own database is not changed.</source>
        <translation>استكشف دولة وهمية مُعبأة البيانات لحلقات العمل؛ ولا تتغير قاعدة بياناتك.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="84"/>
        <source>Restore a package from your predecessor…</source>
        <translation>استعادة حزمة سلفك…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="85"/>
        <source>Take over the work from the package (.un1540) your predecessor handed over.</source>
        <translation>تسلّم العمل من الحزمة (⁦.un1540⁩) التي سلّمها إليك سلفك.</translation>
    </message>
</context>
<context>
    <name>WorkbookCounts</name>
    <message numerus="yes">
        <location filename="../../ui/models/workbook_table_model.py" line="50"/>
        <source>Imported on %1: %n change(s)</source>
        <translation>
            <numerusform>استُورد في %1: لا تغييرات</numerusform>
            <numerusform>استُورد في %1: تغيير واحد</numerusform>
            <numerusform>استُورد في %1: تغييران</numerusform>
            <numerusform>استُورد في %1: %n تغييرات</numerusform>
            <numerusform>استُورد في %1: %n تغييرًا</numerusform>
            <numerusform>استُورد في %1: %n تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/workbook_table_model.py" line="53"/>
        <source>Sent to %1 by %2, %n field(s).</source>
        <translation>
            <numerusform>أُرسل إلى %1 بواسطة %2، بلا حقول.</numerusform>
            <numerusform>أُرسل إلى %1 بواسطة %2، حقل واحد.</numerusform>
            <numerusform>أُرسل إلى %1 بواسطة %2، حقلان.</numerusform>
            <numerusform>أُرسل إلى %1 بواسطة %2، %n حقول.</numerusform>
            <numerusform>أُرسل إلى %1 بواسطة %2، %n حقلًا.</numerusform>
            <numerusform>أُرسل إلى %1 بواسطة %2، %n حقل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkbookTableModel</name>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="67"/>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="70"/>
        <source>Sent on</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="76"/>
        <source>Reply by</source>
        <translation>موعد الرد</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="80"/>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="82"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="84"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="85"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="117"/>
        <source>Awaited, overdue</source>
        <translation>منتظر، تجاوز الموعد</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="127"/>
        <source>The reply was expected by %1.</source>
        <translation>كان الرد منتظرًا في موعد أقصاه %1.</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="133"/>
        <source>Note to the agency: %1</source>
        <translation>ملاحظة إلى الجهة: %1</translation>
    </message>
</context>
<context>
    <name>WorkbooksView</name>
    <message>
        <location filename="../../ui/views/workbooks.py" line="48"/>
        <source>Agency workbooks</source>
        <translation>مصنفات الجهات</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="52"/>
        <source>A workbook is an Excel file that asks an agency to check and complete the matrix fields it knows about. The agency fills in the white cells and sends the file back to you. When you import it, you see every change it proposes next to what the database holds; nothing changes until you accept the changes.</source>
        <translation>المصنف ملف Excel يُطلب فيه من جهة ما التحقق من حقول المصفوفة التي تعرفها واستكمالها. وتملأ الجهة الخلايا البيضاء وتعيد الملف إليك. وعند استيراده، ترى كل تغيير تقترحه إلى جانب ما تتضمنه قاعدة البيانات؛ ولا يتغير شيء إلى أن تقبل التغييرات.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="61"/>
        <source>The Committee&apos;s matrix can be imported the same way: the matrix as the 1540 Committee published it for your State, typed into Excel in the Committee&apos;s layout (the Excel export of the matrix from “Reports and exports” has that layout and serves as the blank form).</source>
        <translation>يمكن استيراد مصفوفة اللجنة بالطريقة نفسها: المصفوفة كما نشرتها لجنة القرار 1540 لدولتك، مكتوبة في Excel بالشكل الذي تعتمده اللجنة (ملف Excel الذي تصدّره للمصفوفة من «التقارير والتصدير» له هذا الشكل ويصلح نموذجًا فارغًا).</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="70"/>
        <source>New workbook for an agency…</source>
        <translation>مصنف جديد لجهة…</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="73"/>
        <source>Choose the agency and the fields; the workbook is saved where you say, ready to send by e-mail.</source>
        <translation>اختر الجهة والحقول؛ يُحفظ المصنف في المكان الذي تحدده، جاهزًا للإرسال بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="75"/>
        <source>Import a returned workbook…</source>
        <translation>استيراد مصنف مُعاد…</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="77"/>
        <source>Read a workbook an agency sent back and see what it would change.</source>
        <translation>قراءة مصنف أعادته جهة ومعرفة ما سيغيره.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="78"/>
        <source>Import the Committee&apos;s matrix…</source>
        <translation>استيراد مصفوفة اللجنة…</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="82"/>
        <source>Read the Committee&apos;s matrix for your State, typed into Excel in the Committee&apos;s layout (one sheet per section A to D), and see what it would change.</source>
        <translation>قراءة مصفوفة اللجنة الخاصة بدولتك، مكتوبة في Excel بالشكل الذي تعتمده اللجنة (ورقة لكل فرع من A إلى D)، ومعرفة ما ستغيره.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="86"/>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="89"/>
        <source>Stop waiting for the selected workbook: it can no longer be imported.</source>
        <translation>التوقف عن انتظار المصنف المحدد: لن يعود استيراده ممكنًا.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="118"/>
        <source>No workbook has been sent yet. Press “New workbook for an agency…” to prepare the first one.</source>
        <translation>لم يُرسَل أي مصنف بعد. اضغط «مصنف جديد لجهة…» لإعداد أول مصنف.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="123"/>
        <source>Workbooks sent</source>
        <translation>المصنفات المرسلة</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="200"/>
        <source>Workbook for %1 written to %2 (%3). Send it to the agency; when it comes back, use “Import a returned workbook…”.</source>
        <translation>كُتب المصنف الموجه إلى %1 في الملف %2 (%3). أرسله إلى الجهة؛ وعندما يعود، استخدم «استيراد مصنف مُعاد…».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="205"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n حقول</numerusform>
            <numerusform>حقل واحد</numerusform>
            <numerusform>حقلان</numerusform>
            <numerusform>%n حقول</numerusform>
            <numerusform>%n حقلًا</numerusform>
            <numerusform>%n حقل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="279"/>
        <source>Nothing to import: %1 proposes no change to the data (%2).</source>
        <translation>لا شيء للاستيراد: لا يقترح %1 أي تغيير في البيانات (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="281"/>
        <source>%n field(s) read</source>
        <translation>
            <numerusform>لم يُقرأ أي حقل</numerusform>
            <numerusform>قُرئ حقل واحد</numerusform>
            <numerusform>قُرئ حقلان</numerusform>
            <numerusform>قُرئت %n حقول</numerusform>
            <numerusform>قُرئ %n حقلًا</numerusform>
            <numerusform>قُرئ %n حقل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="284"/>
        <source>%n of its answers are already in the database.</source>
        <translation>
            <numerusform>لا توجد أي من إجاباته في قاعدة البيانات.</numerusform>
            <numerusform>إجابة واحدة من إجاباته موجودة بالفعل في قاعدة البيانات.</numerusform>
            <numerusform>إجابتان من إجاباته موجودتان بالفعل في قاعدة البيانات.</numerusform>
            <numerusform>%n من إجاباته موجودة بالفعل في قاعدة البيانات.</numerusform>
            <numerusform>%n من إجاباته موجودة بالفعل في قاعدة البيانات.</numerusform>
            <numerusform>%n من إجاباته موجودة بالفعل في قاعدة البيانات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="296"/>
        <source>%n change(s) imported in %1 from %2.</source>
        <translation>
            <numerusform>لم يُستورد أي تغيير في %1 من %2.</numerusform>
            <numerusform>استُورد تغيير واحد في %1 من %2.</numerusform>
            <numerusform>استُورد تغييران في %1 من %2.</numerusform>
            <numerusform>استُوردت %n تغييرات في %1 من %2.</numerusform>
            <numerusform>استُورد %n تغييرًا في %1 من %2.</numerusform>
            <numerusform>استُورد %n تغيير في %1 من %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="297"/>
        <source>%n field(s)</source>
        <comment>in N fields</comment>
        <translation>
            <numerusform>%n حقول</numerusform>
            <numerusform>حقل واحد</numerusform>
            <numerusform>حقلين</numerusform>
            <numerusform>%n حقول</numerusform>
            <numerusform>%n حقلًا</numerusform>
            <numerusform>%n حقل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="301"/>
        <source>%n change(s) were not accepted.</source>
        <translation>
            <numerusform>قُبلت جميع التغييرات.</numerusform>
            <numerusform>لم يُقبل تغيير واحد.</numerusform>
            <numerusform>لم يُقبل تغييران.</numerusform>
            <numerusform>لم تُقبل %n تغييرات.</numerusform>
            <numerusform>لم يُقبل %n تغييرًا.</numerusform>
            <numerusform>لم يُقبل %n تغيير.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="217"/>
        <source>Withdraw the workbook</source>
        <translation>سحب المصنف</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="219"/>
        <source>Stop waiting for the workbook sent to %1 on %2? It can no longer be imported afterwards; the answers in the database do not change.</source>
        <translation>هل تريد التوقف عن انتظار المصنف المرسل إلى %1 في %2؟ لن يعود استيراده ممكنًا بعد ذلك؛ ولن تتغير الإجابات الموجودة في قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="233"/>
        <source>Import the Committee&apos;s matrix (Excel, in the Committee&apos;s layout)</source>
        <translation>استيراد مصفوفة اللجنة (Excel، بالشكل الذي تعتمده اللجنة)</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="235"/>
        <source>Import a workbook returned by an agency</source>
        <translation>استيراد مصنف أعادته جهة</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="237"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>مصنفات Excel (*.xlsx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="259"/>
        <source>%1 could not be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="264"/>
        <source>File not imported</source>
        <translation>لم يُستورد الملف</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="268"/>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="287"/>
        <source>Nothing to import</source>
        <translation>لا شيء للاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="305"/>
        <source>Changes imported</source>
        <translation>استُوردت التغييرات</translation>
    </message>
</context>
</TS>
