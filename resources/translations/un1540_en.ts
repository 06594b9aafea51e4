<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgenciesContactsView</name>
    <message numerus="yes">
        <location filename="../../ui/views/agencies_contacts.py" line="93"/>
        <source>%n point(s) of contact</source>
        <translation>
            <numerusform>%n point of contact</numerusform>
            <numerusform>%n points of contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/agencies_contacts.py" line="94"/>
        <source>%n matrix field(s)</source>
        <translation>
            <numerusform>%n matrix field</numerusform>
            <numerusform>%n matrix fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="61"/>
        <source>⚠ %n change(s) conflict with a change made here since the workbook was sent: they are not ticked. Tick one to replace what the database holds now.</source>
        <translation>
            <numerusform>⚠ %n change conflicts with a change made here since the workbook was sent: it is not ticked. Tick it to replace what the database holds now.</numerusform>
            <numerusform>⚠ %n changes conflict with a change made here since the workbook was sent: they are not ticked. Tick one to replace what the database holds now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="68"/>
        <source>⚠ %n change(s) would replace an answer the database already holds: they are not ticked. Tick one to replace what the database holds now.</source>
        <translation>
            <numerusform>⚠ %n change would replace an answer the database already holds: it is not ticked. Tick it to replace what the database holds now.</numerusform>
            <numerusform>⚠ %n changes would replace an answer the database already holds: they are not ticked. Tick one to replace what the database holds now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="155"/>
        <source>%n field(s) read</source>
        <translation>
            <numerusform>%n field read</numerusform>
            <numerusform>%n fields read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="156"/>
        <source>%n change(s) in %1</source>
        <translation>
            <numerusform>%n change in %1</numerusform>
            <numerusform>%n changes in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="157"/>
        <source>%n field(s)</source>
        <comment>in N fields</comment>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="159"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="162"/>
        <source>%n already in the database</source>
        <translation>
            <numerusform>%n already in the database</numerusform>
            <numerusform>%n already in the database</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="171"/>
        <source>Apply %n selected change(s)</source>
        <translation>
            <numerusform>Apply %n selected change</numerusform>
            <numerusform>Apply %n selected changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegislationView</name>
    <message numerus="yes">
        <location filename="../../ui/views/legislation.py" line="93"/>
        <source>Documents (%n)</source>
        <translation>
            <numerusform>Documents (%n)</numerusform>
            <numerusform>Documents (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/legislation.py" line="155"/>
        <source>This law is repealed, but %n matrix field(s) still cite it. Review each of them: cite the law that replaced it, or change the field&apos;s value.</source>
        <translation>
            <numerusform>This law is repealed, but %n matrix field still cites it. Review it: cite the law that replaced it, or change the field&apos;s value.</numerusform>
            <numerusform>This law is repealed, but %n matrix fields still cite it. Review each of them: cite the law that replaced it, or change the field&apos;s value.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="492"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="528"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixCounts</name>
    <message numerus="yes">
        <location filename="../../ui/models/matrix_table_model.py" line="34"/>
        <source>%n legal reference(s)</source>
        <translation>
            <numerusform>%n legal reference</numerusform>
            <numerusform>%n legal references</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="559"/>
        <source>%n field(s) found</source>
        <translation>
            <numerusform>%n field found</numerusform>
            <numerusform>%n fields found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="660"/>
        <source>%n draft action(s) added to the action plan for %1. Edit them there, then keep or delete them.</source>
        <translation>
            <numerusform>%n draft action added to the action plan for %1. Edit it there, then keep or delete it.</numerusform>
            <numerusform>%n draft actions added to the action plan for %1. Edit them there, then keep or delete them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="663"/>
        <source>%n field(s)</source>
        <comment>for N fields</comment>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewWorkbookDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/agency_workbook.py" line="205"/>
        <source>%n field(s) will be sent.</source>
        <translation>
            <numerusform>%n field will be sent.</numerusform>
            <numerusform>%n fields will be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/agency_workbook.py" line="219"/>
        <source>%1 / %n character(s)</source>
        <translation>
            <numerusform>%1 / %n character</numerusform>
            <numerusform>%1 / %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="309"/>
        <source>%n earlier</source>
        <translation>
            <numerusform>%n earlier</numerusform>
            <numerusform>%n earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="321"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="592"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="82"/>
        <source>%n matrix field(s)</source>
        <translation>
            <numerusform>%n matrix field</numerusform>
            <numerusform>%n matrix fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="83"/>
        <source>%n law(s)</source>
        <translation>
            <numerusform>%n law</numerusform>
            <numerusform>%n laws</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="84"/>
        <source>%n priority(ies) of the action plan</source>
        <translation>
            <numerusform>%n priority of the action plan</numerusform>
            <numerusform>%n priorities of the action plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="85"/>
        <source>%n action(s) of the action plan</source>
        <translation>
            <numerusform>%n action of the action plan</numerusform>
            <numerusform>%n actions of the action plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="86"/>
        <source>%n assistance request(s)</source>
        <translation>
            <numerusform>%n assistance request</numerusform>
            <numerusform>%n assistance requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="87"/>
        <source>%n assistance provider(s)</source>
        <translation>
            <numerusform>%n assistance provider</numerusform>
            <numerusform>%n assistance providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="88"/>
        <source>%n assistance offer(s)</source>
        <translation>
            <numerusform>%n assistance offer</numerusform>
            <numerusform>%n assistance offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="89"/>
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n agency</numerusform>
            <numerusform>%n agencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="90"/>
        <source>%n point(s) of contact</source>
        <translation>
            <numerusform>%n point of contact</numerusform>
            <numerusform>%n points of contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="123"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="125"/>
        <source>(%n not shown: type more words to narrow the search)</source>
        <translation>
            <numerusform>(%n not shown: type more words to narrow the search)</numerusform>
            <numerusform>(%n not shown: type more words to narrow the search)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message numerus="yes">
        <location filename="../../ui/views/settings.py" line="133"/>
        <source>Working translation of all %n interface message(s), not revised by the United Nations. Documents sent to the Committee use their own texts in each language.</source>
        <translation>
            <numerusform>Working translation of the %n interface message, not revised by the United Nations. Documents sent to the Committee use their own texts in each language.</numerusform>
            <numerusform>Working translation of all %n interface messages, not revised by the United Nations. Documents sent to the Committee use their own texts in each language.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/settings.py" line="149"/>
        <source>%n correction(s) of yours in use, from %1.</source>
        <translation>
            <numerusform>%n correction of yours in use, from %1.</numerusform>
            <numerusform>%n corrections of yours in use, from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkbookCounts</name>
    <message numerus="yes">
        <location filename="../../ui/models/workbook_table_model.py" line="50"/>
        <source>Imported on %1: %n change(s)</source>
        <translation>
            <numerusform>Imported on %1: %n change</numerusform>
            <numerusform>Imported on %1: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/workbook_table_model.py" line="53"/>
        <source>Sent to %1 by %2, %n field(s).</source>
        <translation>
            <numerusform>Sent to %1 by %2, %n field.</numerusform>
            <numerusform>Sent to %1 by %2, %n fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkbooksView</name>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="205"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="281"/>
        <source>%n field(s) read</source>
        <translation>
            <numerusform>%n field read</numerusform>
            <numerusform>%n fields read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="284"/>
        <source>%n of its answers are already in the database.</source>
        <translation>
            <numerusform>%n of its answers is already in the database.</numerusform>
            <numerusform>%n of its answers are already in the database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="296"/>
        <source>%n change(s) imported in %1 from %2.</source>
        <translation>
            <numerusform>%n change imported in %1 from %2.</numerusform>
            <numerusform>%n changes imported in %1 from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="297"/>
        <source>%n field(s)</source>
        <comment>in N fields</comment>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="301"/>
        <source>%n change(s) were not accepted.</source>
        <translation>
            <numerusform>%n change was not accepted.</numerusform>
            <numerusform>%n changes were not accepted.</numerusform>
        </translation>
    </message>
</context>
</TS>
