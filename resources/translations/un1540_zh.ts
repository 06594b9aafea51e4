<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="43"/>
        <source>About %1</source>
        <translation>关于%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="53"/>
        <source>Details for support</source>
        <translation>供技术支持使用的详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="57"/>
        <source>&amp;Copy the details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="66"/>
        <source>Open the &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="67"/>
        <source>Open the &amp;settings folder</source>
        <translation>打开设置文件夹(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="68"/>
        <source>Open the &amp;fonts folder</source>
        <translation>打开字体文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="81"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="82"/>
        <source>Third-party licences</source>
        <translation>第三方许可证</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="96"/>
        <source>%1 includes the components below, each under its own licence. The licence texts are in English, as published.</source>
        <translation>%1 包含以下组件，每个组件均采用其各自的许可证。许可证文本为英文，与发布时一致。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="103"/>
        <source>Licence text</source>
        <translation>许可证文本</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="105"/>
        <source>Components and their licences</source>
        <translation>组件及其许可证</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="115"/>
        <source>The licence files are not installed with this copy.</source>
        <translation>此副本未安装许可证文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="144"/>
        <source>development copy, commit %1</source>
        <translation>开发副本，提交 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="144"/>
        <source>development copy</source>
        <translation>开发副本</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="147"/>
        <source>%1, commit %2</source>
        <translation>%1，提交 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="151"/>
        <source>commit %1</source>
        <translation>提交 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="152"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="161"/>
        <source>%1, %2 of %3 messages translated</source>
        <translation>%1，已翻译 %2 条消息（共 %3 条）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="167"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="168"/>
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="169"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="170"/>
        <source>Schema version</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="171"/>
        <source>Journal mode</source>
        <translation>日志模式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="172"/>
        <source>Matrix template</source>
        <translation>矩阵模板</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="176"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="177"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="178"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="179"/>
        <source>Settings folder</source>
        <translation>设置文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="180"/>
        <source>Folder for extra fonts</source>
        <translation>附加字体文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="192"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../../ui/views/action_plan.py" line="50"/>
        <source>Edit plan…</source>
        <translation>编辑计划…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="51"/>
        <source>Freeze as submitted…</source>
        <translation>冻结为已提交版本…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="58"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="63"/>
        <source>Add priority…</source>
        <translation>添加优先事项…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="64"/>
        <source>Add &amp;action…</source>
        <translation>添加行动(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="66"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="68"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="69"/>
        <source>Keep proposal</source>
        <translation>保留拟议行动</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="70"/>
        <source>Request assistance…</source>
        <translation>请求援助…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="74"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="75"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="82"/>
        <source>Timeline by priority</source>
        <translation>按优先事项排列的时间表</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="83"/>
        <source>Timeline by lead agency</source>
        <translation>按牵头机构排列的时间表</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="161"/>
        <source>Submitted version, frozen on %1 (read-only)</source>
        <translation>已提交版本，冻结于%1（只读）</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="165"/>
        <source>Working version</source>
        <translation>工作版本</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="172"/>
        <source>All lead agencies</source>
        <translation>所有牵头机构</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="208"/>
        <source>(untitled plan: use “Edit plan…”)</source>
        <translation>（计划无标题：请使用“编辑计划…”）</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="211"/>
        <source>Period: %1 to %2</source>
        <translation>期间：%1至%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="217"/>
        <source>Adopted by: %1</source>
        <translation>通过机关：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="222"/>
        <source>Submitted to the Committee: %1</source>
        <translation>提交委员会日期：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="294"/>
        <source>Delete action</source>
        <translation>删除行动</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="295"/>
        <source>Delete the action “%1”?</source>
        <translation>删除行动“%1”？</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="300"/>
        <source>Delete priority</source>
        <translation>删除优先事项</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="301"/>
        <source>Delete this priority? Its actions stay in the plan, without a priority.</source>
        <translation>删除此优先事项？其下的行动仍保留在计划中，但不再归入任何优先事项。</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="316"/>
        <location filename="../../ui/views/action_plan.py" line="326"/>
        <source>Freeze the plan</source>
        <translation>冻结计划</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="318"/>
        <source>Freeze this version as submitted to the Committee on %1? It becomes read-only and stays viewable; you continue working on a copy.</source>
        <translation>将此版本冻结为于%1提交委员会的版本？冻结后该版本变为只读，仍可查看；您将在其副本上继续工作。</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="337"/>
        <source>Request assistance</source>
        <translation>请求援助</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="339"/>
        <source>An assistance request already exists for this action (see Assistance). Make another one, for another subject area?</source>
        <translation>此行动已有一项援助请求（见“援助”）。是否就另一领域再提出一项？</translation>
    </message>
</context>
<context>
    <name>ActionTreeModel</name>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="27"/>
        <source>Priority / action</source>
        <translation>优先事项/行动</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="28"/>
        <source>Lead agency</source>
        <translation>牵头机构</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="29"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="30"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="32"/>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="33"/>
        <source>Matrix fields</source>
        <translation>矩阵字段</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="124"/>
        <source>(no priority)</source>
        <translation>（无优先事项）</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="134"/>
        <source>Proposal: </source>
        <translation>拟议：</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="143"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>AgenciesContactsView</name>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="26"/>
        <source>National agencies</source>
        <translation>国家机构</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="29"/>
        <source>Points of contact</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="31"/>
        <source>Only the selected agency</source>
        <translation>仅显示所选机构</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="89"/>
        <source>Delete the agency “%1”?</source>
        <translation>删除机构“%1”？</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="92"/>
        <source>%1 and %2 refer to it; they keep their data but will no longer be linked to an agency.</source>
        <translation>有%1和%2引用该机构；它们的数据将保留，但不再与任何机构关联。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/agencies_contacts.py" line="93"/>
        <source>%n point(s) of contact</source>
        <translation>
            <numerusform>%n个联络点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/agencies_contacts.py" line="94"/>
        <source>%n matrix field(s)</source>
        <translation>
            <numerusform>%n个矩阵字段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="97"/>
        <source>Delete agency</source>
        <translation>删除机构</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="113"/>
        <source>Delete point of contact</source>
        <translation>删除联络点</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="114"/>
        <source>Delete the point of contact “%1”?</source>
        <translation>删除联络点“%1”？</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="19"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="20"/>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="21"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="22"/>
        <source>Ministry or parent body</source>
        <translation>所属部委或上级机构</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="23"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="24"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>AssistanceModels</name>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="35"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="39"/>
        <source>To complete</source>
        <translation>待完成</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="40"/>
        <source>One-year follow-up</source>
        <translation>一年期跟进</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="41"/>
        <location filename="../../ui/models/assistance_models.py" line="105"/>
        <source>Offers</source>
        <translation>援助提议</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="42"/>
        <source>Sent on</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="44"/>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="48"/>
        <location filename="../../ui/models/assistance_models.py" line="101"/>
        <location filename="../../ui/models/assistance_models.py" line="122"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="79"/>
        <source>A year has passed since the request was sent: the Chair will ask whether it has been met. Prepare the answer.</source>
        <translation>请求发送已满一年：委员会主席将询问请求是否已得到满足。请准备答复。</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="99"/>
        <location filename="../../ui/models/assistance_models.py" line="119"/>
        <source>Provider</source>
        <translation>援助提供方</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="103"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="104"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="118"/>
        <source>Offer</source>
        <translation>援助提议</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="127"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="131"/>
        <source>Areas</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="133"/>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="134"/>
        <source>Requests linked</source>
        <translation>关联的请求</translation>
    </message>
</context>
<context>
    <name>AssistanceView</name>
    <message>
        <location filename="../../ui/views/assistance.py" line="123"/>
        <source>Assistance requests</source>
        <translation>援助请求</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="126"/>
        <source>New request…</source>
        <translation>新建请求…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="127"/>
        <source>From the action plan…</source>
        <translation>从行动计划创建…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="129"/>
        <source>Change status…</source>
        <translation>更改状态…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="131"/>
        <source>Link offer…</source>
        <translation>关联援助提议…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="135"/>
        <source>All requests</source>
        <translation>所有请求</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="136"/>
        <source>Open requests</source>
        <translation>未结请求</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="137"/>
        <source>One-year follow-up due</source>
        <translation>一年期跟进已到期</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="166"/>
        <source>Assistance providers</source>
        <translation>援助提供方</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="170"/>
        <source>Published offers</source>
        <translation>已公布的援助提议</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="172"/>
        <source>Only the selected provider</source>
        <translation>仅显示所选提供方</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="182"/>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="183"/>
        <source>Providers and offers</source>
        <translation>提供方和援助提议</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="294"/>
        <source>Select a request to see what it still lacks, its offers and its history.</source>
        <translation>选择一项请求，查看其尚缺内容、援助提议和历史记录。</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="304"/>
        <source>Requesting State: %1</source>
        <translation>请求国：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="305"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="309"/>
        <source>Sent on %1, note verbale %2</source>
        <translation>发送日期：%1，普通照会编号：%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="315"/>
        <source>One-year follow-up by the Chair: %1</source>
        <translation>委员会主席一年期跟进：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="327"/>
        <source>Nothing missing: the request can be marked ready and sent.</source>
        <translation>内容齐全：可将请求标记为“可以发送”并发送。</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="339"/>
        <source>No offer linked yet. “Link offer…” lists the register&apos;s offers, best fit first.</source>
        <translation>尚未关联任何援助提议。“关联援助提议…”会列出登记册中的援助提议，最匹配的排在最前。</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="343"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="354"/>
        <source>Changes to the content</source>
        <translation>内容变更</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="361"/>
        <source>Request created</source>
        <translation>请求已创建</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="368"/>
        <source>Changed by %1</source>
        <translation>由%1更改</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="413"/>
        <source>Delete the request “%1” with its history and links to offers?</source>
        <translation>删除请求“%1”及其历史记录和与援助提议的关联？</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="416"/>
        <source>This request was sent to the Committee. To keep its record, mark it withdrawn instead of deleting it.</source>
        <translation>此请求已发送给委员会。为保留记录，请将其标记为“已撤回”，而不要删除。</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="418"/>
        <source>Delete request</source>
        <translation>删除请求</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="438"/>
        <source>Cancel the last status change</source>
        <translation>撤销最近一次状态更改</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="439"/>
        <source>Cancel the change to “%1” of %2? The request goes back to “%3”.</source>
        <translation>撤销%2所作的状态更改（改为“%1”）？请求将恢复为“%3”。</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="458"/>
        <source>Link offer</source>
        <translation>关联援助提议</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="465"/>
        <source>Unlink offer</source>
        <translation>取消关联援助提议</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="465"/>
        <source>Remove the link between this offer and the request?</source>
        <translation>取消此援助提议与该请求之间的关联？</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="479"/>
        <source>Delete provider</source>
        <translation>删除提供方</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="481"/>
        <source>Delete the provider “%1” with its offers? Requests keep their content but lose their links to these offers.</source>
        <translation>删除提供方“%1”及其援助提议？各请求的内容将保留，但与这些援助提议的关联将被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="497"/>
        <source>Delete offer</source>
        <translation>删除援助提议</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="498"/>
        <source>Delete the offer “%1”?</source>
        <translation>删除援助提议“%1”？</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="115"/>
        <location filename="../../ui/dialogs/backups.py" line="135"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="118"/>
        <source>The backup is one file holding the whole database and every attached document. Keep it on another disk or a USB key.</source>
        <translation>备份是一个文件，包含整个数据库和所有附件。请将其保存在另一个磁盘或U盘上。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="126"/>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="127"/>
        <source>Project packages (*.un1540)</source>
        <translation>项目包 (*.un1540)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="128"/>
        <source>Encrypt with a passphrase</source>
        <translation>用密码短语加密</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="156"/>
        <source>Choose where to write the backup.</source>
        <translation>请选择备份的写入位置。</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="67"/>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="21"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="24"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="25"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="28"/>
        <source>Agency or organisation</source>
        <translation>机构或组织</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="31"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="32"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="33"/>
        <source>Last confirmed</source>
        <translation>最近确认</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/application.py" line="57"/>
        <source>%1 is damaged: SQLite found damaged pages (%2).</source>
        <translation>%1已损坏：SQLite发现了损坏的页（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="127"/>
        <location filename="../../ui/application.py" line="283"/>
        <location filename="../../ui/application.py" line="435"/>
        <location filename="../../ui/application.py" line="482"/>
        <source>The database cannot be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="133"/>
        <source>Nothing was changed. You can restore a backup (the current file is kept aside), open another database file, or quit.</source>
        <translation>未作任何更改。您可以从备份恢复（当前文件将另行保存）、打开另一个数据库文件或退出。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="138"/>
        <source>Nothing was changed. You can open another database file, or quit.</source>
        <translation>未作任何更改。您可以打开另一个数据库文件或退出。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="142"/>
        <source>Restore the newest good backup (%1)</source>
        <translation>从最新的有效备份恢复（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="146"/>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="147"/>
        <source>Open another file…</source>
        <translation>打开另一个文件…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="148"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="160"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="162"/>
        <source>Backups (*.un1540 *.sqlite3 *.db);;All files (*)</source>
        <translation>备份 (*.un1540 *.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="170"/>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="172"/>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="203"/>
        <location filename="../../ui/application.py" line="487"/>
        <source>The backup was not restored: %1</source>
        <translation>备份未恢复：%1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="209"/>
        <location filename="../../ui/application.py" line="505"/>
        <location filename="../../ui/application.py" line="509"/>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="210"/>
        <location filename="../../ui/application.py" line="510"/>
        <source>The previous data was kept in %1</source>
        <translation>原有数据已保存在%1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="221"/>
        <source>Your settings could not be saved in %1 (%2).</source>
        <translation>无法将您的设置保存到%1（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="372"/>
        <source>The daily backup could not be written: %1</source>
        <translation>无法写入每日备份：%1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="376"/>
        <source>Today&apos;s backup was written to %1</source>
        <translation>今天的备份已写入%1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="383"/>
        <source>The database is damaged: no backup of it was written.</source>
        <translation>数据库已损坏：未写入其备份。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="390"/>
        <source>The database is damaged. Today&apos;s backup was not written, and the earlier backups are kept.</source>
        <translation>数据库已损坏。今天的备份未写入，以前的备份均予保留。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="398"/>
        <source>Restore a backup now: changes made since that backup will have to be made again. The damaged data is kept aside.</source>
        <translation>请立即从备份恢复：该备份之后所作的更改需要重新进行。损坏的数据将另行保存。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="403"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="404"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="494"/>
        <source>The backup was not restored: the database is open in another window or program. Close it and try again; your data is unchanged.</source>
        <translation>备份未恢复：数据库已在另一个窗口或程序中打开。请将其关闭后重试；您的数据未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="502"/>
        <source>The backup was not restored: %1

Your data is unchanged.</source>
        <translation>备份未恢复：%1

您的数据未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="529"/>
        <source>Something went wrong: %1

Your saved data is safe; the last action may not have been completed.</source>
        <translation>出现错误：%1

您已保存的数据安全无损；最后一项操作可能未完成。</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="51"/>
        <source>No document is attached. Attach the text of the law, the gazette page or any document that proves the answer: it is kept with the data and in every backup.</source>
        <translation>未附任何文件。请附上法律文本、政府公报页面或任何能证明答复的文件：附件与数据一起保存，并包含在每个备份中。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="56"/>
        <source>Attach a document…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="57"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="58"/>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="59"/>
        <location filename="../../ui/widgets/documents_panel.py" line="173"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="113"/>
        <source>Attach documents</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="113"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="121"/>
        <source>Attach a document</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="122"/>
        <source>“%1” was not attached: %2</source>
        <translation>未能附加“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="133"/>
        <source>Documents</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="157"/>
        <location filename="../../ui/widgets/documents_panel.py" line="163"/>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="174"/>
        <source>Remove “%1” from this record? Backups made before keep it.</source>
        <translation>从此记录中移除“%1”？此前所作的备份仍保留该文件。</translation>
    </message>
</context>
<context>
    <name>EmptyGuidance</name>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="169"/>
        <location filename="../../ui/widgets/empty_state.py" line="184"/>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="184"/>
        <source>No action matches the filter.</source>
        <translation>没有符合筛选条件的行动。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="186"/>
        <source>This version of the plan has no action.</source>
        <translation>此版本的计划没有行动。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="189"/>
        <source>The plan has no priority yet. Add the first priority, then its actions.</source>
        <translation>计划尚无优先事项。请先添加第一个优先事项，再添加其行动。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="190"/>
        <source>Add a priority…</source>
        <translation>添加优先事项…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="194"/>
        <source>No action yet. Add the actions that will close the gaps of the matrix.</source>
        <translation>尚无行动。请添加将弥补矩阵中差距的行动。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="195"/>
        <source>Add an action…</source>
        <translation>添加行动…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="230"/>
        <source>No agency matches the filter.</source>
        <translation>没有符合筛选条件的机构。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="231"/>
        <source>No national agency yet. Add the agencies that take part in implementing resolution 1540.</source>
        <translation>尚无国家机构。请添加参与执行第1540号决议的机构。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="232"/>
        <source>Add an agency…</source>
        <translation>添加机构…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="236"/>
        <source>No point of contact matches the filter.</source>
        <translation>没有符合筛选条件的联络点。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="237"/>
        <source>No point of contact yet. Add the people the Committee and other States can reach.</source>
        <translation>尚无联络点。请添加委员会和其他国家可以联系的人员。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="238"/>
        <source>Add a point of contact…</source>
        <translation>添加联络点…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="244"/>
        <source>No law matches the filter.</source>
        <translation>没有符合筛选条件的法律。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="245"/>
        <source>No law in the register yet. Add the laws that give effect to resolution 1540.</source>
        <translation>登记册中尚无法律。请添加落实第1540号决议的法律。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="246"/>
        <source>Add a law…</source>
        <translation>添加法律…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="252"/>
        <source>No request matches the filter.</source>
        <translation>没有符合筛选条件的请求。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="253"/>
        <source>No assistance request yet. Prepare one on the Committee&apos;s template.</source>
        <translation>尚无援助请求。请按委员会的模板拟订一份请求。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="254"/>
        <source>New request…</source>
        <translation>新建请求…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="259"/>
        <source>No provider matches the filter.</source>
        <translation>没有符合筛选条件的提供方。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="260"/>
        <source>No assistance provider yet. Add the States and organizations that offer assistance.</source>
        <translation>尚无援助提供方。请添加提供援助的国家和组织。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="261"/>
        <source>Add a provider…</source>
        <translation>添加提供方…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="265"/>
        <source>No offer matches the filter.</source>
        <translation>没有符合筛选条件的援助提议。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="266"/>
        <source>No published offer yet. Add the offers of assistance that providers have published.</source>
        <translation>尚无已公布的援助提议。请添加提供方已公布的援助提议。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="267"/>
        <source>Add an offer…</source>
        <translation>添加援助提议…</translation>
    </message>
</context>
<context>
    <name>FieldDetail</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="124"/>
        <source>Article, e.g. Art. 12(3)</source>
        <translation>条款，例如第12条第3款</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="125"/>
        <source>Cite</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="129"/>
        <source>Remove reference</source>
        <translation>移除引用</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="138"/>
        <source>Page of the national report, or official web site</source>
        <translation>国家报告的页码或官方网站</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="151"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="164"/>
        <source>Discard recovered text</source>
        <translation>放弃恢复的文本</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="171"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="178"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="179"/>
        <source>Legal references</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="181"/>
        <source>Cite a &amp;law</source>
        <translation>引用法律(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="182"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="183"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="184"/>
        <source>Responsible agency</source>
        <translation>负责机构</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="189"/>
        <source>Actions in the plan</source>
        <translation>计划中的行动</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="190"/>
        <source>Last reviewed</source>
        <translation>最近审查</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="192"/>
        <source>Signature</source>
        <translation>签署</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="193"/>
        <source>Ratification or accession</source>
        <translation>批准或加入</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="194"/>
        <source>Entry into force</source>
        <translation>生效</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="195"/>
        <source>Adherence details</source>
        <translation>加入详情</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="277"/>
        <source>Select a field of the matrix.</source>
        <translation>请选择一个矩阵字段。</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="287"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="309"/>
        <source>No action in the plan yet</source>
        <translation>计划中尚无行动</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="320"/>
        <source>Text typed on %1 was not applied (the application was closed or stopped). It is shown below: Apply to keep it.</source>
        <translation>%1输入的文本未应用（应用程序已关闭或中止）。文本显示如下：点击“应用”即可保留。</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="356"/>
        <source>Article</source>
        <translation>条款</translation>
    </message>
</context>
<context>
    <name>FileOffer</name>
    <message>
        <location filename="../../ui/open_file.py" line="90"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="91"/>
        <source>Restore the package “%1”? Your current data will be kept aside as a package first.</source>
        <translation>恢复包“%1”？您当前的数据将先另存为一个包。</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="99"/>
        <source>No State is set up yet in %1: it will hold the data of the package.</source>
        <translation>%1 中尚未设置任何国家：它将存放该包中的数据。</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="101"/>
        <source>All the data in %1 will be replaced by the data of the package.</source>
        <translation>%1 中的所有数据将被该包中的数据替换。</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="103"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="144"/>
        <source>“%1” does not exist: it may have been moved, renamed or deleted, or its drive is not connected. Nothing was opened.</source>
        <translation>“%1”不存在：它可能已被移动、重命名或删除，或其所在的驱动器未连接。未打开任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="148"/>
        <source>“%1” is a folder, not a file. Nothing was opened.</source>
        <translation>“%1”是文件夹，不是文件。未打开任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="150"/>
        <source>“%1” is not a regular file (a pipe, a device or a socket). Nothing was opened.</source>
        <translation>“%1”不是普通文件（而是管道、设备或套接字）。未打开任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="155"/>
        <source>“%1” cannot be read (%2). Nothing was opened.</source>
        <translation>无法读取“%1”（%2）。未打开任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="159"/>
        <source>“%1” is not a file this application opens. It opens a database (.sqlite3), a backup package (.un1540), or an Excel workbook returned by an agency or the Committee&apos;s matrix (.xlsx). Nothing was changed.</source>
        <translation>“%1”不是本应用程序可打开的文件。本应用程序可打开数据库 (.sqlite3)、备份包 (.un1540)，或机构交回的 Excel 工作簿或委员会矩阵 (.xlsx)。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="111"/>
        <location filename="../../ui/dialogs/first_start.py" line="140"/>
        <source>Welcome to 1540 Focal Point</source>
        <translation>欢迎使用1540 Focal Point</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="113"/>
        <source>Choose the language of the interface. You can change it later in Settings.</source>
        <translation>请选择界面语言。您以后可以在“设置”中更改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="115"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="143"/>
        <source>This application keeps your State&apos;s implementation matrix, national action plan, assistance requests and reports under Security Council resolution 1540 (2004) on this computer. First, tell it which State you work for.</source>
        <translation>本应用程序在这台计算机上保存贵国根据安全理事会第1540(2004)号决议编制的执行矩阵、国家执行行动计划、援助请求和报告。首先，请选择您所服务的国家。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="162"/>
        <source>Type to search, e.g. Kenya</source>
        <translation>输入以搜索，例如：肯尼亚</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="168"/>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="169"/>
        <source>Focal point (your name)</source>
        <translation>国家协调人（您的姓名）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="170"/>
        <source>Title or function</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="177"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="181"/>
        <source>Try the training State (Republic of Examplia) first</source>
        <translation>先试用培训用国家（埃克桑普利亚共和国）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="207"/>
        <source>Choose your State from the list.</source>
        <translation>请从列表中选择贵国。</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="28"/>
        <location filename="../../ui/dialogs/forms.py" line="52"/>
        <location filename="../../ui/dialogs/forms.py" line="505"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="29"/>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="31"/>
        <location filename="../../ui/dialogs/forms.py" line="77"/>
        <location filename="../../ui/dialogs/forms.py" line="506"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="33"/>
        <source>Ministry or parent body</source>
        <translation>所属部委或上级机构</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="34"/>
        <source>Responsibilities under resolution 1540</source>
        <translation>根据第1540号决议承担的职责</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="35"/>
        <location filename="../../ui/dialogs/forms.py" line="60"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="36"/>
        <location filename="../../ui/dialogs/forms.py" line="61"/>
        <location filename="../../ui/dialogs/forms.py" line="509"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="37"/>
        <location filename="../../ui/dialogs/forms.py" line="62"/>
        <location filename="../../ui/dialogs/forms.py" line="508"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="38"/>
        <location filename="../../ui/dialogs/forms.py" line="510"/>
        <source>Web site</source>
        <translation>网站</translation>
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
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="44"/>
        <location filename="../../ui/dialogs/forms.py" line="287"/>
        <location filename="../../ui/dialogs/forms.py" line="304"/>
        <location filename="../../ui/dialogs/forms.py" line="371"/>
        <location filename="../../ui/dialogs/forms.py" line="445"/>
        <location filename="../../ui/dialogs/forms.py" line="538"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="48"/>
        <source>Type of point of contact</source>
        <translation>联络点类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="53"/>
        <source>Title or function</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="54"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="57"/>
        <source>Other organisation</source>
        <translation>其他组织</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="58"/>
        <source>e.g. Permanent Mission in New York</source>
        <translation>例如：驻纽约常驻代表团</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="63"/>
        <source>Working languages</source>
        <translation>工作语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="64"/>
        <source>Date notified to the Committee</source>
        <translation>通知委员会日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="65"/>
        <source>Date last confirmed</source>
        <translation>最近确认日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="66"/>
        <source>Training attended</source>
        <translation>参加过的培训</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="73"/>
        <source>Title (original language)</source>
        <translation>名称（原文）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="74"/>
        <source>Title in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="81"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="82"/>
        <source>Date adopted</source>
        <translation>通过日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="83"/>
        <source>Date of entry into force</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="84"/>
        <source>Official gazette reference</source>
        <translation>政府公报出处</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="86"/>
        <source>Link or file</source>
        <translation>链接或文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="86"/>
        <source>https://… or a file path</source>
        <translation>https://… 或文件路径</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="90"/>
        <location filename="../../ui/dialogs/forms.py" line="321"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="100"/>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="101"/>
        <source>Focal point (name)</source>
        <translation>国家协调人（姓名）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="102"/>
        <source>Focal point (title)</source>
        <translation>国家协调人（职务）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="103"/>
        <source>Date of first national report</source>
        <translation>首次国家报告日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="106"/>
        <source>Dates of additional information</source>
        <translation>补充资料日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="107"/>
        <location filename="../../ui/dialogs/forms.py" line="238"/>
        <source>YYYY-MM-DD, YYYY-MM-DD, …</source>
        <translation>YYYY-MM-DD, YYYY-MM-DD, …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="109"/>
        <source>Date of Committee approval of the matrix</source>
        <translation>委员会核准矩阵日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="110"/>
        <source>National coordination mechanism</source>
        <translation>国家协调机制</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="153"/>
        <source>Edit agency</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="153"/>
        <source>New agency</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="172"/>
        <source>Edit point of contact</source>
        <translation>编辑联络点</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="172"/>
        <source>New point of contact</source>
        <translation>新建联络点</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="193"/>
        <source>Edit law</source>
        <translation>编辑法律</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="193"/>
        <source>New law</source>
        <translation>新建法律</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="220"/>
        <source>State profile</source>
        <translation>国家概况</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="228"/>
        <source>Title of the plan</source>
        <translation>计划标题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="229"/>
        <source>Period from</source>
        <translation>期间自</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="230"/>
        <source>Period to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="231"/>
        <source>Adopting authority</source>
        <translation>通过机关</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="232"/>
        <source>Decision adopting the plan</source>
        <translation>通过计划的决定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="233"/>
        <source>Coordination mechanism</source>
        <translation>协调机制</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="234"/>
        <source>Date submitted to the Committee</source>
        <translation>提交委员会日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="237"/>
        <source>Review dates</source>
        <translation>审查日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="248"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="257"/>
        <location filename="../../ui/dialogs/forms.py" line="285"/>
        <source>Priority</source>
        <translation>优先事项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="258"/>
        <location filename="../../ui/dialogs/forms.py" line="290"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="260"/>
        <source>Edit priority</source>
        <translation>编辑优先事项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="260"/>
        <source>New priority</source>
        <translation>新建优先事项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="289"/>
        <source>Action or project</source>
        <translation>行动或项目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="293"/>
        <source>Operative paragraphs</source>
        <translation>执行段落</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="298"/>
        <location filename="../../ui/dialogs/forms.py" line="549"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="302"/>
        <source>Lead agency</source>
        <translation>牵头机构</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="308"/>
        <source>Supporting agencies</source>
        <translation>协助机构</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="314"/>
        <source>Matrix fields this action closes</source>
        <translation>此行动填补的矩阵字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="318"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="319"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="323"/>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="324"/>
        <source>Expected output</source>
        <translation>预期产出</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="325"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="326"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="327"/>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="328"/>
        <source>Assistance needed</source>
        <translation>所需援助</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="338"/>
        <source>Edit action</source>
        <translation>编辑行动</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="338"/>
        <source>New action</source>
        <translation>新建行动</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="385"/>
        <source>What exactly: which law or regulation, how many people to train and from which agencies, which equipment and how many units.</source>
        <translation>具体内容：哪项法律或法规，需培训多少人员、来自哪些机构，需要哪些设备、数量多少。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="395"/>
        <source>What exists already: laws in force, institutions, equipment, trained staff; and what is missing.</source>
        <translation>现有情况：现行法律、机构、设备、受过培训的人员；以及尚缺哪些。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="404"/>
        <source>What the assistance should achieve.</source>
        <translation>援助应实现的目标。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="410"/>
        <source>Results that can be checked: a law adopted, 40 officers trained, 4 detectors installed.</source>
        <translation>可核实的成果：通过一项法律、培训40名官员、安装4台探测器。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="420"/>
        <source>e.g. 3 missions of 5 days in the first half of 2027</source>
        <translation>例如：2027年上半年3次任务，每次5天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="426"/>
        <source>Experts and days, equipment, approximate cost, national contribution.</source>
        <translation>专家人数和天数、设备、大致费用、国家投入。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="432"/>
        <source>From whom, when, on what; write “None” if there is none.</source>
        <translation>来自何方、何时、涉及哪些方面；如无，请填写“无”。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="477"/>
        <source>Edit assistance request</source>
        <translation>编辑援助请求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="477"/>
        <source>New assistance request</source>
        <translation>新建援助请求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="507"/>
        <source>Contact person or office</source>
        <translation>联系人或联系部门</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="517"/>
        <source>Edit provider</source>
        <translation>编辑提供方</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="517"/>
        <source>New provider</source>
        <translation>新建提供方</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="536"/>
        <source>Provider</source>
        <translation>援助提供方</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="541"/>
        <source>Offer</source>
        <translation>援助提议</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="544"/>
        <source>Type of assistance</source>
        <translation>援助类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="551"/>
        <source>Areas</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="554"/>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="555"/>
        <source>e.g. Africa; Central Asia; global</source>
        <translation>例如：非洲；中亚；全球</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="557"/>
        <source>Subjects</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="558"/>
        <source>Contact for the offer</source>
        <translation>援助提议联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="559"/>
        <source>Date published</source>
        <translation>公布日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="568"/>
        <source>Edit offer</source>
        <translation>编辑援助提议</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="568"/>
        <source>New offer</source>
        <translation>新建援助提议</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="587"/>
        <source>Type of report</source>
        <translation>报告类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="590"/>
        <source>First national report</source>
        <translation>首次国家报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="591"/>
        <source>Additional information (a later report)</source>
        <translation>补充资料（后续报告）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="596"/>
        <source>Note verbale reference</source>
        <translation>普通照会编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="597"/>
        <source>the reference of the covering note verbale</source>
        <translation>转递普通照会的编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="599"/>
        <source>Date of the report</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="602"/>
        <source>Committee&apos;s note answered: reference</source>
        <translation>所答复的委员会照会：编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="603"/>
        <source>if the report answers a note of the Committee; the covering note cites it</source>
        <translation>如本报告是对委员会照会的答复；转递照会将提及该照会</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="605"/>
        <source>Committee&apos;s note answered: date</source>
        <translation>所答复的委员会照会：日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="608"/>
        <source>National context (introduction)</source>
        <translation>国家背景（导言）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="610"/>
        <source>Leave an empty line between paragraphs; each becomes a numbered paragraph.</source>
        <translation>段落之间请空一行；每段将成为一个编号段落。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="616"/>
        <source>Other measures (OP 6 to 10)</source>
        <translation>其他措施（执行部分第6至10段）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="618"/>
        <source>Control lists, outreach, cooperation… Leave an empty line between paragraphs.</source>
        <translation>管制清单、外联、合作…… 段落之间请空一行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="631"/>
        <source>Text of the national report</source>
        <translation>国家报告正文</translation>
    </message>
</context>
<context>
    <name>FromActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="161"/>
        <source>Request assistance for an action of the plan</source>
        <translation>为计划中的行动请求援助</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="168"/>
        <source>due %1</source>
        <translation>截止日期%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="170"/>
        <source>a request exists already</source>
        <translation>已有请求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="176"/>
        <source>Actions of the plan marked “assistance needed”. The request starts with the action&apos;s area, scope, agencies, timeframe and matrix fields; you then add what makes it specific enough to be matched.</source>
        <translation>计划中标记为“需要援助”的行动。请求将沿用该行动的领域、范围、机构、时限和矩阵字段；然后请补充具体内容，以便与援助提议相匹配。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="184"/>
        <source>No action of the plan is marked “assistance needed”. Mark one in the action plan, or create a request directly.</source>
        <translation>计划中没有标记为“需要援助”的行动。请在行动计划中标记一项行动，或直接新建请求。</translation>
    </message>
</context>
<context>
    <name>GuidedTour</name>
    <message>
        <location filename="../../ui/tour.py" line="40"/>
        <source>The State at a glance: how much of the matrix is answered, what is overdue, the recent changes. While the database is empty, it shows where to start.</source>
        <translation>国家概况一览：矩阵已填写多少、哪些事项已逾期、最近的更改。数据库为空时，这里会说明从何处着手。</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="47"/>
        <source>The Committee&apos;s matrix, section by section. Type X, ?, N or Delete in a cell; Enter opens the field to cite the laws that back the answer.</source>
        <translation>委员会的矩阵，逐节显示。在单元格中键入 X、?、N 或 Delete；按 Enter 打开该字段，引用支持答复的法律。</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="53"/>
        <source>The national laws register: add each law once, then cite it from the fields of the matrix.</source>
        <translation>国家法律登记册：每部法律只需添加一次，然后在矩阵字段中引用。</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="58"/>
        <source>The National Implementation Action Plan: priorities, the actions that close the gaps of the matrix, and their timeline.</source>
        <translation>国家执行行动计划：优先事项、弥补矩阵中差距的行动及其时间表。</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="65"/>
        <source>Assistance requests on the Committee&apos;s template, and the providers and offers that can meet them.</source>
        <translation>按委员会模板提出的援助请求，以及能够满足这些请求的提供方和援助提议。</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="70"/>
        <source>Send an agency an Excel workbook of the fields it answers for, then import its reply.</source>
        <translation>向机构发送一份包含其负责答复字段的 Excel 工作簿，然后导入其答复。</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="75"/>
        <source>Export the national report, the matrix and the plan as PDF and Excel in the six UN languages. Help › Guided tour shows this tour again.</source>
        <translation>以联合国六种语文导出 PDF 和 Excel 格式的国家报告、矩阵和计划。通过“帮助 › 导览”可再次观看本导览。</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="90"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="95"/>
        <source>Skip the tour</source>
        <translation>跳过导览</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="145"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="151"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="151"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="25"/>
        <source>Handover pack for a successor</source>
        <translation>供继任者使用的交接材料</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="28"/>
        <source>Writes two files in the chosen folder: a PDF for the person who takes over (the State profile, agencies and contacts, submissions, open actions and requests, workbooks awaited from agencies, and where the evidence is), and the project package holding the whole database and every attached document. Give both to your successor; the package is restored with File › Restore from a backup.</source>
        <translation>在所选文件夹中写入两个文件：一份供接任者使用的PDF（国家概况、机构和联系人、已提交的文件、未完成的行动和请求、待机构交回的工作簿以及证据所在位置），以及包含整个数据库和所有附件的项目包。请将两者都交给您的继任者；项目包可通过“文件 › 从备份恢复”进行恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="38"/>
        <source>Folder for the handover pack</source>
        <translation>交接材料存放文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="39"/>
        <source>Encrypt the package with a passphrase (give the passphrase separately)</source>
        <translation>用密码短语加密项目包（密码短语另行移交）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="46"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="47"/>
        <source>Language of the PDF</source>
        <translation>PDF语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="50"/>
        <source>Write the handover pack</source>
        <translation>写入交接材料</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="71"/>
        <source>Choose an existing folder.</source>
        <translation>请选择一个现有文件夹。</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../ui/help.py" line="163"/>
        <source>This page is not available in your language yet: it is shown in English.</source>
        <translation>此页面尚无您所用语文的版本：现以英文显示。</translation>
    </message>
</context>
<context>
    <name>HelpService</name>
    <message>
        <location filename="../../ui/help.py" line="449"/>
        <source>Help for this view</source>
        <translation>本视图的帮助</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="453"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help.py" line="180"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="185"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="189"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="199"/>
        <source>Find in this page</source>
        <translation>在本页中查找</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="200"/>
        <source>Type a word and press Enter to find it in the page shown.</source>
        <translation>键入词语并按 Enter，即可在所显示的页面中查找。</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="202"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="205"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="211"/>
        <source>The help topics</source>
        <translation>帮助主题</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="56"/>
        <location filename="../../ui/dialogs/history.py" line="183"/>
        <source>Other details</source>
        <translation>其他详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="67"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="69"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="71"/>
        <source>All the data was replaced by the package&apos;s</source>
        <translation>所有数据已被项目包中的数据替换</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="88"/>
        <source>a deleted record</source>
        <translation>已删除的记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="104"/>
        <source>Responsible agency</source>
        <translation>负责机构</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="106"/>
        <source>Legal reference</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="108"/>
        <source>Step of the lifecycle</source>
        <translation>生命周期步骤</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="111"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="112"/>
        <source>Date sent</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="113"/>
        <source>Offers</source>
        <translation>援助提议</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="115"/>
        <source>Proposal</source>
        <translation>拟议行动</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="124"/>
        <source>Workbook returned by %1 (sent on %2, file %3)</source>
        <translation>%1 交回的工作簿（发送于 %2，文件 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="130"/>
        <source>The Committee&apos;s matrix, imported from %1</source>
        <translation>委员会矩阵，导入自 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="134"/>
        <source>Package restored: %1</source>
        <translation>已恢复项目包：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="143"/>
        <source>Undo of “%1”</source>
        <translation>撤销“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="145"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="148"/>
        <source>Redo of “%1”</source>
        <translation>重做“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="150"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="153"/>
        <source>This application</source>
        <translation>本应用程序</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="154"/>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="155"/>
        <source>Training data</source>
        <translation>培训数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="156"/>
        <source>Upgrade of the database</source>
        <translation>数据库升级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="157"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="159"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="163"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="173"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="173"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="186"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="192"/>
        <source>Legal reference removed: %1</source>
        <translation>已移除法律依据：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="195"/>
        <source>Legal reference added: %1</source>
        <translation>已添加法律依据：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="201"/>
        <source>%1: %2 added</source>
        <translation>%1：已添加 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="203"/>
        <source>%1: %2 removed</source>
        <translation>%1：已移除 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="207"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="228"/>
        <source>History: %1</source>
        <translation>历史记录：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="230"/>
        <source>Changes to %1, newest first</source>
        <translation>%1 的更改，最新的在前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="237"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="237"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="237"/>
        <source>From where</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="244"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="258"/>
        <source>(not named)</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="271"/>
        <source>No change recorded yet.</source>
        <translation>尚无更改记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="306"/>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="308"/>
        <source>Who changed the selected item, when, from where, and what changed</source>
        <translation>谁在何时、从何处更改了所选项目，以及更改了什么</translation>
    </message>
</context>
<context>
    <name>ImportChangeModel</name>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="27"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="30"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="31"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="32"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="33"/>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="34"/>
        <source>Current value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="35"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="36"/>
        <source>Sent as</source>
        <translation>发出时的值</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="37"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="43"/>
        <source>Import from %1</source>
        <translation>从%1导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="61"/>
        <source>⚠ %n change(s) conflict with a change made here since the workbook was sent: they are not ticked. Tick one to replace what the database holds now.</source>
        <translation>
            <numerusform>⚠ 有%n项更改与工作簿发出后在此所作的更改相冲突：这些更改未被勾选。勾选某项即可替换数据库中的现有内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="68"/>
        <source>⚠ %n change(s) would replace an answer the database already holds: they are not ticked. Tick one to replace what the database holds now.</source>
        <translation>
            <numerusform>⚠ 有%n项更改将替换数据库中已有的答复：这些更改未被勾选。勾选某项即可替换数据库中的现有内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="80"/>
        <source>Nothing has changed yet. Untick what should not be applied, then press “Apply”. Every change applied is recorded in the history with the file it came from.</source>
        <translation>目前尚未作任何更改。请取消勾选不应应用的项，然后点击“应用”。应用的每项更改都会连同其来源文件记入历史记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="109"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="111"/>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="115"/>
        <source>Conflicts only</source>
        <translation>仅显示冲突</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="151"/>
        <source>Workbook returned by %1</source>
        <translation>%1交回的工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="153"/>
        <source>The Committee&apos;s matrix, in the Committee&apos;s layout</source>
        <translation>委员会矩阵，采用委员会的格式</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="155"/>
        <source>%n field(s) read</source>
        <translation>
            <numerusform>已读取%n个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="156"/>
        <source>%n change(s) in %1</source>
        <translation>
            <numerusform>%1中有%n项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="157"/>
        <source>%n field(s)</source>
        <comment>in N fields</comment>
        <translation>
            <numerusform>%n个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="159"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n项冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="162"/>
        <source>%n already in the database</source>
        <translation>
            <numerusform>%n项已在数据库中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="171"/>
        <source>Apply %n selected change(s)</source>
        <translation>
            <numerusform>应用所选的%n项更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="163"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="183"/>
        <source>Nothing imported</source>
        <translation>未导入任何内容</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Ministry</source>
        <translation>部委</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Regulatory authority</source>
        <translation>监管机构</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Customs</source>
        <translation>海关</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Law enforcement</source>
        <translation>执法</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Intelligence</source>
        <translation>情报</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Health</source>
        <translation>卫生</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Defence</source>
        <translation>国防</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Justice</source>
        <translation>司法</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <location filename="../../ui/labels.py" line="28"/>
        <location filename="../../ui/labels.py" line="37"/>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Capital</source>
        <translation>首都</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Permanent Mission</source>
        <translation>常驻代表团</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Assistance</source>
        <translation>援助</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Constitution</source>
        <translation>宪法</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <location filename="../../ui/labels.py" line="230"/>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Decree</source>
        <translation>法令</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Regulation</source>
        <translation>条例</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Order</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>In force</source>
        <translation>现行有效</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Amended</source>
        <translation>已修订</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Repealed</source>
        <translation>已废止</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Delayed</source>
        <translation>已延迟</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>OP 1 (non-support, treaties)</source>
        <translation>第1段（不提供支持、条约）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>OP 2 (legislation and penalties)</source>
        <translation>第2段（立法和惩罚）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>OP 3 (a) accounting and securing</source>
        <translation>第3(a)段（衡算和保安）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>OP 3 (b) physical protection</source>
        <translation>第3(b)段（实物保护）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>OP 3 (c) border control and law enforcement</source>
        <translation>第3(c)段（边境管制和执法）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>OP 3 (d) export and trans-shipment controls</source>
        <translation>第3(d)段（出口和转运管制）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>National action plan</source>
        <translation>国家执行行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Reporting</source>
        <translation>提交报告</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Outreach</source>
        <translation>外联</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Nuclear</source>
        <translation>核</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Chemical</source>
        <translation>化学</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Biological</source>
        <translation>生物</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Means of delivery</source>
        <translation>运载工具</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Cross-cutting</source>
        <translation>跨领域</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Legislative drafting</source>
        <translation>立法起草</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Expert advice</source>
        <translation>专家咨询</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Awareness raising</source>
        <translation>提高认识</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Institutional capacity</source>
        <translation>机构能力</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Draft, not sent</source>
        <translation>草稿，未发送</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Ready to send</source>
        <translation>可以发送</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Acknowledged</source>
        <translation>已确认收到</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Circulated to providers</source>
        <translation>已分发给援助提供方</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Offer received</source>
        <translation>已收到援助提议</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Matched, in delivery</source>
        <translation>已匹配，正在提供</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Delivered</source>
        <translation>已提供</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <location filename="../../ui/labels.py" line="222"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>International organisation</source>
        <translation>国际组织</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Regional organisation</source>
        <translation>区域组织</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>NGO or academia</source>
        <translation>非政府组织或学术界</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Not decided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Yes, a summary may be published</source>
        <translation>是，可以发布摘要</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Give the request a title naming its subject.</source>
        <translation>请为请求拟定一个标明其主题的标题。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Choose the point of contact for this request.</source>
        <translation>请选择本请求的联络点。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Choose the area (operative paragraph) of the request.</source>
        <translation>请选择请求的领域（执行段落）。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Choose the scope: nuclear, chemical, biological, means of delivery or cross-cutting.</source>
        <translation>请选择范围：核、化学、生物、运载工具或跨领域。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Choose the type of assistance (legislative drafting, expert advice, training…).</source>
        <translation>请选择援助类型（立法起草、专家咨询、培训…）。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>Describe exactly what is needed: which text, how many people, which equipment.</source>
        <translation>请准确说明需要什么：哪项文本、多少人员、哪些设备。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Describe what exists already: laws, institutions, equipment, trained staff.</source>
        <translation>请说明现有情况：法律、机构、设备、受过培训的人员。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>State the objectives of the assistance.</source>
        <translation>请说明援助的目标。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>State the results expected at the end of the assistance.</source>
        <translation>请说明援助结束时的预期成果。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Name the beneficiary agencies: for whom the assistance is.</source>
        <translation>请列出受益机构：援助是为谁提供的。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Give the timeframe: start and end dates, or how long.</source>
        <translation>请说明时限：开始和结束日期，或持续时间。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>Estimate the resources: experts, days, equipment, cost.</source>
        <translation>请估计所需资源：专家、天数、设备、费用。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Say what assistance was received or is under way (write “None” if there is none).</source>
        <translation>请说明已获得或正在获得的援助（如无，请填写“无”）。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Say whether the Committee may publish a summary of the request.</source>
        <translation>请说明委员会是否可以发布本请求的摘要。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>At least %1 words are expected.</source>
        <translation>应至少有%1个词（每两个汉字计为一词）。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>Replace “%1” with specifics.</source>
        <translation>请用具体内容替换“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Give figures: how many people, sessions, texts, items or days.</source>
        <translation>请给出数字：多少人员、场次、文本、物品或天数。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>The Committee asks for one request per subject area: keep one area here and make another request for the others.</source>
        <translation>委员会要求每个主题领域提出一项请求：此处只保留一个领域，其他领域另行提出请求。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150"/>
        <source>The point of contact has neither a phone number nor an e-mail address.</source>
        <translation>该联络点既无电话号码，也无电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>X: the State has taken the step and/or provided references</source>
        <translation>X：国家已采取该措施和/或提供了参考资料</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158"/>
        <source>?: the references may not be relevant or are incomplete</source>
        <translation>?：参考资料可能不相关或不完整</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>NA: does not apply to the State</source>
        <translation>NA：不适用于该国</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <source>blank: no information given or found</source>
        <translation>空白：未提供或未找到信息</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165"/>
        <source>legal framework</source>
        <translation>法律框架</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>enforcement</source>
        <translation>执法</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170"/>
        <source>Nuclear weapons (NW)</source>
        <translation>核武器（NW）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="171"/>
        <source>Chemical weapons (CW)</source>
        <translation>化学武器（CW）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="172"/>
        <source>Biological weapons (BW)</source>
        <translation>生物武器（BW）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <location filename="../../ui/labels.py" line="783"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <location filename="../../ui/labels.py" line="785"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="179"/>
        <location filename="../../ui/labels.py" line="786"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>Signature date</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>Ratification date</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>Entry into force</source>
        <translation>生效</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="184"/>
        <source>Reviewed on</source>
        <translation>审查日期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>Changed here since it was sent</source>
        <translation>发出后已在此更改</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>The database holds another answer</source>
        <translation>数据库中已有其他答复</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="195"/>
        <source>Subject of the request</source>
        <translation>请求主题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196"/>
        <source>Point of contact for the request</source>
        <translation>本请求的联络点</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="197"/>
        <source>Area (one per request)</source>
        <translation>领域（每项请求一个）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="198"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199"/>
        <source>Type of assistance</source>
        <translation>援助类型</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="200"/>
        <source>Description of the need</source>
        <translation>需求说明</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201"/>
        <source>Current situation</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202"/>
        <location filename="../../ui/labels.py" line="796"/>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="203"/>
        <source>Expected results</source>
        <translation>预期成果</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204"/>
        <source>Beneficiary agencies</source>
        <translation>受益机构</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="205"/>
        <source>Timeframe from</source>
        <translation>时限开始</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="206"/>
        <source>Timeframe to</source>
        <translation>时限结束</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207"/>
        <source>Timeframe (details)</source>
        <translation>时限（详情）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="208"/>
        <source>Estimated resources</source>
        <translation>估计所需资源</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="209"/>
        <source>Assistance already received or under way</source>
        <translation>已获得或正在获得的援助</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="210"/>
        <source>Preferred or already contacted providers</source>
        <translation>首选或已联系的援助提供方</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="211"/>
        <source>Consent to publication of a summary</source>
        <translation>同意发布摘要</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="212"/>
        <source>Action of the plan</source>
        <translation>计划中的行动</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="213"/>
        <source>Matrix fields concerned</source>
        <translation>所涉矩阵字段</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="214"/>
        <source>Date of the request</source>
        <translation>请求日期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="215"/>
        <source>Note verbale reference</source>
        <translation>普通照会编号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="216"/>
        <source>Internal notes</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="221"/>
        <source>Awaited</source>
        <translation>待交回</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="226"/>
        <location filename="../../ui/labels.py" line="788"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="227"/>
        <source>Point of contact</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="228"/>
        <location filename="../../ui/labels.py" line="616"/>
        <source>State profile</source>
        <translation>国家概况</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="229"/>
        <source>Additional information</source>
        <translation>补充资料</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="231"/>
        <source>Matrix field</source>
        <translation>矩阵字段</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <location filename="../../ui/labels.py" line="784"/>
        <source>Legal reference</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233"/>
        <source>Matrix template</source>
        <translation>矩阵模板</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="234"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="236"/>
        <source>Priority</source>
        <translation>优先事项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="237"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="238"/>
        <source>Assistance request</source>
        <translation>援助请求</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="239"/>
        <source>Assistance provider</source>
        <translation>援助提供方</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="240"/>
        <source>Assistance offer</source>
        <translation>援助提议</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="241"/>
        <source>Text of the national report</source>
        <translation>国家报告正文</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="242"/>
        <source>Submitted document</source>
        <translation>已提交的文件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="246"/>
        <source>added</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="247"/>
        <source>changed</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="248"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>loaded</source>
        <translation>载入</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>upgraded</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="251"/>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="252"/>
        <source>marked as submitted</source>
        <translation>标记为已提交</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256"/>
        <source>“%1” must be filled in.</source>
        <translation>“%1”必须填写。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="257"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>“%1”不是日期；请按YYYY-MM-DD格式填写，例如2026-03-31。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="258"/>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259"/>
        <source>“%1” has a value that is not allowed.</source>
        <translation>“%1”的值不允许使用。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="260"/>
        <source>“%1” is too long.</source>
        <translation>“%1”过长。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261"/>
        <source>Another record already has this “%1”.</source>
        <translation>另一条记录的“%1”已使用此值。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262"/>
        <source>“%1” must be a whole number from 0 to 100.</source>
        <translation>“%1”必须是0至100之间的整数。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="263"/>
        <source>“%1” is before the start date.</source>
        <translation>“%1”早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="264"/>
        <source>Only blank or “?” fields are gaps.</source>
        <translation>只有空白或“?”字段才是缺口。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="265"/>
        <source>The request cannot move to this status from where it is.</source>
        <translation>请求无法从当前状态转为此状态。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="266"/>
        <source>“%1” is before the previous step of this request.</source>
        <translation>“%1”早于此请求的上一步骤。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267"/>
        <source>“%1” cannot be a date in the future.</source>
        <translation>“%1”不能是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="268"/>
        <source>This law is still cited by matrix fields: remove those references first, or mark it repealed.</source>
        <translation>仍有矩阵字段引用此法律：请先移除这些引用，或将其标记为已废止。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="335"/>
        <source>, </source>
        <comment>separator between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="350"/>
        <source>OP %1</source>
        <translation>第%1段</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="352"/>
        <source>(a)</source>
        <comment>sub-paragraph of an operative paragraph</comment>
        <translation>(a)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="353"/>
        <source>(b)</source>
        <comment>sub-paragraph of an operative paragraph</comment>
        <translation>(b)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="354"/>
        <source>(c)</source>
        <comment>sub-paragraph of an operative paragraph</comment>
        <translation>(c)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="355"/>
        <source>(d)</source>
        <comment>sub-paragraph of an operative paragraph</comment>
        <translation>(d)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="357"/>
        <source>OP %1 %2</source>
        <translation>第%1%2段</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="515"/>
        <source>new agency “%1”</source>
        <translation>新建机构“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="516"/>
        <source>changes to agency “%1”</source>
        <translation>更改机构“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="517"/>
        <source>deletion of agency “%1”</source>
        <translation>删除机构“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="518"/>
        <source>new point of contact “%1”</source>
        <translation>新建联络点“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="519"/>
        <source>changes to point of contact “%1”</source>
        <translation>更改联络点“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="520"/>
        <source>deletion of point of contact “%1”</source>
        <translation>删除联络点“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="521"/>
        <source>new law “%1”</source>
        <translation>新建法律“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="522"/>
        <source>changes to law “%1”</source>
        <translation>更改法律“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="523"/>
        <source>deletion of law “%1”</source>
        <translation>删除法律“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="524"/>
        <source>new priority “%1”</source>
        <translation>新建优先事项“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="525"/>
        <source>changes to priority “%1”</source>
        <translation>更改优先事项“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="526"/>
        <source>deletion of priority “%1”</source>
        <translation>删除优先事项“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="527"/>
        <source>new action “%1”</source>
        <translation>新建行动“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="528"/>
        <source>changes to action “%1”</source>
        <translation>更改行动“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="529"/>
        <source>deletion of action “%1”</source>
        <translation>删除行动“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="530"/>
        <source>proposed action “%1” kept</source>
        <translation>保留拟议行动“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="531"/>
        <source>actions proposed for the selected gaps</source>
        <translation>为所选缺口拟议的行动</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="532"/>
        <location filename="../../ui/labels.py" line="533"/>
        <source>changes to the action plan “%1”</source>
        <translation>更改行动计划“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="534"/>
        <source>action plan version frozen as submitted</source>
        <translation>行动计划版本冻结为已提交版本</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="535"/>
        <source>new assistance request “%1”</source>
        <translation>新建援助请求“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="536"/>
        <source>changes to assistance request “%1”</source>
        <translation>更改援助请求“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="537"/>
        <source>deletion of assistance request “%1”</source>
        <translation>删除援助请求“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="538"/>
        <source>new status of assistance request “%1”</source>
        <translation>援助请求“%1”的新状态</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="539"/>
        <source>status step cancelled on assistance request “%1”</source>
        <translation>撤销援助请求“%1”的状态步骤</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="542"/>
        <source>offer “%1” linked to a request</source>
        <translation>援助提议“%1”已关联到请求</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="543"/>
        <source>offer “%1” unlinked from a request</source>
        <translation>援助提议“%1”已取消与请求的关联</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="544"/>
        <source>offer linked to assistance request “%1”</source>
        <translation>援助提议已关联到援助请求“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="545"/>
        <source>offer unlinked from assistance request “%1”</source>
        <translation>援助提议已取消与援助请求“%1”的关联</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="546"/>
        <source>new provider “%1”</source>
        <translation>新建提供方“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="547"/>
        <source>changes to provider “%1”</source>
        <translation>更改提供方“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="548"/>
        <source>deletion of provider “%1”</source>
        <translation>删除提供方“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="549"/>
        <source>new offer “%1”</source>
        <translation>新建援助提议“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="550"/>
        <source>changes to offer “%1”</source>
        <translation>更改援助提议“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="551"/>
        <source>deletion of offer “%1”</source>
        <translation>删除援助提议“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="552"/>
        <location filename="../../ui/labels.py" line="553"/>
        <source>changes to the State profile</source>
        <translation>更改国家概况</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="554"/>
        <source>State profile set up</source>
        <translation>国家概况已设置</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="555"/>
        <source>new date of additional information “%1”</source>
        <translation>新增补充资料日期“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="556"/>
        <source>deletion of a date of additional information “%1”</source>
        <translation>删除补充资料日期“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="557"/>
        <location filename="../../ui/labels.py" line="558"/>
        <source>changes to the text of the national report</source>
        <translation>更改国家报告正文</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="559"/>
        <location filename="../../ui/labels.py" line="560"/>
        <location filename="../../ui/labels.py" line="582"/>
        <source>answer to %2</source>
        <translation>%2的答复</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="561"/>
        <location filename="../../ui/labels.py" line="583"/>
        <source>legal reference added to %2</source>
        <translation>已为%2添加法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="562"/>
        <location filename="../../ui/labels.py" line="584"/>
        <source>legal reference removed from %2</source>
        <translation>已从%2移除法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="563"/>
        <location filename="../../ui/labels.py" line="585"/>
        <source>import of “%1”</source>
        <translation>导入“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="564"/>
        <source>import of the workbook “%1”</source>
        <translation>导入工作簿“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="565"/>
        <location filename="../../ui/labels.py" line="566"/>
        <source>workbook sent to “%1”</source>
        <translation>工作簿已发送给“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="567"/>
        <source>workbook for “%1” withdrawn</source>
        <translation>已撤回发给“%1”的工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="568"/>
        <source>document “%1” marked as submitted</source>
        <translation>文件“%1”已标记为已提交</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="569"/>
        <location filename="../../ui/labels.py" line="570"/>
        <location filename="../../ui/labels.py" line="597"/>
        <source>document “%1” attached</source>
        <translation>已附加文件“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="571"/>
        <location filename="../../ui/labels.py" line="572"/>
        <location filename="../../ui/labels.py" line="598"/>
        <source>document “%1” removed</source>
        <translation>已移除文件“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="573"/>
        <location filename="../../ui/labels.py" line="594"/>
        <source>restore of the backup “%1”</source>
        <translation>从备份“%1”恢复</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="578"/>
        <source>new record (%3) “%1”</source>
        <translation>新记录（%3）“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="579"/>
        <location filename="../../ui/labels.py" line="580"/>
        <source>changes to %3 “%1”</source>
        <translation>更改%3“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="581"/>
        <source>deletion of %3 “%1”</source>
        <translation>删除%3“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="586"/>
        <source>offer linked: “%1”</source>
        <translation>已关联援助提议：“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="587"/>
        <source>offer unlinked: “%1”</source>
        <translation>已取消关联援助提议：“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="588"/>
        <source>new status of %3 “%1”</source>
        <translation>%3“%1”的新状态</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="589"/>
        <source>status step cancelled on %3 “%1”</source>
        <translation>撤销%3“%1”的状态步骤</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="590"/>
        <source>%3 “%1” kept</source>
        <translation>已保留%3“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="591"/>
        <source>proposals: %3</source>
        <translation>拟议：%3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="592"/>
        <source>%3 frozen</source>
        <translation>%3已冻结</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="593"/>
        <source>“%1” marked as submitted</source>
        <translation>“%1”已标记为已提交</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="595"/>
        <source>%3 sent: “%1”</source>
        <translation>%3已发送：“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="596"/>
        <source>%3 withdrawn: “%1”</source>
        <translation>%3已撤回：“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="599"/>
        <source>new order of %3</source>
        <translation>%3的新顺序</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="601"/>
        <source>change to %3 “%1”</source>
        <translation>更改%3“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="605"/>
        <source>agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="606"/>
        <source>point of contact</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="607"/>
        <source>law</source>
        <translation>法律</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="608"/>
        <source>matrix answer</source>
        <translation>矩阵答复</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="609"/>
        <source>legal reference</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="610"/>
        <source>action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="611"/>
        <source>priority</source>
        <translation>优先事项</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="612"/>
        <source>action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="613"/>
        <source>assistance request</source>
        <translation>援助请求</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="614"/>
        <source>provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="615"/>
        <source>offer</source>
        <translation>援助提议</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="617"/>
        <source>date of additional information</source>
        <translation>补充资料日期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="618"/>
        <source>text of the national report</source>
        <translation>国家报告正文</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="619"/>
        <source>document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="620"/>
        <source>agency workbook</source>
        <translation>机构工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="621"/>
        <source>submitted document</source>
        <translation>已提交的文件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="622"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="624"/>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="626"/>
        <source>a matrix field</source>
        <translation>一个矩阵字段</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="629"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="630"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="631"/>
        <source>&amp;Undo: %1</source>
        <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="632"/>
        <source>&amp;Redo: %1</source>
        <translation>重做(&amp;R)：%1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="637"/>
        <source>Cannot undo: plan version frozen</source>
        <translation>无法撤销：计划版本已冻结</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="638"/>
        <source>Cannot undo: report submitted</source>
        <translation>无法撤销：报告已提交</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="639"/>
        <source>Cannot undo: restored from a backup</source>
        <translation>无法撤销：已从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="640"/>
        <source>Cannot undo: workbook sent</source>
        <translation>无法撤销：工作簿已发送</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="642"/>
        <source>Cannot undo: “%1” cannot be taken back</source>
        <translation>无法撤销：“%1”不能收回</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="646"/>
        <source>Cannot undo — %1: what it changed was changed again since (%2). Nothing was changed.</source>
        <translation>无法撤销——%1：其所更改的内容此后又被更改（%2）。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="649"/>
        <source>Cannot redo — %1: what it changed was changed again since (%2). Nothing was changed.</source>
        <translation>无法重做——%1：其所更改的内容此后又被更改（%2）。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="652"/>
        <source>Cannot undo — %1: what it changed was changed since outside this application&apos;s steps (for example by another program). Nothing was changed.</source>
        <translation>无法撤销——%1：其所更改的内容此后在本应用程序的操作步骤之外被更改（例如被另一个程序）。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="657"/>
        <source>Cannot redo — %1: what it changed was changed since outside this application&apos;s steps (for example by another program). Nothing was changed.</source>
        <translation>无法重做——%1：其所更改的内容此后在本应用程序的操作步骤之外被更改（例如被另一个程序）。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="662"/>
        <source>Cannot undo — %1: it is no longer the last step, the data was changed meanwhile (another window or the command line). Nothing was changed; the Edit menu now shows the next step.</source>
        <translation>无法撤销——%1：这已不是最后一步，数据在此期间已被更改（另一个窗口或命令行）。未作任何更改；“编辑”菜单现在显示下一步。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="667"/>
        <source>Cannot redo — %1: the data was changed meanwhile (another window or the command line). Nothing was changed; the Edit menu now shows the next step.</source>
        <translation>无法重做——%1：数据在此期间已被更改（另一个窗口或命令行）。未作任何更改；“编辑”菜单现在显示下一步。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="672"/>
        <source>There is nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="673"/>
        <source>There is nothing to redo.</source>
        <translation>没有可重做的操作。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="674"/>
        <source>Cannot undo — %1. Nothing was changed.</source>
        <translation>无法撤销——%1。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="675"/>
        <source>Cannot redo — %1. Nothing was changed.</source>
        <translation>无法重做——%1。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="678"/>
        <source>Cannot undo — %1: the plan version is frozen as submitted. Nothing was changed.</source>
        <translation>无法撤销——%1：该计划版本已冻结为已提交版本。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="681"/>
        <source>Cannot undo — %1: the document was submitted to the Committee. Nothing was changed.</source>
        <translation>无法撤销——%1：该文件已提交委员会。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="684"/>
        <source>Cannot undo — %1: the data was restored from a backup since. Nothing was changed.</source>
        <translation>无法撤销——%1：此后数据已从备份恢复。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="687"/>
        <source>Cannot undo — %1: the workbook was sent to the agency. Nothing was changed.</source>
        <translation>无法撤销——%1：工作簿已发送给该机构。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="780"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="781"/>
        <source>Label</source>
        <translation>字段名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="782"/>
        <source>Label in another language</source>
        <translation>其他语言的字段名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="787"/>
        <source>Adherence details</source>
        <translation>加入详情</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="789"/>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="790"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="791"/>
        <source>Official gazette</source>
        <translation>政府公报</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="792"/>
        <source>Notes</source>
        <translation>附注</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="793"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="794"/>
        <source>Expected output</source>
        <translation>预期产出</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="795"/>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="797"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="798"/>
        <source>Areas</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="799"/>
        <source>Subjects</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="800"/>
        <source>Provider</source>
        <translation>援助提供方</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="801"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="802"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="803"/>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="804"/>
        <source>Responsibilities</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="805"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="806"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="807"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="808"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>LayoutMemory</name>
    <message>
        <location filename="../../ui/layout_memory.py" line="366"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/layout_memory.py" line="368"/>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/layout_memory.py" line="392"/>
        <source>The layout was reset: window size, panes, columns and filters are as at first start.</source>
        <translation>布局已重置：窗口大小、窗格、列和筛选条件已恢复为首次启动时的状态。</translation>
    </message>
</context>
<context>
    <name>LegalInstrumentTableModel</name>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="23"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="26"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="34"/>
        <source>Cited by (fields)</source>
        <translation>引用字段数</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="35"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="36"/>
        <source>Adopted</source>
        <translation>通过日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="37"/>
        <source>In force since</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="38"/>
        <source>Title in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="60"/>
        <source>Section</source>
        <translation>节</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="63"/>
        <source>Matrix row</source>
        <translation>矩阵行</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="64"/>
        <source>Weapons</source>
        <translation>武器</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="65"/>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="66"/>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="67"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>LegislationView</name>
    <message>
        <location filename="../../ui/views/legislation.py" line="53"/>
        <source>National laws register</source>
        <translation>国家法律登记册</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="57"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="80"/>
        <source>No matrix field cites this law.</source>
        <translation>没有矩阵字段引用此法律。</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="90"/>
        <source>Where the selected law is cited in the matrix</source>
        <translation>所选法律在矩阵中的引用位置</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="91"/>
        <location filename="../../ui/views/legislation.py" line="93"/>
        <source>Documents</source>
        <translation>附件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/legislation.py" line="93"/>
        <source>Documents (%n)</source>
        <translation>
            <numerusform>附件（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/legislation.py" line="155"/>
        <source>This law is repealed, but %n matrix field(s) still cite it. Review each of them: cite the law that replaced it, or change the field&apos;s value.</source>
        <translation>
            <numerusform>此法律已废止，但仍有%n个矩阵字段引用它。请逐一审查：引用取代它的法律，或更改字段的值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="165"/>
        <source>Delete law</source>
        <translation>删除法律</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="166"/>
        <source>Delete “%1” from the register?</source>
        <translation>从登记册中删除“%1”？</translation>
    </message>
</context>
<context>
    <name>LinkOfferDialog</name>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="215"/>
        <source>Link an offer to the request</source>
        <translation>将援助提议关联到请求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="229"/>
        <source>(already linked)</source>
        <translation>（已关联）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="233"/>
        <source>Offers in the register, best fit first (★: shared type of assistance, area and scope).</source>
        <translation>登记册中的援助提议，最匹配的排在最前（★：援助类型、领域和范围相同）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="240"/>
        <source>e.g. expert mission proposed for March</source>
        <translation>例如：拟于3月派遣专家团</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="242"/>
        <source>Offer received on</source>
        <translation>收到援助提议日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="243"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Implementation matrix</source>
        <translation>执行矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Assistance</source>
        <translation>援助</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Legislation</source>
        <translation>立法</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Agencies and contacts</source>
        <translation>机构和联系人</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Agency workbooks</source>
        <translation>机构工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Reports and exports</source>
        <translation>报告和导出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Open a database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Open the &amp;training State</source>
        <translation>打开培训用国家(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Back up (export the project package)…</source>
        <translation>备份（导出项目包）(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>&amp;Handover pack for a successor…</source>
        <translation>供继任者使用的交接材料(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>&amp;Guided tour</source>
        <translation>导览(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>&amp;Search everything…</source>
        <translation>全部搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>%1 could not be done: %2 Nothing was changed.</source>
        <translation>无法执行“%1”：%2 未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445"/>
        <source>%1 · matrix template %2</source>
        <translation>%1 · 矩阵模板%2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>The backup was written, but these documents are missing or damaged in the documents folder and are not in it: %1</source>
        <translation>备份已写入，但以下附件在附件文件夹中缺失或损坏，未包含在备份中：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>Backup written to %1 (%2, %3)</source>
        <translation>备份已写入%1（%2，%3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="492"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n份附件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>The handover pack is ready:

%1 (%2)
%3 (%4)

Give both files to your successor.</source>
        <translation>交接材料已准备就绪：

%1（%2）
%3（%4）

请将这两个文件交给您的继任者。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="528"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="633"/>
        <source>Interface: %1, working translation (%2 of %3 messages), not revised by the United Nations.</source>
        <translation>界面：%1，工作译文（%3条消息中已译%2条），未经联合国审校。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <location filename="../../ui/main_window.py" line="525"/>
        <source>Handover pack</source>
        <translation>交接材料</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&amp;About / diagnostics</source>
        <translation>关于/诊断(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="520"/>
        <source>The handover pack could not be written: %1</source>
        <translation>无法写入交接材料：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>Open the PDF</source>
        <translation>打开PDF</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>Show the folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="547"/>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="549"/>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557"/>
        <location filename="../../ui/main_window.py" line="567"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <source>Databases (*.sqlite3)</source>
        <translation>数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="568"/>
        <source>“%1” already exists; it is opened as it is, nothing is overwritten.</source>
        <translation>“%1”已存在；将按原样打开，不会覆盖任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="593"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="595"/>
        <source>Replace all current data with the backup “%1”? The current data is kept aside first, as a backup file beside the database.</source>
        <translation>用备份“%1”替换所有当前数据？当前数据将先作为备份文件另行保存在数据库旁边。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="616"/>
        <source>%1 %2

For national points of contact under UN Security Council resolution 1540 (2004).

Your data stays on this computer: %3</source>
        <translation>%1 %2

供根据联合国安全理事会第1540(2004)号决议设立的国家联络点使用。

您的数据保存在这台计算机上：%3</translation>
    </message>
</context>
<context>
    <name>MarkSubmittedDialog</name>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="42"/>
        <location filename="../../ui/dialogs/reports.py" line="91"/>
        <location filename="../../ui/dialogs/reports.py" line="124"/>
        <source>Mark as submitted</source>
        <translation>标记为已提交</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="49"/>
        <source>Document: %1
File: %2</source>
        <translation>文件：%1
文件名：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="63"/>
        <source>e.g. the reference of the note verbale</source>
        <translation>例如：普通照会编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="70"/>
        <location filename="../../ui/dialogs/reports.py" line="118"/>
        <source>Date submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="71"/>
        <location filename="../../ui/dialogs/reports.py" line="118"/>
        <source>Note verbale reference</source>
        <translation>普通照会编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="72"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="76"/>
        <source>The document is written again to the same file from the data as it is now (a report or a request with the note verbale number and the date typed here), then kept in the database exactly as written, with a copy of the data behind it. A submitted document is read-only: it cannot be changed or deleted afterwards. A later report can then list only the changes since this one.</source>
        <translation>将根据当前数据把文件重新写入同一文件（报告或请求将载有此处输入的普通照会编号和日期），然后按所写内容原样保存在数据库中，并附有其所依据数据的副本。已提交的文件为只读：此后不能更改或删除。这样，以后的报告可以只列出自本次以来的变化。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="129"/>
        <source>Not marked as submitted</source>
        <translation>未标记为已提交</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="130"/>
        <source>The document could not be marked as submitted: %1</source>
        <translation>无法将文件标记为已提交：%1</translation>
    </message>
</context>
<context>
    <name>MatrixCounts</name>
    <message numerus="yes">
        <location filename="../../ui/models/matrix_table_model.py" line="34"/>
        <source>%n legal reference(s)</source>
        <translation>
            <numerusform>%n项法律依据</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixHeatMap</name>
    <message>
        <location filename="../../ui/widgets/heat_map.py" line="52"/>
        <source>Rows: the measures of each section, by number. Columns: under each weapon, its legal framework then its enforcement.</source>
        <translation>行：各节的措施，按编号排列。列：每类武器下，先为法律框架，后为执法。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heat_map.py" line="99"/>
        <source>Section %1</source>
        <translation>%1节</translation>
    </message>
</context>
<context>
    <name>MatrixTableModel</name>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="178"/>
        <source>⚠ Cites a repealed law: review this field.</source>
        <translation>⚠ 引用了已废止的法律：请审查此字段。</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="207"/>
        <source>national legal framework</source>
        <translation>国家法律框架</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="209"/>
        <source>enforcement: civil / criminal penalties</source>
        <translation>执行：民事/刑事处罚</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="214"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="217"/>
        <source>Yes (X)</source>
        <translation>是（X）</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="197"/>
        <location filename="../../ui/models/matrix_table_model.py" line="218"/>
        <source>Signature, ratification, entry into force</source>
        <translation>签署、批准、生效</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="143"/>
        <source>Wording not yet confirmed against the Committee&apos;s matrix.</source>
        <translation>措辞尚未与委员会矩阵核对。</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="219"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="224"/>
        <source>legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="226"/>
        <source>enforc.</source>
        <translation>执法</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="384"/>
        <location filename="../../ui/views/matrix.py" line="466"/>
        <source>Section %1</source>
        <translation>%1节</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="398"/>
        <source>Keys: X, ? or N (NA) set the value, Delete clears it, Enter opens the details, Ctrl+PgDown / Ctrl+PgUp change section.</source>
        <translation>按键：X、?或N（NA）设置值，Delete键清除，Enter键打开详细信息，Ctrl+PgDown/Ctrl+PgUp切换节。</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="404"/>
        <source>Propose actions for selected gaps</source>
        <translation>为所选缺口拟议行动</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="408"/>
        <source>Select blank or ? cells (Ctrl+click or Shift+arrows), then add draft actions to the action plan, one per section.</source>
        <translation>选择空白或?单元格（Ctrl+单击或Shift+方向键），然后向行动计划添加行动草稿，每节一项。</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="455"/>
        <source>Search the matrix: words in any language, laws, remarks, agencies…</source>
        <translation>搜索矩阵：任何语言的词语、法律、备注、机构…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="459"/>
        <source>Any value</source>
        <translation>任何值</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="460"/>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="464"/>
        <source>All sections</source>
        <translation>所有节</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="469"/>
        <source>All weapons</source>
        <translation>所有武器</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="478"/>
        <source>Changed since YYYY-MM-DD</source>
        <translation>更改日期晚于YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="480"/>
        <source>Without legal reference</source>
        <translation>无法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="527"/>
        <source>All agencies</source>
        <translation>所有机构</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="551"/>
        <source>“Changed since” is not a date (YYYY-MM-DD).</source>
        <translation>“更改日期晚于”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="559"/>
        <source>%n field(s) found</source>
        <translation>
            <numerusform>找到%n个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="660"/>
        <source>%n draft action(s) added to the action plan for %1. Edit them there, then keep or delete them.</source>
        <translation>
            <numerusform>已为%1向行动计划添加%n项行动草稿。请在计划中编辑，然后保留或删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="663"/>
        <source>%n field(s)</source>
        <comment>for N fields</comment>
        <translation>
            <numerusform>%n个字段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="652"/>
        <location filename="../../ui/views/matrix.py" line="658"/>
        <source>Propose actions</source>
        <translation>拟议行动</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="652"/>
        <source>Select one or more blank or “?” cells first.</source>
        <translation>请先选择一个或多个空白或“?”单元格。</translation>
    </message>
</context>
<context>
    <name>NewWorkbookDialog</name>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="53"/>
        <source>New workbook for an agency</source>
        <translation>为机构新建工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="62"/>
        <source>The agency receives an Excel workbook with the fields chosen here and what they hold now. It fills in the white cells and sends the file back; you then import it and accept the changes one by one.</source>
        <translation>机构将收到一份Excel工作簿，其中包含此处所选字段及其当前内容。机构填写白色单元格后交回文件；然后由您导入并逐项接受更改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="73"/>
        <source>No agency is recorded yet. Add the agencies under “Agencies and contacts” first: a workbook is always sent to one of them.</source>
        <translation>尚未记录任何机构。请先在“机构和联系人”中添加机构：工作簿总是发送给其中某个机构。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="103"/>
        <source>Section %1: %2</source>
        <translation>%1节：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="109"/>
        <source>Only the fields this agency is responsible for</source>
        <translation>仅限该机构负责的字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="111"/>
        <source>The fields for which the matrix names this agency as responsible.</source>
        <translation>矩阵中指定该机构为负责机构的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="122"/>
        <source>Ask for a reply by</source>
        <translation>请求答复截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="142"/>
        <source>Shown on the first sheet of the workbook, e.g. what to check first.</source>
        <translation>显示在工作簿的第一个工作表上，例如应首先核查的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="156"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="157"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="158"/>
        <source>Language of the workbook</source>
        <translation>工作簿语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="159"/>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="160"/>
        <source>Note to the agency</source>
        <translation>致机构的附言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="165"/>
        <source>Create the workbook…</source>
        <translation>创建工作簿…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/agency_workbook.py" line="205"/>
        <source>%n field(s) will be sent.</source>
        <translation>
            <numerusform>将发送%n个字段。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/agency_workbook.py" line="219"/>
        <source>%1 / %n character(s)</source>
        <translation>
            <numerusform>%1/%n个字符</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="209"/>
        <source>No field: tick at least one section.</source>
        <translation>没有字段：请至少勾选一节。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="211"/>
        <source>No field of these sections names this agency as responsible.</source>
        <translation>这些节中没有字段指定该机构为负责机构。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="233"/>
        <source>Save the workbook for %1</source>
        <translation>保存发给%1的工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="235"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="255"/>
        <source>Workbook not created</source>
        <translation>未创建工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="256"/>
        <source>The workbook could not be written: %1

Nothing was recorded.</source>
        <translation>无法写入工作簿：%1

未记录任何内容。</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/views/overview.py" line="145"/>
        <source>Training State: fictional data for workshops</source>
        <translation>培训用国家：用于讲习班的虚构数据</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="154"/>
        <source>Edit profile…</source>
        <translation>编辑概况…</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="168"/>
        <source>matrix fields answered</source>
        <translation>已填写的矩阵字段</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="171"/>
        <source>national agencies</source>
        <translation>国家机构</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="172"/>
        <source>points of contact</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="173"/>
        <source>laws in the register</source>
        <translation>登记册中的法律</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="174"/>
        <source>answers without a legal reference</source>
        <translation>无法律依据的答复</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="178"/>
        <source>Reporting to the 1540 Committee</source>
        <translation>向1540委员会提交报告</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="185"/>
        <source>First national report</source>
        <translation>首次国家报告</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="186"/>
        <source>Additional information</source>
        <translation>补充资料</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="187"/>
        <source>Matrix approved by the Committee</source>
        <translation>委员会核准矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="188"/>
        <source>Matrix template version</source>
        <translation>矩阵模板版本</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="200"/>
        <source>Implementation matrix: coverage by section and weapon type</source>
        <translation>执行矩阵：按节和武器类型分列的覆盖情况</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="209"/>
        <source>Overdue and due in the next 60 days: actions of the plan, follow-up of assistance requests</source>
        <translation>已逾期和未来60天内到期的事项：计划中的行动、援助请求的跟进</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="227"/>
        <source>The matrix at a glance</source>
        <translation>矩阵一览</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="231"/>
        <source>Each square is a data field; click one to open it.</source>
        <translation>每个方块代表一个数据字段；点击即可打开。</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="237"/>
        <source>Recent changes</source>
        <translation>最近更改</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="267"/>
        <source>(focal point not named yet)</source>
        <translation>（尚未指定国家协调人）</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="270"/>
        <source>Focal point: %1</source>
        <translation>国家协调人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="273"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="284"/>
        <source>fields changed since the last report (%1)</source>
        <translation>自上次报告（%1）以来更改的字段</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="286"/>
        <source>fields changed (no report sent yet)</source>
        <translation>已更改的字段（尚未发送报告）</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="291"/>
        <source>Nothing overdue or due soon.</source>
        <translation>没有已逾期或即将到期的事项。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="309"/>
        <source>%n earlier</source>
        <translation>
            <numerusform>此前另有%n次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="321"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有%n项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="331"/>
        <location filename="../../ui/views/overview.py" line="349"/>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="336"/>
        <source>%1 — assistance request sent on %2: the Chair will ask whether it has been met — %3</source>
        <translation>%1——援助请求于%2发送：委员会主席将询问请求是否已得到满足——%3</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="343"/>
        <source>%1 — reply awaited from %2 (workbook sent on %3)</source>
        <translation>%1——等待%2答复（工作簿发送于%3）</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="347"/>
        <source>No reply date — reply awaited from %2 (workbook sent on %3)</source>
        <translation>无答复日期——等待%2答复（工作簿发送于%3）</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="361"/>
        <source>Section %1: %2</source>
        <translation>%1节：%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="364"/>
        <source>All sections B-D: %1</source>
        <translation>B至D各节：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="382"/>
        <source>X %1 · ? %2 · NA %3 · blank %4 (%5 answered)</source>
        <translation>X %1 · ? %2 · NA %3 · 空白%4（已填写%5）</translation>
    </message>
</context>
<context>
    <name>PackageTarget</name>
    <message>
        <location filename="../../ui/widgets/package_target.py" line="47"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="53"/>
        <location filename="../../ui/dialogs/backups.py" line="69"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="57"/>
        <source>Choose a passphrase for the package. Keep it safe: without it nobody, not even you, can restore the package.</source>
        <translation>请为项目包选择一个密码短语。请妥善保管：没有密码短语，任何人（包括您本人）都无法恢复该项目包。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="61"/>
        <source>“%1” is encrypted. Enter its passphrase.</source>
        <translation>“%1”已加密。请输入其密码短语。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="74"/>
        <source>Passphrase again</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="93"/>
        <source>Enter a passphrase.</source>
        <translation>请输入密码短语。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="95"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>两次输入的密码短语不一致。请两次输入相同的密码短语。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="102"/>
        <source>The passphrase is wrong, or the package is damaged.</source>
        <translation>密码短语错误，或项目包已损坏。</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="164"/>
        <source>Still to complete</source>
        <translation>尚待完成</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="241"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="302"/>
        <source>Nothing missing: the request can be marked ready and sent.</source>
        <translation>内容齐全：可将请求标记为“可以发送”并发送。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="401"/>
        <source>Unsaved text found</source>
        <translation>发现未保存的文本</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="402"/>
        <source>This form was being edited on %1 and was not saved. Restore that text?</source>
        <translation>此表单于%1编辑时未保存。恢复该文本？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="425"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="427"/>
        <source>Your changes could not be saved: %1

Nothing was changed, and what you typed is still in the form.</source>
        <translation>无法保存您的更改：%1

未作任何更改，您输入的内容仍在表单中。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="449"/>
        <source>Discard changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="450"/>
        <source>You have typed changes that are not saved. Discard them?</source>
        <translation>您输入的更改尚未保存。放弃这些更改？</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="112"/>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="114"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="115"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="116"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/labels.py" line="423"/>
        <source>National report</source>
        <translation>国家报告</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="424"/>
        <source>Implementation matrix</source>
        <translation>执行矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="425"/>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="426"/>
        <source>Assistance request</source>
        <translation>援助请求</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="429"/>
        <source>The national report in the Committee&apos;s layout: covering note, introduction, one part per operative paragraph with every matrix field and its legal references, the measures under OP 6 to 10 (action plan, assistance requests sent) and an annex of the laws cited.</source>
        <translation>按委员会格式编制的国家报告：转递照会、导言、按执行段落分列的各部分（含每个矩阵字段及其法律依据）、执行部分第6至10段下的措施（行动计划、已发送的援助请求）以及所引法律附件。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="435"/>
        <source>Only the matrix fields changed since the report submitted on %1, each with what was reported then and what holds now, with the covering note, the introduction and the part on OP 6 to 10.</source>
        <translation>仅包括自%1提交报告以来更改的矩阵字段，每个字段列出当时报告的内容和现在的内容，并附转递照会、导言和关于执行部分第6至10段的部分。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="440"/>
        <source>The 1540 Committee matrix: every field of sections A to D with its value, legal references, source and remarks, in the Committee&apos;s layout.</source>
        <translation>1540委员会矩阵：A至D节的每个字段及其值、法律依据、来源和备注，采用委员会的格式。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="445"/>
        <source>The National Implementation Action Plan: its header, priorities and every action with lead agency, dates, status and progress, and a timeline.</source>
        <translation>国家执行行动计划：计划的标题部分、优先事项和每项行动（含牵头机构、日期、状态和进展），以及时间表。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="450"/>
        <source>One assistance request on the Committee&apos;s template: point of contact, need, current situation, objectives, beneficiaries, timeframe and resources.</source>
        <translation>按委员会模板编制的一项援助请求：联络点、需求、现状、目标、受益方、时限和资源。</translation>
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
        <translation>完整</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="462"/>
        <source>Changes only</source>
        <translation>仅变更部分</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="465"/>
        <source>Reading the data…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="466"/>
        <source>Laying out the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="467"/>
        <source>Writing the file…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="468"/>
        <source>Checking the file against the database…</source>
        <translation>正在对照数据库检查文件…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="471"/>
        <source>matrix fields</source>
        <translation>矩阵字段</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="472"/>
        <source>actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="473"/>
        <source>assistance requests</source>
        <translation>援助请求</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="474"/>
        <source>laws</source>
        <translation>法律</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="475"/>
        <source>parts of the request</source>
        <translation>请求的组成部分</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="489"/>
        <source>%1 (changes since the last submitted report)</source>
        <translation>%1（自上次提交报告以来的变更）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="503"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="23"/>
        <source>Date submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="26"/>
        <location filename="../../ui/views/reports.py" line="170"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="31"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="35"/>
        <location filename="../../ui/views/reports.py" line="173"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="39"/>
        <location filename="../../ui/views/reports.py" line="174"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="42"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="43"/>
        <source>File</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="44"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="45"/>
        <source>Marked by</source>
        <translation>标记人</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="65"/>
        <source>Checked: %1</source>
        <translation>已检查：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="84"/>
        <source>Reports and exports</source>
        <translation>报告和导出</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="88"/>
        <source>Export the national report, the matrix, the action plan or an assistance request as PDF or Excel in any of the six UN languages. Every file is checked against the database before it is kept.</source>
        <translation>以联合国六种语文中的任何一种，将国家报告、矩阵、行动计划或援助请求导出为PDF或Excel文件。每个文件在保存之前都会对照数据库进行检查。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="129"/>
        <source>Full report</source>
        <translation>完整报告</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="131"/>
        <source>Changes since the last submitted report</source>
        <translation>自上次提交报告以来的变更</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="144"/>
        <source>PDF (to print or send)</source>
        <translation>PDF（用于打印或发送）</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="146"/>
        <source>Excel workbook</source>
        <translation>Excel工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="163"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="171"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="172"/>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="178"/>
        <source>New export</source>
        <translation>新建导出</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="213"/>
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="215"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="217"/>
        <source>Mark as submitted…</source>
        <translation>标记为已提交…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="219"/>
        <source>Keep this file, read-only, as the document sent to the 1540 Committee.</source>
        <translation>将此文件作为发送给1540委员会的文件以只读方式保存。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="233"/>
        <source>Last export</source>
        <translation>最近一次导出</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="246"/>
        <source>Report text…</source>
        <translation>报告正文…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="250"/>
        <source>The type of report, its reference and date, the national context and the other measures (OP 6 to 10).</source>
        <translation>报告类型、编号和日期、国家背景以及其他措施（执行部分第6至10段）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="253"/>
        <source>Text of the national report</source>
        <translation>国家报告正文</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="275"/>
        <source>No document has been marked as submitted yet. After sending a document to the Committee, export it here and use “Mark as submitted…”.</source>
        <translation>尚无标记为已提交的文件。向委员会发送文件后，请在此导出该文件并使用“标记为已提交…”。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="282"/>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="284"/>
        <source>Write the document exactly as it was submitted to a file.</source>
        <translation>将与提交时完全相同的文件写入文件。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="286"/>
        <source>Submitted documents are kept in the database exactly as sent; they cannot be changed or deleted.</source>
        <translation>已提交的文件按发送时的原样保存在数据库中，不能更改或删除。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="293"/>
        <source>Submitted documents</source>
        <translation>已提交的文件</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="328"/>
        <source>No assistance request yet</source>
        <translation>尚无援助请求</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="338"/>
        <source>Available once a national report has been marked as submitted: export the full report, send it, then use “Mark as submitted…”.</source>
        <translation>国家报告标记为已提交后即可使用：导出完整报告并发送，然后使用“标记为已提交…”。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="345"/>
        <source>Only the matrix fields changed since the report submitted on %1.</source>
        <translation>仅包括自%1提交报告以来更改的矩阵字段。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="352"/>
        <source>First national report</source>
        <translation>首次国家报告</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="354"/>
        <source>Additional information (a later report)</source>
        <translation>补充资料（后续报告）</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="358"/>
        <source>Reference: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="359"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="360"/>
        <source>the day of the export</source>
        <translation>导出当日</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="362"/>
        <source>Committee&apos;s note answered: %1</source>
        <translation>所答复的委员会照会：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="400"/>
        <source>In Excel, each part is a sheet; the first column holds each record&apos;s key.</source>
        <translation>在Excel中，每个部分为一个工作表；第一列为每条记录的标识码。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="407"/>
        <source>Write the chosen document to a file; it is read back and checked before it is kept.</source>
        <translation>将所选文件写入文件；保存前会重新读取并核对。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="409"/>
        <source>There is no assistance request to export yet.</source>
        <translation>尚无可导出的援助请求。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="463"/>
        <location filename="../../ui/views/reports.py" line="694"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="463"/>
        <location filename="../../ui/views/reports.py" line="694"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="466"/>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="479"/>
        <location filename="../../ui/views/reports.py" line="567"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="485"/>
        <source>Exporting %1…</source>
        <translation>正在导出%1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="504"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="513"/>
        <source>Exporting %1</source>
        <translation>正在导出%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="514"/>
        <source>Preparing the export…</source>
        <translation>正在准备导出…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="523"/>
        <source>Cancelling the export…</source>
        <translation>正在取消导出…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="560"/>
        <source>The export failed: nothing was written.</source>
        <translation>导出失败：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="564"/>
        <source>The export stopped because of an unexpected problem: %1

Nothing was written. Please report this problem.</source>
        <translation>导出因意外问题而中止：%1

未写入任何内容。请报告此问题。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="571"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>导出已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="579"/>
        <source>Nothing exported yet. Choose a document, then press “Export…”.</source>
        <translation>尚未导出任何内容。请选择一份文件，然后点击“导出…”。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="584"/>
        <source>Written and checked: %1</source>
        <translation>已写入并检查：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="592"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="595"/>
        <source>Checked against the database: %1.</source>
        <translation>已对照数据库检查：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="598"/>
        <source>Marked as submitted: it is listed under “Submitted documents”.</source>
        <translation>已标记为已提交：列于“已提交的文件”之下。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="623"/>
        <location filename="../../ui/views/reports.py" line="634"/>
        <source>Mark as submitted</source>
        <translation>标记为已提交</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="624"/>
        <source>The file %1 is no longer there; export the document again.</source>
        <translation>文件%1已不存在；请重新导出该文件。</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="636"/>
        <source>The file was changed after the export (it may have been opened and saved). Marking it as submitted writes it again from the data: the changes made in the file are not kept. Continue?</source>
        <translation>导出后文件已被更改（可能曾被打开并保存）。标记为已提交时将根据数据重新写入该文件：对文件所作的更改不会保留。是否继续？</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="697"/>
        <source>Save a copy of the submitted document</source>
        <translation>另存已提交文件的副本</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="707"/>
        <source>Copy not saved</source>
        <translation>副本未保存</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="710"/>
        <source>Copy of the submitted document saved to %1</source>
        <translation>已提交文件的副本已保存到%1</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/views/assistance.py" line="79"/>
        <source>Still to complete (double-click to fill in)</source>
        <translation>尚待完成（双击填写）</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="84"/>
        <source>Unlink offer</source>
        <translation>取消关联援助提议</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="86"/>
        <source>Offers linked to this request</source>
        <translation>与此请求关联的援助提议</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="92"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="92"/>
        <source>Step or change</source>
        <translation>步骤或更改</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="92"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="95"/>
        <source>Cancel the last status change…</source>
        <translation>撤销最近一次状态更改…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="97"/>
        <source>Lifecycle and history</source>
        <translation>生命周期和历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="108"/>
        <source>Documents (note verbale, acknowledgement, offer…)</source>
        <translation>附件（普通照会、收到确认、援助提议…）</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="171"/>
        <location filename="../../ui/dialogs/backups.py" line="271"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="176"/>
        <source>A backup of this database is made every day when the application starts. Choose one, or another backup file. Your current data is kept aside first.</source>
        <translation>每天启动应用程序时都会为此数据库制作一个备份。请选择其中一个备份或另一个备份文件。您的当前数据将先另行保存。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>Checked</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="200"/>
        <source>Damaged: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="207"/>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="209"/>
        <source>Sound (integrity checked)</source>
        <translation>完好（已检查完整性）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="211"/>
        <source>Not checked (older version; checked when restored)</source>
        <translation>未检查（旧版本；恢复时检查）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="224"/>
        <source>There is no daily backup of this database yet (folder: %1).</source>
        <translation>此数据库尚无每日备份（文件夹：%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="230"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="234"/>
        <source>Other file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="273"/>
        <source>Backups (*.un1540 *.sqlite3 *.db);;All files (*)</source>
        <translation>备份 (*.un1540 *.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/dialogs/search.py" line="41"/>
        <source>Search everything</source>
        <translation>全部搜索</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="48"/>
        <source>Words to find in the matrix, laws, actions, requests, contacts…</source>
        <translation>在矩阵、法律、行动、请求和联系人中查找的词语…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="62"/>
        <source>↑ ↓ to choose, Enter to open, Esc to close.</source>
        <translation>↑ ↓ 选择，Enter 打开，Esc 关闭。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="82"/>
        <source>%n matrix field(s)</source>
        <translation>
            <numerusform>%n 个矩阵字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="83"/>
        <source>%n law(s)</source>
        <translation>
            <numerusform>%n 项法律</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="84"/>
        <source>%n priority(ies) of the action plan</source>
        <translation>
            <numerusform>行动计划的 %n 个优先事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="85"/>
        <source>%n action(s) of the action plan</source>
        <translation>
            <numerusform>行动计划的 %n 项行动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="86"/>
        <source>%n assistance request(s)</source>
        <translation>
            <numerusform>%n 项援助请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="87"/>
        <source>%n assistance provider(s)</source>
        <translation>
            <numerusform>%n 个援助提供方</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="88"/>
        <source>%n assistance offer(s)</source>
        <translation>
            <numerusform>%n 项援助提议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="89"/>
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n 个机构</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="90"/>
        <source>%n point(s) of contact</source>
        <translation>
            <numerusform>%n 个联络点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="104"/>
        <source>Matched in %1: %2</source>
        <translation>匹配于%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="117"/>
        <source>Type a word: every part of the database is searched.</source>
        <translation>输入一个词：将搜索整个数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="120"/>
        <source>Nothing holds “%1”.</source>
        <translation>没有任何内容包含“%1”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="123"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="125"/>
        <source>(%n not shown: type more words to narrow the search)</source>
        <translation>
            <numerusform>（%n 个未显示：输入更多词语以缩小搜索范围）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="50"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="58"/>
        <source>Weapons</source>
        <translation>武器</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="59"/>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="51"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="52"/>
        <source>Matched in</source>
        <translation>匹配位置</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="55"/>
        <source>Legal references</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="62"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="40"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="42"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="55"/>
        <source>Correct the translation…</source>
        <translation>更正译文…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="64"/>
        <source>Digits in Arabic</source>
        <translation>阿拉伯文数字</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="67"/>
        <source>Latin: %1</source>
        <translation>拉丁数字：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="67"/>
        <source>Arabic-Indic: %1</source>
        <translation>阿拉伯-印度数字：%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="75"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="82"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="84"/>
        <source>Matrix template</source>
        <translation>矩阵模板</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="85"/>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="87"/>
        <source>Back up…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="90"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="130"/>
        <source>The interface is written in English.</source>
        <translation>界面以英文编写。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/settings.py" line="133"/>
        <source>Working translation of all %n interface message(s), not revised by the United Nations. Documents sent to the Committee use their own texts in each language.</source>
        <translation>
            <numerusform>界面全部%n条消息的工作译文，未经联合国审校。发送给委员会的文件使用各语文各自的文本。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="140"/>
        <source>Working translation: %1 of %2 interface messages; the others are shown in English.</source>
        <translation>工作译文：界面%2条消息中已译%1条；其余以英文显示。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="146"/>
        <source>Your corrections file could not be read (%1); the shipped translation is used.</source>
        <translation>无法读取您的更正文件（%1）；现使用随附的译文。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/settings.py" line="149"/>
        <source>%n correction(s) of yours in use, from %1.</source>
        <translation>
            <numerusform>正在使用您的%n处更正，来自%1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="159"/>
        <source>Correct the translation</source>
        <translation>更正译文</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="161"/>
        <source>Your corrections file is %1.

Open it with Qt Linguist or a text editor, change the translations you want, save it, then choose the language again (or restart). Your corrections are kept when the application is updated.</source>
        <translation>您的更正文件为%1。

请用Qt Linguist或文本编辑器打开该文件，修改所需译文并保存，然后重新选择语言（或重新启动）。应用程序更新时，您的更正将予以保留。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="108"/>
        <source>Exported documents</source>
        <translation>导出的文件</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="109"/>
        <source>Credit 1540 Focal Point in exported documents</source>
        <translation>在导出的文件中注明1540 Focal Point</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="115"/>
        <source>The footer of every page then says “Prepared on … with 1540 Focal Point”; otherwise it gives only the date the document was prepared.</source>
        <translation>勾选后，每页页脚显示“……使用1540 Focal Point编制”；否则只显示文件的编制日期。</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/help.py" line="301"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="306"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="308"/>
        <source>Copy the list to paste it into a document.</source>
        <translation>复制此列表，以便粘贴到文件中。</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="310"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="52"/>
        <source>Change the status of the request</source>
        <translation>更改请求状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="66"/>
        <source>e.g. NV/1540/2026/12</source>
        <translation>例如：NV/1540/2026/12</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="67"/>
        <source>Note verbale reference</source>
        <translation>普通照会编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="71"/>
        <source>What happened: who answered, what was agreed.</source>
        <translation>经过情况：谁作了答复，商定了什么。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="80"/>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="81"/>
        <location filename="../../ui/dialogs/assistance.py" line="141"/>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="82"/>
        <location filename="../../ui/dialogs/assistance.py" line="140"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="84"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="106"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="125"/>
        <source>The request is not complete yet: what is missing is listed above. “Complete the request…” opens the form on the first item.</source>
        <translation>请求尚不完整：所缺内容列于上方。“完善请求…”将在第一项处打开表单。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="134"/>
        <source>Complete the request…</source>
        <translation>完善请求…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="149"/>
        <source>The status could not be changed: %1</source>
        <translation>无法更改状态：%1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="69"/>
        <source>(no priority)</source>
        <translation>（无优先事项）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="71"/>
        <source>(no lead agency)</source>
        <translation>（无牵头机构）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="163"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="200"/>
        <source>Action %1: %2</source>
        <translation>行动%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="202"/>
        <source>From %1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="208"/>
        <source>%1, overdue</source>
        <translation>%1，已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="209"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="212"/>
        <source>Lead agency: %1</source>
        <translation>牵头机构：%1</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="375"/>
        <source>Overdue (!)</source>
        <translation>已逾期（!）</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <location filename="../../ui/tooltips.py" line="19"/>
        <source>A date, typed as YYYY-MM-DD (for example 2019-11-05).</source>
        <translation>日期，按 YYYY-MM-DD 格式键入（例如 2019-11-05）。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="24"/>
        <source>X: the State has taken the step or given specific references</source>
        <translation>X：该国已采取该步骤或提供了具体依据</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="25"/>
        <source>?: the references given may not be relevant or are incomplete</source>
        <translation>?：所提供的依据可能不相关或不完整</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="26"/>
        <source>NA: the field does not apply to the State</source>
        <translation>NA：该字段不适用于该国</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="27"/>
        <source>Blank: no information given or found</source>
        <translation>空白：没有提供或找到信息</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="32"/>
        <source>NW: nuclear weapons</source>
        <translation>NW：核武器</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="33"/>
        <source>CW: chemical weapons</source>
        <translation>CW：化学武器</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="34"/>
        <source>BW: biological weapons</source>
        <translation>BW：生物武器</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="39"/>
        <source>The State profile, the coverage of the matrix and what needs attention.</source>
        <translation>国家概况、矩阵覆盖情况以及需要关注的事项。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="41"/>
        <source>The 1540 Committee&apos;s matrix, sections A to D: your answers with their legal references.</source>
        <translation>1540委员会的矩阵，A至D节：您的答复及其法律依据。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="43"/>
        <source>The National Implementation Action Plan: priorities, actions, submitted versions.</source>
        <translation>国家执行行动计划：优先事项、行动、已提交的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="44"/>
        <source>Assistance requests to the 1540 Committee, providers and their offers.</source>
        <translation>向1540委员会提出的援助请求、提供方及其援助提议。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="45"/>
        <source>The national laws register, cited from the matrix.</source>
        <translation>国家法律登记册，供矩阵引用。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="46"/>
        <source>National agencies and points of contact.</source>
        <translation>国家机构和联络点。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="47"/>
        <source>Excel workbooks sent to agencies for their answers, and their import.</source>
        <translation>发给各机构以征求答复的 Excel 工作簿及其导入。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="48"/>
        <source>The national report and other documents, as PDF or Excel; submitted documents.</source>
        <translation>国家报告和其他文件（PDF 或 Excel）；已提交的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="49"/>
        <source>Language, data file, backups.</source>
        <translation>语言、数据文件、备份。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="57"/>
        <source>Finds words in the answers, legal references, sources and remarks, in any of the six languages.</source>
        <translation>在答复、法律依据、来源和备注中查找词语，可使用六种语文中的任何一种。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="60"/>
        <source>Only the fields with this value: X = step taken, ? = references incomplete or not relevant, NA = does not apply, blank = no information.</source>
        <translation>仅显示具有此值的字段：X = 已采取步骤，? = 依据不完整或不相关，NA = 不适用，空白 = 无信息。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="64"/>
        <source>Only one section: A = OP 1, B = OP 2, C = OP 3 (a) and (b), D = OP 3 (c) and (d).</source>
        <translation>仅显示一节：A = OP 1，B = OP 2，C = OP 3(a)和(b)，D = OP 3(c)和(d)。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="66"/>
        <source>Only one type of weapon: NW = nuclear, CW = chemical, BW = biological.</source>
        <translation>仅显示一类武器：NW = 核武器，CW = 化学武器，BW = 生物武器。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="67"/>
        <source>Only the fields for which this agency is responsible.</source>
        <translation>仅显示由此机构负责的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="68"/>
        <source>Only the fields changed since this date, typed as YYYY-MM-DD.</source>
        <translation>仅显示自此日期以来更改过的字段，日期按 YYYY-MM-DD 格式键入。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="69"/>
        <source>Only the fields answered X or ? that cite no law yet.</source>
        <translation>仅显示答复为 X 或 ? 但尚未引用任何法律的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="73"/>
        <source>X = the State has taken the step; ? = references incomplete or not relevant; NA = does not apply; blank = no information.</source>
        <translation>X = 该国已采取该步骤；? = 依据不完整或不相关；NA = 不适用；空白 = 无信息。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="76"/>
        <source>A law of the register. To cite a law that is not listed, add it in Legislation first.</source>
        <translation>登记册中的法律。如要引用未列出的法律，请先在“立法”中添加。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="77"/>
        <source>The article or paragraph of the law that answers this field.</source>
        <translation>该法律中与此字段相应的条款或段落。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="78"/>
        <source>Add the chosen law and article to the field&apos;s legal references.</source>
        <translation>将所选法律和条款添加到该字段的法律依据中。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="80"/>
        <source>Remove the selected legal reference from this field; the law stays in the register.</source>
        <translation>从此字段中删除所选的法律依据；该法律仍保留在登记册中。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="83"/>
        <source>Where the Committee can check it: the page of the English version of the national report, or an official web site.</source>
        <translation>委员会可以核实之处：国家报告英文本的页码，或官方网站。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="86"/>
        <source>The national agency responsible for this field.</source>
        <translation>负责此字段的国家机构。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="87"/>
        <source>Save the value, references, source and remarks of this field (Ctrl+Enter).</source>
        <translation>保存此字段的值、依据、来源和备注（Ctrl+Enter）。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="91"/>
        <source>The current plan, or a version frozen when it was submitted (read-only).</source>
        <translation>当前计划，或提交时冻结的版本（只读）。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="93"/>
        <source>Keep this version of the plan, read-only, as submitted to the 1540 Committee. This cannot be undone.</source>
        <translation>将此版本的计划以只读方式保存为已提交给1540委员会的版本。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="96"/>
        <source>Keep the proposed action in the plan (proposed from gaps in the matrix).</source>
        <translation>在计划中保留拟议行动（根据矩阵中的缺口拟议）。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="97"/>
        <source>Start an assistance request from the selected action.</source>
        <translation>根据所选行动开始一项援助请求。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="98"/>
        <source>Only the actions with this status.</source>
        <translation>仅显示具有此状态的行动。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="99"/>
        <source>Only the actions of this agency.</source>
        <translation>仅显示此机构的行动。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="100"/>
        <source>Show the timeline by priority or by lead agency.</source>
        <translation>按优先事项或牵头机构显示时间表。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="104"/>
        <source>Start a request from an action of the plan marked as needing assistance.</source>
        <translation>根据计划中标记为需要援助的行动开始一项请求。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="107"/>
        <source>Record the next step of the selected request (sent, acknowledged, circulated…) with its date.</source>
        <translation>记录所选请求的下一步骤（已发送、已确认收到、已分发……）及其日期。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="110"/>
        <source>Link an offer of assistance to the selected request; the offers are ranked by how well they fit.</source>
        <translation>将一项援助提议关联到所选请求；援助提议按契合程度排序。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="112"/>
        <source>Only the requests at this step.</source>
        <translation>仅显示处于此步骤的请求。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="113"/>
        <source>Only the offers of the provider selected above.</source>
        <translation>仅显示上方所选提供方的援助提议。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="117"/>
        <source>Remove the link between the selected offer and this request; the offer stays in the register.</source>
        <translation>删除所选援助提议与此请求之间的关联；该援助提议仍保留在登记册中。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="119"/>
        <source>Remove the last step of the request, if it was entered by mistake.</source>
        <translation>如果请求的最近一个步骤是误录的，将其删除。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="122"/>
        <source>Only the laws with this status (in force, amended, repealed, draft).</source>
        <translation>仅显示具有此状态的法律（有效、已修订、已废止、草案）。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="125"/>
        <source>Only the points of contact of the agency selected above.</source>
        <translation>仅显示上方所选机构的联络点。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="129"/>
        <source>The document to write: the national report, the matrix, the action plan or an assistance request.</source>
        <translation>要编写的文件：国家报告、矩阵、行动计划或援助请求。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="133"/>
        <source>Ask for the workbook back by this date; after it, it is listed as overdue.</source>
        <translation>要求在此日期前交回工作簿；逾期后将列为逾期。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="138"/>
        <source>Only the fields you changed yourself after the workbook was sent; they are left unticked.</source>
        <translation>仅显示工作簿发送后您自己更改过的字段；这些字段默认不勾选。</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="142"/>
        <source>The date on which the document was sent to the 1540 Committee.</source>
        <translation>该文件送交1540委员会的日期。</translation>
    </message>
</context>
<context>
    <name>ViewKeys</name>
    <message>
        <location filename="../../ui/help.py" line="359"/>
        <source>Other commands</source>
        <translation>其他命令</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="364"/>
        <source>Implementation matrix</source>
        <translation>执行矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="374"/>
        <source>Set the selected cells to X (the step is taken)</source>
        <translation>将选定单元格设为 X（已采取步骤）</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="375"/>
        <source>Set the selected cells to ? (references incomplete or not relevant)</source>
        <translation>将选定单元格设为 ?（依据不完整或不相关）</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="376"/>
        <source>Set the selected cells to NA (does not apply)</source>
        <translation>将选定单元格设为 NA（不适用）</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="377"/>
        <source>Empty the selected cells (no information)</source>
        <translation>清空选定单元格（无信息）</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="382"/>
        <source>Go to the details of the field</source>
        <translation>转到字段的详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="383"/>
        <source>Apply the details of the field</source>
        <translation>应用字段的详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="384"/>
        <source>Next section</source>
        <translation>下一节</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="385"/>
        <source>Previous section</source>
        <translation>上一节</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="387"/>
        <source>Lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="389"/>
        <source>Edit the selected record</source>
        <translation>编辑选定的记录</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="392"/>
        <source>Delete the selected record</source>
        <translation>删除选定的记录</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/views/welcome.py" line="44"/>
        <source>Where to start</source>
        <translation>从何处着手</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="48"/>
        <source>This database holds nothing of the State yet. Choose how to begin; you can do the others later.</source>
        <translation>此数据库尚无该国的任何数据。请选择如何开始；其他事项可以以后再做。</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="60"/>
        <source>Set the State profile…</source>
        <translation>设置国家概况…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="61"/>
        <source>Name the State, its focal point and the dates of its reports to the Committee.</source>
        <translation>填写国家名称、国家协调人以及向委员会提交报告的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="66"/>
        <source>Start from the Committee&apos;s matrix…</source>
        <translation>从委员会的矩阵开始…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="67"/>
        <source>Import the State&apos;s matrix as the Committee published it (an Excel workbook in its layout).</source>
        <translation>导入委员会公布的本国矩阵（采用委员会格式的 Excel 工作簿）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="72"/>
        <source>Fill in the matrix</source>
        <translation>填写矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="73"/>
        <source>Answer the matrix field by field: X, ?, NA, with the laws that back each answer.</source>
        <translation>逐个字段填写矩阵：X、?、NA，并注明支持每项答复的法律。</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="78"/>
        <source>Open the training State</source>
        <translation>打开培训用国家</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="79"/>
        <source>Explore a fictional State filled in for workshops; your own database is not changed.</source>
        <translation>浏览一个为讲习班填写的虚构国家；您自己的数据库不会改变。</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="84"/>
        <source>Restore a package from your predecessor…</source>
        <translation>恢复前任交来的项目包…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="85"/>
        <source>Take over the work from the package (.un1540) your predecessor handed over.</source>
        <translation>根据前任交给您的项目包（.un1540）接手工作。</translation>
    </message>
</context>
<context>
    <name>WorkbookCounts</name>
    <message numerus="yes">
        <location filename="../../ui/models/workbook_table_model.py" line="50"/>
        <source>Imported on %1: %n change(s)</source>
        <translation>
            <numerusform>%1导入：%n项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/workbook_table_model.py" line="53"/>
        <source>Sent to %1 by %2, %n field(s).</source>
        <translation>
            <numerusform>由%2发送给%1，%n个字段。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkbookTableModel</name>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="67"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="70"/>
        <source>Sent on</source>
        <translation>发送日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="76"/>
        <source>Reply by</source>
        <translation>答复截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="80"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="82"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="84"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="85"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="117"/>
        <source>Awaited, overdue</source>
        <translation>待交回，已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="127"/>
        <source>The reply was expected by %1.</source>
        <translation>答复应于%1前提交。</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="133"/>
        <source>Note to the agency: %1</source>
        <translation>致机构的附言：%1</translation>
    </message>
</context>
<context>
    <name>WorkbooksView</name>
    <message>
        <location filename="../../ui/views/workbooks.py" line="48"/>
        <source>Agency workbooks</source>
        <translation>机构工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="52"/>
        <source>A workbook is an Excel file that asks an agency to check and complete the matrix fields it knows about. The agency fills in the white cells and sends the file back to you. When you import it, you see every change it proposes next to what the database holds; nothing changes until you accept the changes.</source>
        <translation>工作簿是一种Excel文件，请机构核查并填写其所了解的矩阵字段。机构填写白色单元格后将文件交回给您。导入时，您会看到其提议的每项更改与数据库现有内容的对照；在您接受更改之前，不会有任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="61"/>
        <source>The Committee&apos;s matrix can be imported the same way: the matrix as the 1540 Committee published it for your State, typed into Excel in the Committee&apos;s layout (the Excel export of the matrix from “Reports and exports” has that layout and serves as the blank form).</source>
        <translation>委员会矩阵也可以用同样方式导入：即1540委员会为贵国公布的矩阵，按委员会格式输入Excel（“报告和导出”中矩阵的Excel导出文件即采用该格式，可用作空白表格）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="70"/>
        <source>New workbook for an agency…</source>
        <translation>为机构新建工作簿…</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="73"/>
        <source>Choose the agency and the fields; the workbook is saved where you say, ready to send by e-mail.</source>
        <translation>选择机构和字段；工作簿将保存到您指定的位置，可直接通过电子邮件发送。</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="75"/>
        <source>Import a returned workbook…</source>
        <translation>导入交回的工作簿…</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="77"/>
        <source>Read a workbook an agency sent back and see what it would change.</source>
        <translation>读取机构交回的工作簿，查看其将作哪些更改。</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="78"/>
        <source>Import the Committee&apos;s matrix…</source>
        <translation>导入委员会矩阵…</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="82"/>
        <source>Read the Committee&apos;s matrix for your State, typed into Excel in the Committee&apos;s layout (one sheet per section A to D), and see what it would change.</source>
        <translation>读取委员会为贵国编制并按委员会格式输入Excel的矩阵（A至D每节一个工作表），查看其将作哪些更改。</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="86"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="89"/>
        <source>Stop waiting for the selected workbook: it can no longer be imported.</source>
        <translation>不再等待所选工作簿：此后将无法导入该工作簿。</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="118"/>
        <source>No workbook has been sent yet. Press “New workbook for an agency…” to prepare the first one.</source>
        <translation>尚未发送任何工作簿。点击“为机构新建工作簿…”准备第一份工作簿。</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="123"/>
        <source>Workbooks sent</source>
        <translation>已发送的工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="200"/>
        <source>Workbook for %1 written to %2 (%3). Send it to the agency; when it comes back, use “Import a returned workbook…”.</source>
        <translation>发给%1的工作簿已写入%2（%3）。请将其发送给该机构；交回后，请使用“导入交回的工作簿…”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="205"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n个字段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="279"/>
        <source>Nothing to import: %1 proposes no change to the data (%2).</source>
        <translation>没有可导入的内容：%1未提出任何数据更改（%2）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="281"/>
        <source>%n field(s) read</source>
        <translation>
            <numerusform>已读取%n个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="284"/>
        <source>%n of its answers are already in the database.</source>
        <translation>
            <numerusform>其中%n项答复已在数据库中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="296"/>
        <source>%n change(s) imported in %1 from %2.</source>
        <translation>
            <numerusform>已从%2导入%1中的%n项更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="297"/>
        <source>%n field(s)</source>
        <comment>in N fields</comment>
        <translation>
            <numerusform>%n个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="301"/>
        <source>%n change(s) were not accepted.</source>
        <translation>
            <numerusform>%n项更改未被接受。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="217"/>
        <source>Withdraw the workbook</source>
        <translation>撤回工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="219"/>
        <source>Stop waiting for the workbook sent to %1 on %2? It can no longer be imported afterwards; the answers in the database do not change.</source>
        <translation>不再等待%2发给%1的工作簿？此后将无法导入该工作簿；数据库中的答复不变。</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="233"/>
        <source>Import the Committee&apos;s matrix (Excel, in the Committee&apos;s layout)</source>
        <translation>导入委员会矩阵（Excel，采用委员会格式）</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="235"/>
        <source>Import a workbook returned by an agency</source>
        <translation>导入机构交回的工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="237"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="259"/>
        <source>%1 could not be read: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="264"/>
        <source>File not imported</source>
        <translation>文件未导入</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="268"/>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="287"/>
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="305"/>
        <source>Changes imported</source>
        <translation>更改已导入</translation>
    </message>
</context>
</TS>
