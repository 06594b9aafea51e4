<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgenciesContactsView</name>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="138"/>
        <source>National agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="144"/>
        <source>Points of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="146"/>
        <source>Only the selected agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="201"/>
        <source>Delete the agency “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="204"/>
        <source>%1 point(s) of contact and %2 matrix field(s) refer to it; they keep their data but will no longer be linked to an agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="207"/>
        <source>Delete agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="227"/>
        <source>Delete point of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="228"/>
        <source>Delete the point of contact “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="19"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="20"/>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="21"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="22"/>
        <source>Ministry or parent body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="23"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="24"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="19"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="20"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="21"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="22"/>
        <source>Agency or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="23"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="24"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="25"/>
        <source>Last confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/application.py" line="54"/>
        <source>The database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="55"/>
        <source>Nothing was changed. You can open another database file, or quit and restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="57"/>
        <source>Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="65"/>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="66"/>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="108"/>
        <source>The backup was not restored: %1

Your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="117"/>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="118"/>
        <source>The previous data was kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="32"/>
        <source>Welcome to 1540 Focal Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="35"/>
        <source>This application keeps your State&apos;s implementation matrix, national action plan, assistance requests and reports under Security Council resolution 1540 (2004) on this computer. First, tell it which State you work for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="54"/>
        <source>Type to search, e.g. Kenya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="60"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="61"/>
        <source>Focal point (your name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="62"/>
        <source>Title or function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="69"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="88"/>
        <source>Choose your State from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="21"/>
        <location filename="../../ui/dialogs/forms.py" line="39"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="22"/>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="23"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="24"/>
        <source>Ministry or parent body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="25"/>
        <source>Responsibilities under resolution 1540</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="26"/>
        <location filename="../../ui/dialogs/forms.py" line="43"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="27"/>
        <location filename="../../ui/dialogs/forms.py" line="44"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="28"/>
        <location filename="../../ui/dialogs/forms.py" line="45"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="29"/>
        <source>Web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="30"/>
        <location filename="../../ui/dialogs/forms.py" line="50"/>
        <location filename="../../ui/dialogs/forms.py" line="61"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="35"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="37"/>
        <source>Type of point of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="40"/>
        <source>Title or function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="41"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="42"/>
        <source>Other organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="42"/>
        <source>e.g. Permanent Mission in New York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="46"/>
        <source>Working languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="47"/>
        <source>Date notified to the Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="48"/>
        <source>Date last confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="49"/>
        <source>Training attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="56"/>
        <source>Focal point (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="57"/>
        <source>Focal point (title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="58"/>
        <source>Date of first national report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="59"/>
        <source>Date of Committee approval of the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="60"/>
        <source>National coordination mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="71"/>
        <source>Edit agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="74"/>
        <source>New agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="84"/>
        <source>Edit point of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="87"/>
        <source>New point of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="96"/>
        <source>State profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="10"/>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="11"/>
        <source>Regulatory authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Permanent Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>“%1” must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>“%1” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>“%1” has a value that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>“%1” is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Another record already has this “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Implementation matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>The Committee&apos;s matrix (sections A to D, nuclear / chemical / biological columns) with values, legal references, sources and remarks for every data field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>National Implementation Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Priorities and actions with agencies, dates, status and a timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Assistance requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Requests on the Committee&apos;s template, their lifecycle, and offers from providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Legislation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>National laws register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Constitution, laws, decrees, regulations and orders, and where the matrix cites them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Agencies and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Reports and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>The national report, the matrix, the action plan and assistance requests as PDF and Excel in the six UN languages, and the history of submissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>%1 · matrix template %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Database backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Database backups (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Replace all current data with the backup “%1”? The current data is kept aside in a copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>%1 %2

For national points of contact under UN Security Council resolution 1540 (2004).

Your data stays on this computer: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/views/overview.py" line="101"/>
        <source>Training State: fictional data for workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="110"/>
        <source>Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="119"/>
        <source>matrix fields answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="120"/>
        <source>national agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="121"/>
        <source>points of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="122"/>
        <source>laws in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="123"/>
        <source>answers without a legal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="130"/>
        <source>Reporting to the 1540 Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="139"/>
        <source>First national report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="140"/>
        <source>Additional information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="141"/>
        <source>Matrix approved by the Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="142"/>
        <source>Matrix template version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="156"/>
        <source>Implementation matrix: coverage by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="160"/>
        <source>%1 X: measure in place   %2 ?: references incomplete   %3 NA: not applicable   %4 blank: no information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="192"/>
        <source>(focal point not named yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="195"/>
        <source>Focal point: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="198"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="226"/>
        <source>Section %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="229"/>
        <source>X %1 · ? %2 · NA %3 · blank %4 (%5% answered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="137"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="212"/>
        <source>Unsaved text found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="213"/>
        <source>This form was being edited on %1 and was not saved. Restore that text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="247"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="248"/>
        <source>You have typed changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="81"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="83"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="84"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="85"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="34"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="40"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="43"/>
        <source>The interface is complete in English and French; the other UN languages show English where a translation is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="53"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="60"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="61"/>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="63"/>
        <source>Matrix template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="64"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="66"/>
        <source>Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="69"/>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingView</name>
    <message>
        <location filename="../../ui/views/upcoming.py" line="17"/>
        <source>Not available in this version yet. Your data for it will be kept in the same database file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
