<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="43"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="53"/>
        <source>Details for support</source>
        <translation>Detalles para el soporte técnico</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="57"/>
        <source>&amp;Copy the details</source>
        <translation>&amp;Copiar los detalles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="66"/>
        <source>Open the &amp;data folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="67"/>
        <source>Open the &amp;settings folder</source>
        <translation>Abrir la carpeta de &amp;configuración</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="68"/>
        <source>Open the &amp;fonts folder</source>
        <translation>Abrir la carpeta de &amp;fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="81"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="82"/>
        <source>Third-party licences</source>
        <translation>Licencias de terceros</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="96"/>
        <source>%1 includes the components below, each under its own licence. The licence texts are in English, as published.</source>
        <translation>%1 incluye los componentes que figuran a continuación, cada uno con su propia licencia. Los textos de las licencias están en inglés, tal como se publicaron.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="103"/>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="105"/>
        <source>Components and their licences</source>
        <translation>Componentes y sus licencias</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="115"/>
        <source>The licence files are not installed with this copy.</source>
        <translation>Los archivos de licencia no están instalados con esta copia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="144"/>
        <source>development copy, commit %1</source>
        <translation>copia de desarrollo, confirmación %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="144"/>
        <source>development copy</source>
        <translation>copia de desarrollo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="147"/>
        <source>%1, commit %2</source>
        <translation>%1, confirmación %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="151"/>
        <source>commit %1</source>
        <translation>confirmación %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="152"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="161"/>
        <source>%1, %2 of %3 messages translated</source>
        <translation>%1, %2 de %3 mensajes traducidos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="167"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="168"/>
        <source>Build</source>
        <translation>Compilación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="169"/>
        <source>Database file</source>
        <translation>Archivo de la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="170"/>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="171"/>
        <source>Journal mode</source>
        <translation>Modo de registro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="172"/>
        <source>Matrix template</source>
        <translation>Plantilla de la matriz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="176"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="177"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="178"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="179"/>
        <source>Settings folder</source>
        <translation>Carpeta de configuración</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="180"/>
        <source>Folder for extra fonts</source>
        <translation>Carpeta de fuentes adicionales</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="192"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../../ui/views/action_plan.py" line="50"/>
        <source>Edit plan…</source>
        <translation>Editar el plan…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="51"/>
        <source>Freeze as submitted…</source>
        <translation>Congelar como presentado…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="58"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="63"/>
        <source>Add priority…</source>
        <translation>Nueva prioridad…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="64"/>
        <source>Add &amp;action…</source>
        <translation>Nueva &amp;medida…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="66"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="68"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="69"/>
        <source>Keep proposal</source>
        <translation>Aceptar propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="70"/>
        <source>Request assistance…</source>
        <translation>Pedir asistencia…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="74"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="75"/>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="82"/>
        <source>Timeline by priority</source>
        <translation>Por prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="83"/>
        <source>Timeline by lead agency</source>
        <translation>Por organismo</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="161"/>
        <source>Submitted version, frozen on %1 (read-only)</source>
        <translation>Versión presentada, congelada el %1 (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="165"/>
        <source>Working version</source>
        <translation>Versión de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="172"/>
        <source>All lead agencies</source>
        <translation>Todos los organismos</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="208"/>
        <source>(untitled plan: use “Edit plan…”)</source>
        <translation>(plan sin título: utilice «Editar el plan…»)</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="211"/>
        <source>Period: %1 to %2</source>
        <translation>Período: del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="217"/>
        <source>Adopted by: %1</source>
        <translation>Aprobado por: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="222"/>
        <source>Submitted to the Committee: %1</source>
        <translation>Presentado al Comité: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="294"/>
        <source>Delete action</source>
        <translation>Eliminar la medida</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="295"/>
        <source>Delete the action “%1”?</source>
        <translation>¿Eliminar la medida «%1»?</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="300"/>
        <source>Delete priority</source>
        <translation>Eliminar la prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="301"/>
        <source>Delete this priority? Its actions stay in the plan, without a priority.</source>
        <translation>¿Eliminar esta prioridad? Sus medidas permanecen en el plan, sin prioridad.</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="316"/>
        <location filename="../../ui/views/action_plan.py" line="326"/>
        <source>Freeze the plan</source>
        <translation>Congelar el plan</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="318"/>
        <source>Freeze this version as submitted to the Committee on %1? It becomes read-only and stays viewable; you continue working on a copy.</source>
        <translation>¿Congelar esta versión como presentada al Comité el %1? Pasará a ser de solo lectura y podrá seguir consultándose; usted continuará trabajando en una copia.</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="337"/>
        <source>Request assistance</source>
        <translation>Solicitar asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="339"/>
        <source>An assistance request already exists for this action (see Assistance). Make another one, for another subject area?</source>
        <translation>Ya existe una solicitud de asistencia para esta medida (véase Asistencia). ¿Preparar otra, para otra esfera?</translation>
    </message>
</context>
<context>
    <name>ActionTreeModel</name>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="27"/>
        <source>Priority / action</source>
        <translation>Prioridad / medida</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="28"/>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="29"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="30"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="31"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="32"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="33"/>
        <source>Matrix fields</source>
        <translation>Campos de la matriz</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="124"/>
        <source>(no priority)</source>
        <translation>(sin prioridad)</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="134"/>
        <source>Proposal: </source>
        <translation>Propuesta: </translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="143"/>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
</context>
<context>
    <name>AgenciesContactsView</name>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="26"/>
        <source>National agencies</source>
        <translation>Organismos nacionales</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="29"/>
        <source>Points of contact</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="31"/>
        <source>Only the selected agency</source>
        <translation>Solo el organismo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="89"/>
        <source>Delete the agency “%1”?</source>
        <translation>¿Eliminar el organismo «%1»?</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="92"/>
        <source>%1 and %2 refer to it; they keep their data but will no longer be linked to an agency.</source>
        <translation>%1 y %2 hacen referencia a él; conservarán sus datos, pero ya no estarán vinculados a ningún organismo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/agencies_contacts.py" line="93"/>
        <source>%n point(s) of contact</source>
        <translation>
            <numerusform>%n punto de contacto</numerusform>
            <numerusform>%n puntos de contacto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/agencies_contacts.py" line="94"/>
        <source>%n matrix field(s)</source>
        <translation>
            <numerusform>%n campo de la matriz</numerusform>
            <numerusform>%n campos de la matriz</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="97"/>
        <source>Delete agency</source>
        <translation>Eliminar el organismo</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="113"/>
        <source>Delete point of contact</source>
        <translation>Eliminar el punto de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="114"/>
        <source>Delete the point of contact “%1”?</source>
        <translation>¿Eliminar el punto de contacto «%1»?</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="19"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="20"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="21"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="22"/>
        <source>Ministry or parent body</source>
        <translation>Ministerio u órgano superior</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="23"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="24"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>AssistanceModels</name>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="35"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="37"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="39"/>
        <source>To complete</source>
        <translation>Por completar</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="40"/>
        <source>One-year follow-up</source>
        <translation>Seguimiento al año</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="41"/>
        <location filename="../../ui/models/assistance_models.py" line="105"/>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="42"/>
        <source>Sent on</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="44"/>
        <source>Area</source>
        <translation>Esfera</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="48"/>
        <location filename="../../ui/models/assistance_models.py" line="101"/>
        <location filename="../../ui/models/assistance_models.py" line="122"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="79"/>
        <source>A year has passed since the request was sent: the Chair will ask whether it has been met. Prepare the answer.</source>
        <translation>Ha transcurrido un año desde el envío de la solicitud: la Presidencia del Comité preguntará si se ha atendido. Prepare la respuesta.</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="99"/>
        <location filename="../../ui/models/assistance_models.py" line="119"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="103"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="104"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="118"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="127"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="131"/>
        <source>Areas</source>
        <translation>Esferas</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="133"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="134"/>
        <source>Requests linked</source>
        <translation>Solicitudes vinculadas</translation>
    </message>
</context>
<context>
    <name>AssistanceView</name>
    <message>
        <location filename="../../ui/views/assistance.py" line="123"/>
        <source>Assistance requests</source>
        <translation>Solicitudes de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="126"/>
        <source>New request…</source>
        <translation>Nueva solicitud…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="127"/>
        <source>From the action plan…</source>
        <translation>Desde el plan…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="129"/>
        <source>Change status…</source>
        <translation>Cambiar estado…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="131"/>
        <source>Link offer…</source>
        <translation>Vincular oferta…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="135"/>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="136"/>
        <source>Open requests</source>
        <translation>Solicitudes en curso</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="137"/>
        <source>One-year follow-up due</source>
        <translation>Seguimiento pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="166"/>
        <source>Assistance providers</source>
        <translation>Proveedores de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="170"/>
        <source>Published offers</source>
        <translation>Ofertas publicadas</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="172"/>
        <source>Only the selected provider</source>
        <translation>Solo el proveedor seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="182"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="183"/>
        <source>Providers and offers</source>
        <translation>Proveedores y ofertas</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="294"/>
        <source>Select a request to see what it still lacks, its offers and its history.</source>
        <translation>Seleccione una solicitud para ver lo que aún le falta, sus ofertas y su historial.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="304"/>
        <source>Requesting State: %1</source>
        <translation>Estado solicitante: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="305"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="309"/>
        <source>Sent on %1, note verbale %2</source>
        <translation>Enviada el %1, nota verbal %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="315"/>
        <source>One-year follow-up by the Chair: %1</source>
        <translation>Seguimiento al año por la Presidencia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="327"/>
        <source>Nothing missing: the request can be marked ready and sent.</source>
        <translation>No falta nada: la solicitud puede marcarse como lista y enviarse.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="339"/>
        <source>No offer linked yet. “Link offer…” lists the register&apos;s offers, best fit first.</source>
        <translation>Todavía no hay ninguna oferta vinculada. «Vincular oferta…» muestra las ofertas del registro, empezando por las más adecuadas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="343"/>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="354"/>
        <source>Changes to the content</source>
        <translation>Cambios en el contenido</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="361"/>
        <source>Request created</source>
        <translation>Solicitud creada</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="368"/>
        <source>Changed by %1</source>
        <translation>Modificada por %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="413"/>
        <source>Delete the request “%1” with its history and links to offers?</source>
        <translation>¿Eliminar la solicitud «%1» con su historial y sus vínculos con ofertas?</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="416"/>
        <source>This request was sent to the Committee. To keep its record, mark it withdrawn instead of deleting it.</source>
        <translation>Esta solicitud se envió al Comité. Para conservar su constancia, márquela como retirada en lugar de eliminarla.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="418"/>
        <source>Delete request</source>
        <translation>Eliminar la solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="438"/>
        <source>Cancel the last status change</source>
        <translation>Anular el último cambio de estado</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="439"/>
        <source>Cancel the change to “%1” of %2? The request goes back to “%3”.</source>
        <translation>¿Anular el paso a «%1» del %2? La solicitud vuelve a «%3».</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="458"/>
        <source>Link offer</source>
        <translation>Vincular oferta</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="465"/>
        <source>Unlink offer</source>
        <translation>Desvincular la oferta</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="465"/>
        <source>Remove the link between this offer and the request?</source>
        <translation>¿Suprimir el vínculo entre esta oferta y la solicitud?</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="479"/>
        <source>Delete provider</source>
        <translation>Eliminar el proveedor</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="481"/>
        <source>Delete the provider “%1” with its offers? Requests keep their content but lose their links to these offers.</source>
        <translation>¿Eliminar el proveedor «%1» con sus ofertas? Las solicitudes conservan su contenido, pero pierden sus vínculos con esas ofertas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="497"/>
        <source>Delete offer</source>
        <translation>Eliminar la oferta</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="498"/>
        <source>Delete the offer “%1”?</source>
        <translation>¿Eliminar la oferta «%1»?</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="115"/>
        <location filename="../../ui/dialogs/backups.py" line="135"/>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="118"/>
        <source>The backup is one file holding the whole database and every attached document. Keep it on another disk or a USB key.</source>
        <translation>La copia de seguridad es un único archivo que contiene toda la base de datos y cada documento adjunto. Guárdela en otro disco o en una memoria USB.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="126"/>
        <source>Back up the database</source>
        <translation>Hacer una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="127"/>
        <source>Project packages (*.un1540)</source>
        <translation>Paquetes del proyecto (*.un1540)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="128"/>
        <source>Encrypt with a passphrase</source>
        <translation>Cifrar con una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="156"/>
        <source>Choose where to write the backup.</source>
        <translation>Elija dónde escribir la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="67"/>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="21"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="24"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="25"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="28"/>
        <source>Agency or organisation</source>
        <translation>Organismo u organización</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="31"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="32"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="33"/>
        <source>Last confirmed</source>
        <translation>Última confirmación</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/application.py" line="57"/>
        <source>%1 is damaged: SQLite found damaged pages (%2).</source>
        <translation>%1 está dañado: SQLite encontró páginas dañadas (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="127"/>
        <location filename="../../ui/application.py" line="283"/>
        <location filename="../../ui/application.py" line="435"/>
        <location filename="../../ui/application.py" line="482"/>
        <source>The database cannot be opened.</source>
        <translation>No se puede abrir la base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="133"/>
        <source>Nothing was changed. You can restore a backup (the current file is kept aside), open another database file, or quit.</source>
        <translation>No se ha modificado nada. Puede restaurar una copia de seguridad (el archivo actual se conserva aparte), abrir otro archivo de base de datos o salir.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="138"/>
        <source>Nothing was changed. You can open another database file, or quit.</source>
        <translation>No se ha modificado nada. Puede abrir otro archivo de base de datos o salir.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="142"/>
        <source>Restore the newest good backup (%1)</source>
        <translation>Restaurar la copia válida más reciente (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="146"/>
        <source>Restore from a file…</source>
        <translation>Restaurar desde un archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="147"/>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="148"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="160"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="162"/>
        <source>Backups (*.un1540 *.sqlite3 *.db);;All files (*)</source>
        <translation>Copias de seguridad (*.un1540 *.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="170"/>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="172"/>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="203"/>
        <location filename="../../ui/application.py" line="487"/>
        <source>The backup was not restored: %1</source>
        <translation>No se restauró la copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="209"/>
        <location filename="../../ui/application.py" line="505"/>
        <location filename="../../ui/application.py" line="509"/>
        <source>The backup was restored.</source>
        <translation>Se restauró la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="210"/>
        <location filename="../../ui/application.py" line="510"/>
        <source>The previous data was kept in %1</source>
        <translation>Los datos anteriores se conservaron en %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="221"/>
        <source>Your settings could not be saved in %1 (%2).</source>
        <translation>No se pudo guardar su configuración en %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="372"/>
        <source>The daily backup could not be written: %1</source>
        <translation>No se pudo escribir la copia de seguridad diaria: %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="376"/>
        <source>Today&apos;s backup was written to %1</source>
        <translation>La copia de seguridad de hoy se escribió en %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="383"/>
        <source>The database is damaged: no backup of it was written.</source>
        <translation>La base de datos está dañada: no se escribió ninguna copia de seguridad de ella.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="390"/>
        <source>The database is damaged. Today&apos;s backup was not written, and the earlier backups are kept.</source>
        <translation>La base de datos está dañada. No se escribió la copia de seguridad de hoy y se conservan las copias anteriores.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="398"/>
        <source>Restore a backup now: changes made since that backup will have to be made again. The damaged data is kept aside.</source>
        <translation>Restaure ahora una copia de seguridad: los cambios realizados desde esa copia deberán hacerse de nuevo. Los datos dañados se conservan aparte.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="403"/>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="404"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="494"/>
        <source>The backup was not restored: the database is open in another window or program. Close it and try again; your data is unchanged.</source>
        <translation>No se restauró la copia de seguridad: la base de datos está abierta en otra ventana u otro programa. Ciérrela y vuelva a intentarlo; sus datos no han cambiado.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="502"/>
        <source>The backup was not restored: %1

Your data is unchanged.</source>
        <translation>No se restauró la copia de seguridad: %1

Sus datos no han cambiado.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="529"/>
        <source>Something went wrong: %1

Your saved data is safe; the last action may not have been completed.</source>
        <translation>Se produjo un error: %1

Sus datos guardados están intactos; es posible que la última operación no se haya completado.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="51"/>
        <source>No document is attached. Attach the text of the law, the gazette page or any document that proves the answer: it is kept with the data and in every backup.</source>
        <translation>No hay ningún documento adjunto. Adjunte el texto de la ley, la página del diario oficial o cualquier documento que justifique la respuesta: se conserva con los datos y en cada copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="56"/>
        <source>Attach a document…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="57"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="58"/>
        <source>Save a copy…</source>
        <translation>Guardar copia…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="59"/>
        <location filename="../../ui/widgets/documents_panel.py" line="173"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="113"/>
        <source>Attach documents</source>
        <translation>Adjuntar documentos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="113"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="121"/>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="122"/>
        <source>“%1” was not attached: %2</source>
        <translation>No se adjuntó «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="133"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="157"/>
        <location filename="../../ui/widgets/documents_panel.py" line="163"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="174"/>
        <source>Remove “%1” from this record? Backups made before keep it.</source>
        <translation>¿Quitar «%1» de este registro? Las copias de seguridad anteriores lo conservan.</translation>
    </message>
</context>
<context>
    <name>EmptyGuidance</name>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="169"/>
        <location filename="../../ui/widgets/empty_state.py" line="184"/>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="184"/>
        <source>No action matches the filter.</source>
        <translation>Ninguna medida coincide con el filtro.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="186"/>
        <source>This version of the plan has no action.</source>
        <translation>Esta versión del plan no tiene ninguna medida.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="189"/>
        <source>The plan has no priority yet. Add the first priority, then its actions.</source>
        <translation>El plan aún no tiene ninguna prioridad. Añada la primera prioridad y luego sus medidas.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="190"/>
        <source>Add a priority…</source>
        <translation>Añadir una prioridad…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="194"/>
        <source>No action yet. Add the actions that will close the gaps of the matrix.</source>
        <translation>Aún no hay medidas. Añada las medidas que subsanarán las lagunas de la matriz.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="195"/>
        <source>Add an action…</source>
        <translation>Añadir una medida…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="230"/>
        <source>No agency matches the filter.</source>
        <translation>Ningún organismo coincide con el filtro.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="231"/>
        <source>No national agency yet. Add the agencies that take part in implementing resolution 1540.</source>
        <translation>Aún no hay organismos nacionales. Añada los organismos que participan en la aplicación de la resolución 1540.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="232"/>
        <source>Add an agency…</source>
        <translation>Añadir un organismo…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="236"/>
        <source>No point of contact matches the filter.</source>
        <translation>Ningún punto de contacto coincide con el filtro.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="237"/>
        <source>No point of contact yet. Add the people the Committee and other States can reach.</source>
        <translation>Aún no hay puntos de contacto. Añada las personas a las que pueden dirigirse el Comité y otros Estados.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="238"/>
        <source>Add a point of contact…</source>
        <translation>Añadir un punto de contacto…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="244"/>
        <source>No law matches the filter.</source>
        <translation>Ningún texto jurídico coincide con el filtro.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="245"/>
        <source>No law in the register yet. Add the laws that give effect to resolution 1540.</source>
        <translation>Aún no hay textos en el registro. Añada las leyes que dan efecto a la resolución 1540.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="246"/>
        <source>Add a law…</source>
        <translation>Añadir un texto jurídico…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="252"/>
        <source>No request matches the filter.</source>
        <translation>Ninguna solicitud coincide con el filtro.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="253"/>
        <source>No assistance request yet. Prepare one on the Committee&apos;s template.</source>
        <translation>Aún no hay solicitudes de asistencia. Prepare una con el modelo del Comité.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="254"/>
        <source>New request…</source>
        <translation>Nueva solicitud…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="259"/>
        <source>No provider matches the filter.</source>
        <translation>Ningún proveedor coincide con el filtro.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="260"/>
        <source>No assistance provider yet. Add the States and organizations that offer assistance.</source>
        <translation>Aún no hay proveedores de asistencia. Añada los Estados y las organizaciones que ofrecen asistencia.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="261"/>
        <source>Add a provider…</source>
        <translation>Añadir un proveedor…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="265"/>
        <source>No offer matches the filter.</source>
        <translation>Ninguna oferta coincide con el filtro.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="266"/>
        <source>No published offer yet. Add the offers of assistance that providers have published.</source>
        <translation>Aún no hay ofertas publicadas. Añada las ofertas de asistencia que han publicado los proveedores.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="267"/>
        <source>Add an offer…</source>
        <translation>Añadir una oferta…</translation>
    </message>
</context>
<context>
    <name>FieldDetail</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="124"/>
        <source>Article, e.g. Art. 12(3)</source>
        <translation>Artículo, p. ej. art. 12 3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="125"/>
        <source>Cite</source>
        <translation>Citar</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="129"/>
        <source>Remove reference</source>
        <translation>Quitar la referencia</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="138"/>
        <source>Page of the national report, or official web site</source>
        <translation>Página del informe nacional o sitio web oficial</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="151"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="164"/>
        <source>Discard recovered text</source>
        <translation>Descartar el texto recuperado</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="171"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="178"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="179"/>
        <source>Legal references</source>
        <translation>Referencias jurídicas</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="181"/>
        <source>Cite a &amp;law</source>
        <translation>Citar un &amp;texto</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="182"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="183"/>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="184"/>
        <source>Responsible agency</source>
        <translation>Organismo responsable</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="189"/>
        <source>Actions in the plan</source>
        <translation>Medidas del plan</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="190"/>
        <source>Last reviewed</source>
        <translation>Último examen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="192"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="193"/>
        <source>Ratification or accession</source>
        <translation>Ratificación o adhesión</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="194"/>
        <source>Entry into force</source>
        <translation>Entrada en vigor</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="195"/>
        <source>Adherence details</source>
        <translation>Detalles sobre la adhesión</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="277"/>
        <source>Select a field of the matrix.</source>
        <translation>Seleccione un campo de la matriz.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="287"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="309"/>
        <source>No action in the plan yet</source>
        <translation>Aún no hay medidas en el plan</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="320"/>
        <source>Text typed on %1 was not applied (the application was closed or stopped). It is shown below: Apply to keep it.</source>
        <translation>El texto escrito el %1 no se aplicó (la aplicación se cerró o se detuvo). Se muestra a continuación: haga clic en Aplicar para conservarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="356"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
</context>
<context>
    <name>FileOffer</name>
    <message>
        <location filename="../../ui/open_file.py" line="90"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="91"/>
        <source>Restore the package “%1”? Your current data will be kept aside as a package first.</source>
        <translation>¿Restaurar el paquete «%1»? Sus datos actuales se conservarán antes aparte en un paquete.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="99"/>
        <source>No State is set up yet in %1: it will hold the data of the package.</source>
        <translation>Todavía no hay ningún Estado configurado en %1: contendrá los datos del paquete.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="101"/>
        <source>All the data in %1 will be replaced by the data of the package.</source>
        <translation>Todos los datos de %1 se reemplazarán por los del paquete.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="103"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="144"/>
        <source>“%1” does not exist: it may have been moved, renamed or deleted, or its drive is not connected. Nothing was opened.</source>
        <translation>«%1» no existe: puede que se haya movido, cambiado de nombre o eliminado, o que su unidad no esté conectada. No se ha abierto nada.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="148"/>
        <source>“%1” is a folder, not a file. Nothing was opened.</source>
        <translation>«%1» es una carpeta, no un archivo. No se ha abierto nada.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="150"/>
        <source>“%1” is not a regular file (a pipe, a device or a socket). Nothing was opened.</source>
        <translation>«%1» no es un archivo normal (es una tubería, un dispositivo o un socket). No se ha abierto nada.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="155"/>
        <source>“%1” cannot be read (%2). Nothing was opened.</source>
        <translation>No se puede leer «%1» (%2). No se ha abierto nada.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="159"/>
        <source>“%1” is not a file this application opens. It opens a database (.sqlite3), a backup package (.un1540), or an Excel workbook returned by an agency or the Committee&apos;s matrix (.xlsx). Nothing was changed.</source>
        <translation>«%1» no es un archivo que abra esta aplicación. Abre una base de datos (.sqlite3), un paquete de copia de seguridad (.un1540) o un libro de Excel devuelto por un organismo o la matriz del Comité (.xlsx). No se ha modificado nada.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="111"/>
        <location filename="../../ui/dialogs/first_start.py" line="140"/>
        <source>Welcome to 1540 Focal Point</source>
        <translation>Le damos la bienvenida a 1540 Focal Point</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="113"/>
        <source>Choose the language of the interface. You can change it later in Settings.</source>
        <translation>Elija el idioma de la interfaz. Podrá cambiarlo más tarde en Configuración.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="115"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="143"/>
        <source>This application keeps your State&apos;s implementation matrix, national action plan, assistance requests and reports under Security Council resolution 1540 (2004) on this computer. First, tell it which State you work for.</source>
        <translation>Esta aplicación conserva en esta computadora la matriz de aplicación, el plan de acción nacional, las solicitudes de asistencia y los informes de su Estado relativos a la resolución 1540 (2004) del Consejo de Seguridad. Primero, indique para qué Estado trabaja.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="162"/>
        <source>Type to search, e.g. Kenya</source>
        <translation>Escriba para buscar, p. ej. Kenya</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="168"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="169"/>
        <source>Focal point (your name)</source>
        <translation>Coordinador (su nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="170"/>
        <source>Title or function</source>
        <translation>Cargo o función</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="177"/>
        <source>Start</source>
        <translation>Comenzar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="181"/>
        <source>Try the training State (Republic of Examplia) first</source>
        <translation>Probar primero el Estado de capacitación (República de Examplia)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="207"/>
        <source>Choose your State from the list.</source>
        <translation>Elija su Estado en la lista.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="28"/>
        <location filename="../../ui/dialogs/forms.py" line="52"/>
        <location filename="../../ui/dialogs/forms.py" line="505"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="29"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="31"/>
        <location filename="../../ui/dialogs/forms.py" line="77"/>
        <location filename="../../ui/dialogs/forms.py" line="506"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="33"/>
        <source>Ministry or parent body</source>
        <translation>Ministerio u órgano superior</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="34"/>
        <source>Responsibilities under resolution 1540</source>
        <translation>Competencias en virtud de la resolución 1540</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="35"/>
        <location filename="../../ui/dialogs/forms.py" line="60"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="36"/>
        <location filename="../../ui/dialogs/forms.py" line="61"/>
        <location filename="../../ui/dialogs/forms.py" line="509"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="37"/>
        <location filename="../../ui/dialogs/forms.py" line="62"/>
        <location filename="../../ui/dialogs/forms.py" line="508"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="38"/>
        <location filename="../../ui/dialogs/forms.py" line="510"/>
        <source>Web site</source>
        <translation>Sitio web</translation>
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
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="44"/>
        <location filename="../../ui/dialogs/forms.py" line="287"/>
        <location filename="../../ui/dialogs/forms.py" line="304"/>
        <location filename="../../ui/dialogs/forms.py" line="371"/>
        <location filename="../../ui/dialogs/forms.py" line="445"/>
        <location filename="../../ui/dialogs/forms.py" line="538"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="48"/>
        <source>Type of point of contact</source>
        <translation>Tipo de punto de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="53"/>
        <source>Title or function</source>
        <translation>Cargo o función</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="54"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="57"/>
        <source>Other organisation</source>
        <translation>Otra organización</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="58"/>
        <source>e.g. Permanent Mission in New York</source>
        <translation>p. ej. Misión Permanente en Nueva York</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="63"/>
        <source>Working languages</source>
        <translation>Idiomas de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="64"/>
        <source>Date notified to the Committee</source>
        <translation>Fecha de notificación al Comité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="65"/>
        <source>Date last confirmed</source>
        <translation>Fecha de la última confirmación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="66"/>
        <source>Training attended</source>
        <translation>Capacitación recibida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="73"/>
        <source>Title (original language)</source>
        <translation>Título (idioma original)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="74"/>
        <source>Title in English</source>
        <translation>Título en inglés</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="81"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="82"/>
        <source>Date adopted</source>
        <translation>Fecha de aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="83"/>
        <source>Date of entry into force</source>
        <translation>Fecha de entrada en vigor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="84"/>
        <source>Official gazette reference</source>
        <translation>Referencia del diario oficial</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="86"/>
        <source>Link or file</source>
        <translation>Enlace o archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="86"/>
        <source>https://… or a file path</source>
        <translation>https://… o ruta de un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="90"/>
        <location filename="../../ui/dialogs/forms.py" line="321"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="100"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="101"/>
        <source>Focal point (name)</source>
        <translation>Coordinador (nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="102"/>
        <source>Focal point (title)</source>
        <translation>Coordinador (cargo)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="103"/>
        <source>Date of first national report</source>
        <translation>Fecha del primer informe nacional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="106"/>
        <source>Dates of additional information</source>
        <translation>Fechas de la información adicional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="107"/>
        <location filename="../../ui/dialogs/forms.py" line="238"/>
        <source>YYYY-MM-DD, YYYY-MM-DD, …</source>
        <translation>AAAA-MM-DD, AAAA-MM-DD, …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="109"/>
        <source>Date of Committee approval of the matrix</source>
        <translation>Fecha de aprobación de la matriz por el Comité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="110"/>
        <source>National coordination mechanism</source>
        <translation>Mecanismo nacional de coordinación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="153"/>
        <source>Edit agency</source>
        <translation>Editar el organismo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="153"/>
        <source>New agency</source>
        <translation>Nuevo organismo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="172"/>
        <source>Edit point of contact</source>
        <translation>Editar el punto de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="172"/>
        <source>New point of contact</source>
        <translation>Nuevo punto de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="193"/>
        <source>Edit law</source>
        <translation>Editar el texto jurídico</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="193"/>
        <source>New law</source>
        <translation>Nuevo texto jurídico</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="220"/>
        <source>State profile</source>
        <translation>Perfil del Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="228"/>
        <source>Title of the plan</source>
        <translation>Título del plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="229"/>
        <source>Period from</source>
        <translation>Período desde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="230"/>
        <source>Period to</source>
        <translation>Período hasta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="231"/>
        <source>Adopting authority</source>
        <translation>Autoridad que lo aprobó</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="232"/>
        <source>Decision adopting the plan</source>
        <translation>Decisión de aprobación del plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="233"/>
        <source>Coordination mechanism</source>
        <translation>Mecanismo de coordinación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="234"/>
        <source>Date submitted to the Committee</source>
        <translation>Fecha de presentación al Comité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="237"/>
        <source>Review dates</source>
        <translation>Fechas de examen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="248"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="257"/>
        <location filename="../../ui/dialogs/forms.py" line="285"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="258"/>
        <location filename="../../ui/dialogs/forms.py" line="290"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="260"/>
        <source>Edit priority</source>
        <translation>Editar la prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="260"/>
        <source>New priority</source>
        <translation>Nueva prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="289"/>
        <source>Action or project</source>
        <translation>Medida o proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="293"/>
        <source>Operative paragraphs</source>
        <translation>Párrafos de la parte dispositiva</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="298"/>
        <location filename="../../ui/dialogs/forms.py" line="549"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="302"/>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="308"/>
        <source>Supporting agencies</source>
        <translation>Organismos de apoyo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="314"/>
        <source>Matrix fields this action closes</source>
        <translation>Campos de la matriz que subsana esta medida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="318"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="319"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="323"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="324"/>
        <source>Expected output</source>
        <translation>Producto previsto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="325"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="326"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="327"/>
        <source>Funding source</source>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="328"/>
        <source>Assistance needed</source>
        <translation>Asistencia necesaria</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="338"/>
        <source>Edit action</source>
        <translation>Editar la medida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="338"/>
        <source>New action</source>
        <translation>Nueva medida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="385"/>
        <source>What exactly: which law or regulation, how many people to train and from which agencies, which equipment and how many units.</source>
        <translation>Qué exactamente: qué ley o reglamento, cuántas personas deben capacitarse y de qué organismos, qué equipo y cuántas unidades.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="395"/>
        <source>What exists already: laws in force, institutions, equipment, trained staff; and what is missing.</source>
        <translation>Lo que ya existe: leyes en vigor, instituciones, equipo, personal capacitado; y lo que falta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="404"/>
        <source>What the assistance should achieve.</source>
        <translation>Lo que debe lograr la asistencia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="410"/>
        <source>Results that can be checked: a law adopted, 40 officers trained, 4 detectors installed.</source>
        <translation>Resultados verificables: una ley aprobada, 40 funcionarios capacitados, 4 detectores instalados.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="420"/>
        <source>e.g. 3 missions of 5 days in the first half of 2027</source>
        <translation>p. ej. 3 misiones de 5 días en el primer semestre de 2027</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="426"/>
        <source>Experts and days, equipment, approximate cost, national contribution.</source>
        <translation>Expertos y días, equipo, costo aproximado, contribución nacional.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="432"/>
        <source>From whom, when, on what; write “None” if there is none.</source>
        <translation>De quién, cuándo, sobre qué; escriba «Ninguna» si no la hay.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="477"/>
        <source>Edit assistance request</source>
        <translation>Editar la solicitud de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="477"/>
        <source>New assistance request</source>
        <translation>Nueva solicitud de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="507"/>
        <source>Contact person or office</source>
        <translation>Persona u oficina de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="517"/>
        <source>Edit provider</source>
        <translation>Editar el proveedor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="517"/>
        <source>New provider</source>
        <translation>Nuevo proveedor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="536"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="541"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="544"/>
        <source>Type of assistance</source>
        <translation>Tipo de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="551"/>
        <source>Areas</source>
        <translation>Esferas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="554"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="555"/>
        <source>e.g. Africa; Central Asia; global</source>
        <translation>p. ej. África; Asia Central; mundial</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="557"/>
        <source>Subjects</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="558"/>
        <source>Contact for the offer</source>
        <translation>Contacto para la oferta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="559"/>
        <source>Date published</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="568"/>
        <source>Edit offer</source>
        <translation>Editar la oferta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="568"/>
        <source>New offer</source>
        <translation>Nueva oferta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="587"/>
        <source>Type of report</source>
        <translation>Tipo de informe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="590"/>
        <source>First national report</source>
        <translation>Primer informe nacional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="591"/>
        <source>Additional information (a later report)</source>
        <translation>Información adicional (un informe posterior)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="596"/>
        <source>Note verbale reference</source>
        <translation>Referencia de la nota verbal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="597"/>
        <source>the reference of the covering note verbale</source>
        <translation>la referencia de la nota verbal de transmisión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="599"/>
        <source>Date of the report</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="602"/>
        <source>Committee&apos;s note answered: reference</source>
        <translation>Nota del Comité a la que se responde: referencia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="603"/>
        <source>if the report answers a note of the Committee; the covering note cites it</source>
        <translation>si el informe responde a una nota del Comité; la nota de transmisión la cita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="605"/>
        <source>Committee&apos;s note answered: date</source>
        <translation>Nota del Comité a la que se responde: fecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="608"/>
        <source>National context (introduction)</source>
        <translation>Contexto nacional (introducción)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="610"/>
        <source>Leave an empty line between paragraphs; each becomes a numbered paragraph.</source>
        <translation>Deje una línea en blanco entre los párrafos; cada uno pasa a ser un párrafo numerado.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="616"/>
        <source>Other measures (OP 6 to 10)</source>
        <translation>Otras medidas (párrs. 6 a 10)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="618"/>
        <source>Control lists, outreach, cooperation… Leave an empty line between paragraphs.</source>
        <translation>Listas de control, divulgación, cooperación… Deje una línea en blanco entre los párrafos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="631"/>
        <source>Text of the national report</source>
        <translation>Texto del informe nacional</translation>
    </message>
</context>
<context>
    <name>FromActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="161"/>
        <source>Request assistance for an action of the plan</source>
        <translation>Solicitar asistencia para una medida del plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="168"/>
        <source>due %1</source>
        <translation>plazo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="170"/>
        <source>a request exists already</source>
        <translation>ya existe una solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="176"/>
        <source>Actions of the plan marked “assistance needed”. The request starts with the action&apos;s area, scope, agencies, timeframe and matrix fields; you then add what makes it specific enough to be matched.</source>
        <translation>Medidas del plan marcadas «asistencia necesaria». La solicitud retoma la esfera, el alcance, los organismos, el plazo y los campos de la matriz de la medida; usted añade después lo que la hace lo bastante precisa para encontrar una oferta adecuada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="184"/>
        <source>No action of the plan is marked “assistance needed”. Mark one in the action plan, or create a request directly.</source>
        <translation>Ninguna medida del plan está marcada «asistencia necesaria». Marque una en el plan de acción o cree directamente una solicitud.</translation>
    </message>
</context>
<context>
    <name>GuidedTour</name>
    <message>
        <location filename="../../ui/tour.py" line="40"/>
        <source>The State at a glance: how much of the matrix is answered, what is overdue, the recent changes. While the database is empty, it shows where to start.</source>
        <translation>El Estado de un vistazo: cuánto de la matriz está respondido, qué está atrasado, los cambios recientes. Mientras la base de datos está vacía, indica por dónde empezar.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="47"/>
        <source>The Committee&apos;s matrix, section by section. Type X, ?, N or Delete in a cell; Enter opens the field to cite the laws that back the answer.</source>
        <translation>La matriz del Comité, sección por sección. Escriba X, ?, N o Supr en una celda; Intro abre el campo para citar las leyes que respaldan la respuesta.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="53"/>
        <source>The national laws register: add each law once, then cite it from the fields of the matrix.</source>
        <translation>El registro de textos jurídicos nacionales: añada cada ley una vez y luego cítela desde los campos de la matriz.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="58"/>
        <source>The National Implementation Action Plan: priorities, the actions that close the gaps of the matrix, and their timeline.</source>
        <translation>El plan de acción nacional de aplicación: las prioridades, las medidas que subsanan las lagunas de la matriz y su calendario.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="65"/>
        <source>Assistance requests on the Committee&apos;s template, and the providers and offers that can meet them.</source>
        <translation>Las solicitudes de asistencia con el modelo del Comité, y los proveedores y ofertas que pueden atenderlas.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="70"/>
        <source>Send an agency an Excel workbook of the fields it answers for, then import its reply.</source>
        <translation>Envíe a un organismo un libro de Excel con los campos que le corresponde responder y luego importe su respuesta.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="75"/>
        <source>Export the national report, the matrix and the plan as PDF and Excel in the six UN languages. Help › Guided tour shows this tour again.</source>
        <translation>Exporte el informe nacional, la matriz y el plan en PDF y Excel en los seis idiomas de las Naciones Unidas. Ayuda › Visita guiada muestra de nuevo esta visita.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="90"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="95"/>
        <source>Skip the tour</source>
        <translation>Omitir la visita</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="145"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="151"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="151"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="25"/>
        <source>Handover pack for a successor</source>
        <translation>Expediente de traspaso para un sucesor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="28"/>
        <source>Writes two files in the chosen folder: a PDF for the person who takes over (the State profile, agencies and contacts, submissions, open actions and requests, workbooks awaited from agencies, and where the evidence is), and the project package holding the whole database and every attached document. Give both to your successor; the package is restored with File › Restore from a backup.</source>
        <translation>Escribe dos archivos en la carpeta elegida: un PDF para la persona que asume el cargo (el perfil del Estado, los organismos y los contactos, los documentos presentados, las medidas y solicitudes en curso, los libros de trabajo pendientes de los organismos y dónde están los documentos justificativos) y el paquete del proyecto, que contiene toda la base de datos y cada documento adjunto. Entregue ambos a su sucesor; el paquete se restaura con Archivo › Restaurar desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="38"/>
        <source>Folder for the handover pack</source>
        <translation>Carpeta del expediente de traspaso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="39"/>
        <source>Encrypt the package with a passphrase (give the passphrase separately)</source>
        <translation>Cifrar el paquete con una frase de contraseña (entréguela por separado)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="46"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="47"/>
        <source>Language of the PDF</source>
        <translation>Idioma del PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="50"/>
        <source>Write the handover pack</source>
        <translation>Crear el expediente de traspaso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="71"/>
        <source>Choose an existing folder.</source>
        <translation>Elija una carpeta existente.</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../ui/help.py" line="163"/>
        <source>This page is not available in your language yet: it is shown in English.</source>
        <translation>Esta página aún no está disponible en su idioma: se muestra en inglés.</translation>
    </message>
</context>
<context>
    <name>HelpService</name>
    <message>
        <location filename="../../ui/help.py" line="449"/>
        <source>Help for this view</source>
        <translation>Ayuda de esta vista</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="453"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help.py" line="180"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="185"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="189"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="199"/>
        <source>Find in this page</source>
        <translation>Buscar en esta página</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="200"/>
        <source>Type a word and press Enter to find it in the page shown.</source>
        <translation>Escriba una palabra y pulse Intro para encontrarla en la página mostrada.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="202"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="205"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="211"/>
        <source>The help topics</source>
        <translation>Los temas de ayuda</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="56"/>
        <location filename="../../ui/dialogs/history.py" line="183"/>
        <source>Other details</source>
        <translation>Otros detalles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="67"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="69"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="71"/>
        <source>All the data was replaced by the package&apos;s</source>
        <translation>Todos los datos se sustituyeron por los del paquete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="88"/>
        <source>a deleted record</source>
        <translation>un registro eliminado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="104"/>
        <source>Responsible agency</source>
        <translation>Organismo responsable</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="106"/>
        <source>Legal reference</source>
        <translation>Referencia jurídica</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="108"/>
        <source>Step of the lifecycle</source>
        <translation>Paso del ciclo de vida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="111"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="112"/>
        <source>Date sent</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="113"/>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="115"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="124"/>
        <source>Workbook returned by %1 (sent on %2, file %3)</source>
        <translation>Libro devuelto por %1 (enviado el %2, archivo %3)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="130"/>
        <source>The Committee&apos;s matrix, imported from %1</source>
        <translation>Matriz del Comité, importada de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="134"/>
        <source>Package restored: %1</source>
        <translation>Paquete del proyecto restaurado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="143"/>
        <source>Undo of “%1”</source>
        <translation>Deshacer «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="145"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="148"/>
        <source>Redo of “%1”</source>
        <translation>Rehacer «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="150"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="153"/>
        <source>This application</source>
        <translation>Esta aplicación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="154"/>
        <source>Command line</source>
        <translation>Línea de comandos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="155"/>
        <source>Training data</source>
        <translation>Datos de capacitación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="156"/>
        <source>Upgrade of the database</source>
        <translation>Actualización de la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="157"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="159"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="163"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="173"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="173"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="186"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="192"/>
        <source>Legal reference removed: %1</source>
        <translation>Referencia jurídica eliminada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="195"/>
        <source>Legal reference added: %1</source>
        <translation>Referencia jurídica añadida: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="201"/>
        <source>%1: %2 added</source>
        <translation>%1: se añadió %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="203"/>
        <source>%1: %2 removed</source>
        <translation>%1: se quitó %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="207"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="228"/>
        <source>History: %1</source>
        <translation>Historial: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="230"/>
        <source>Changes to %1, newest first</source>
        <translation>Cambios de %1, los más recientes primero</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="237"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="237"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="237"/>
        <source>From where</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="244"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="258"/>
        <source>(not named)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="271"/>
        <source>No change recorded yet.</source>
        <translation>Aún no se ha registrado ningún cambio.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="306"/>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="308"/>
        <source>Who changed the selected item, when, from where, and what changed</source>
        <translation>Quién modificó el elemento seleccionado, cuándo, desde dónde y qué cambió</translation>
    </message>
</context>
<context>
    <name>ImportChangeModel</name>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="27"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="30"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="31"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="32"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="33"/>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="34"/>
        <source>Current value</source>
        <translation>Valor actual</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="35"/>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="36"/>
        <source>Sent as</source>
        <translation>Valor enviado</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="37"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="43"/>
        <source>Import from %1</source>
        <translation>Importación desde %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="61"/>
        <source>⚠ %n change(s) conflict with a change made here since the workbook was sent: they are not ticked. Tick one to replace what the database holds now.</source>
        <translation>
            <numerusform>⚠ %n cambio entra en conflicto con un cambio hecho aquí desde el envío del libro: no está marcado. Márquelo para reemplazar lo que contiene ahora la base de datos.</numerusform>
            <numerusform>⚠ %n cambios entran en conflicto con un cambio hecho aquí desde el envío del libro: no están marcados. Marque uno para reemplazar lo que contiene ahora la base de datos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="68"/>
        <source>⚠ %n change(s) would replace an answer the database already holds: they are not ticked. Tick one to replace what the database holds now.</source>
        <translation>
            <numerusform>⚠ %n cambio reemplazaría una respuesta que ya figura en la base de datos: no está marcado. Márquelo para reemplazar lo que contiene ahora la base de datos.</numerusform>
            <numerusform>⚠ %n cambios reemplazarían una respuesta que ya figura en la base de datos: no están marcados. Marque uno para reemplazar lo que contiene ahora la base de datos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="80"/>
        <source>Nothing has changed yet. Untick what should not be applied, then press “Apply”. Every change applied is recorded in the history with the file it came from.</source>
        <translation>Todavía no se ha modificado nada. Desmarque lo que no deba aplicarse y pulse «Aplicar». Cada cambio aplicado se registra en el historial con el archivo del que procede.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="109"/>
        <source>Select all</source>
        <translation>Marcar todo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="111"/>
        <source>Select none</source>
        <translation>Desmarcar todo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="115"/>
        <source>Conflicts only</source>
        <translation>Solo conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="151"/>
        <source>Workbook returned by %1</source>
        <translation>Libro de trabajo devuelto por %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="153"/>
        <source>The Committee&apos;s matrix, in the Committee&apos;s layout</source>
        <translation>La matriz del Comité, con la presentación del Comité</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="155"/>
        <source>%n field(s) read</source>
        <translation>
            <numerusform>%n campo leído</numerusform>
            <numerusform>%n campos leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="156"/>
        <source>%n change(s) in %1</source>
        <translation>
            <numerusform>%n cambio en %1</numerusform>
            <numerusform>%n cambios en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="157"/>
        <source>%n field(s)</source>
        <comment>in N fields</comment>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="159"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="162"/>
        <source>%n already in the database</source>
        <translation>
            <numerusform>%n ya en la base de datos</numerusform>
            <numerusform>%n ya en la base de datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="171"/>
        <source>Apply %n selected change(s)</source>
        <translation>
            <numerusform>Aplicar %n cambio seleccionado</numerusform>
            <numerusform>Aplicar %n cambios seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="163"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="183"/>
        <source>Nothing imported</source>
        <translation>No se importó nada</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Ministry</source>
        <translation>Ministerio</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Regulatory authority</source>
        <translation>Autoridad reguladora</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Customs</source>
        <translation>Aduanas</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Law enforcement</source>
        <translation>Fuerzas del orden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Intelligence</source>
        <translation>Inteligencia</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Defence</source>
        <translation>Defensa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Justice</source>
        <translation>Justicia</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <location filename="../../ui/labels.py" line="28"/>
        <location filename="../../ui/labels.py" line="37"/>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Permanent Mission</source>
        <translation>Misión Permanente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Assistance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Constitution</source>
        <translation>Constitución</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <location filename="../../ui/labels.py" line="230"/>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Decree</source>
        <translation>Decreto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Regulation</source>
        <translation>Reglamento</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Amended</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Repealed</source>
        <translation>Derogado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Draft</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Done</source>
        <translation>Concluida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Delayed</source>
        <translation>Retrasada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>OP 1 (non-support, treaties)</source>
        <translation>párr. 1 (abstención de prestar apoyo, tratados)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>OP 2 (legislation and penalties)</source>
        <translation>párr. 2 (legislación y sanciones)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>OP 3 (a) accounting and securing</source>
        <translation>párr. 3 a) contabilización y seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>OP 3 (b) physical protection</source>
        <translation>párr. 3 b) protección física</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>OP 3 (c) border control and law enforcement</source>
        <translation>párr. 3 c) controles fronterizos y aplicación de la ley</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>OP 3 (d) export and trans-shipment controls</source>
        <translation>párr. 3 d) controles de la exportación y el transbordo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>National action plan</source>
        <translation>Plan de acción nacional</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Reporting</source>
        <translation>Presentación de informes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Outreach</source>
        <translation>Divulgación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Nuclear</source>
        <translation>Nuclear</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Chemical</source>
        <translation>Química</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Biological</source>
        <translation>Biológica</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Means of delivery</source>
        <translation>Sistemas vectores</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Cross-cutting</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Legislative drafting</source>
        <translation>Redacción legislativa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Expert advice</source>
        <translation>Asesoramiento especializado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Equipment</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Awareness raising</source>
        <translation>Sensibilización</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Institutional capacity</source>
        <translation>Capacidad institucional</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Draft, not sent</source>
        <translation>Borrador, no enviada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Ready to send</source>
        <translation>Lista para enviar</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Acknowledged</source>
        <translation>Con acuse de recibo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Circulated to providers</source>
        <translation>Distribuida a proveedores</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Offer received</source>
        <translation>Oferta recibida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Matched, in delivery</source>
        <translation>Asignada, en ejecución</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Delivered</source>
        <translation>Asistencia prestada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <location filename="../../ui/labels.py" line="222"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>International organisation</source>
        <translation>Organización internacional</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Regional organisation</source>
        <translation>Organización regional</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>NGO or academia</source>
        <translation>ONG o instituciones académicas</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Not decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Yes, a summary may be published</source>
        <translation>Sí, puede publicarse un resumen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Give the request a title naming its subject.</source>
        <translation>Dé a la solicitud un título que indique su objeto.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Choose the point of contact for this request.</source>
        <translation>Elija el punto de contacto para esta solicitud.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Choose the area (operative paragraph) of the request.</source>
        <translation>Elija la esfera (párrafo de la parte dispositiva) de la solicitud.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Choose the scope: nuclear, chemical, biological, means of delivery or cross-cutting.</source>
        <translation>Elija el alcance: nuclear, química, biológica, sistemas vectores o transversal.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Choose the type of assistance (legislative drafting, expert advice, training…).</source>
        <translation>Elija el tipo de asistencia (redacción legislativa, asesoramiento especializado, capacitación…).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>Describe exactly what is needed: which text, how many people, which equipment.</source>
        <translation>Describa con precisión lo que se necesita: qué texto, cuántas personas, qué equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Describe what exists already: laws, institutions, equipment, trained staff.</source>
        <translation>Describa lo que ya existe: leyes, instituciones, equipo, personal capacitado.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>State the objectives of the assistance.</source>
        <translation>Indique los objetivos de la asistencia.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>State the results expected at the end of the assistance.</source>
        <translation>Indique los resultados previstos al término de la asistencia.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Name the beneficiary agencies: for whom the assistance is.</source>
        <translation>Indique los organismos beneficiarios: a quién está destinada la asistencia.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Give the timeframe: start and end dates, or how long.</source>
        <translation>Indique el plazo: fechas de inicio y fin, o duración.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>Estimate the resources: experts, days, equipment, cost.</source>
        <translation>Estime los recursos: expertos, días, equipo, costo.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Say what assistance was received or is under way (write “None” if there is none).</source>
        <translation>Indique la asistencia ya recibida o en curso (escriba «Ninguna» si no la hay).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Say whether the Committee may publish a summary of the request.</source>
        <translation>Indique si el Comité puede publicar un resumen de la solicitud.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>At least %1 words are expected.</source>
        <translation>Se esperan al menos %1 palabras.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>Replace “%1” with specifics.</source>
        <translation>Sustituya «%1» por datos concretos.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Give figures: how many people, sessions, texts, items or days.</source>
        <translation>Indique cifras: cuántas personas, sesiones, textos, elementos o días.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>The Committee asks for one request per subject area: keep one area here and make another request for the others.</source>
        <translation>El Comité pide una solicitud por esfera: conserve aquí una sola esfera y presente otra solicitud para las demás.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150"/>
        <source>The point of contact has neither a phone number nor an e-mail address.</source>
        <translation>El punto de contacto no tiene número de teléfono ni dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>X: the State has taken the step and/or provided references</source>
        <translation>X: el Estado ha adoptado la medida y/o ha facilitado referencias</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158"/>
        <source>?: the references may not be relevant or are incomplete</source>
        <translation>?: las referencias pueden no ser pertinentes o son incompletas</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>NA: does not apply to the State</source>
        <translation>NA: no se aplica al Estado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <source>blank: no information given or found</source>
        <translation>en blanco: no se ha facilitado ni encontrado información</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165"/>
        <source>legal framework</source>
        <translation>marco jurídico</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>enforcement</source>
        <translation>aplicación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170"/>
        <source>Nuclear weapons (NW)</source>
        <translation>Armas nucleares (AN)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="171"/>
        <source>Chemical weapons (CW)</source>
        <translation>Armas químicas (AQ)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="172"/>
        <source>Biological weapons (BW)</source>
        <translation>Armas biológicas (AB)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <location filename="../../ui/labels.py" line="783"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <location filename="../../ui/labels.py" line="785"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="179"/>
        <location filename="../../ui/labels.py" line="786"/>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>Signature date</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>Ratification date</source>
        <translation>Fecha de ratificación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>Entry into force</source>
        <translation>Entrada en vigor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="184"/>
        <source>Reviewed on</source>
        <translation>Examinado el</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>Changed here since it was sent</source>
        <translation>Modificado aquí desde el envío</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>The database holds another answer</source>
        <translation>La base de datos contiene otra respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="195"/>
        <source>Subject of the request</source>
        <translation>Objeto de la solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196"/>
        <source>Point of contact for the request</source>
        <translation>Punto de contacto para la solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="197"/>
        <source>Area (one per request)</source>
        <translation>Esfera (una por solicitud)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="198"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199"/>
        <source>Type of assistance</source>
        <translation>Tipo de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="200"/>
        <source>Description of the need</source>
        <translation>Descripción de la necesidad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201"/>
        <source>Current situation</source>
        <translation>Situación actual</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202"/>
        <location filename="../../ui/labels.py" line="796"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="203"/>
        <source>Expected results</source>
        <translation>Resultados previstos</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204"/>
        <source>Beneficiary agencies</source>
        <translation>Organismos beneficiarios</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="205"/>
        <source>Timeframe from</source>
        <translation>Plazo: desde</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="206"/>
        <source>Timeframe to</source>
        <translation>Plazo: hasta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207"/>
        <source>Timeframe (details)</source>
        <translation>Plazo de ejecución (detalles)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="208"/>
        <source>Estimated resources</source>
        <translation>Recursos estimados</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="209"/>
        <source>Assistance already received or under way</source>
        <translation>Asistencia ya recibida o en curso</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="210"/>
        <source>Preferred or already contacted providers</source>
        <translation>Proveedores preferidos o ya contactados</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="211"/>
        <source>Consent to publication of a summary</source>
        <translation>Consentimiento para publicar un resumen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="212"/>
        <source>Action of the plan</source>
        <translation>Medida del plan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="213"/>
        <source>Matrix fields concerned</source>
        <translation>Campos de la matriz correspondientes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="214"/>
        <source>Date of the request</source>
        <translation>Fecha de la solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="215"/>
        <source>Note verbale reference</source>
        <translation>Referencia de la nota verbal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="216"/>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="221"/>
        <source>Awaited</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="226"/>
        <location filename="../../ui/labels.py" line="788"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="227"/>
        <source>Point of contact</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="228"/>
        <location filename="../../ui/labels.py" line="616"/>
        <source>State profile</source>
        <translation>Perfil del Estado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="229"/>
        <source>Additional information</source>
        <translation>Información adicional</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="231"/>
        <source>Matrix field</source>
        <translation>Campo de la matriz</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <location filename="../../ui/labels.py" line="784"/>
        <source>Legal reference</source>
        <translation>Referencia jurídica</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233"/>
        <source>Matrix template</source>
        <translation>Plantilla de la matriz</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="234"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="236"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="237"/>
        <source>Action</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="238"/>
        <source>Assistance request</source>
        <translation>Solicitud de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="239"/>
        <source>Assistance provider</source>
        <translation>Proveedor de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="240"/>
        <source>Assistance offer</source>
        <translation>Oferta de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="241"/>
        <source>Text of the national report</source>
        <translation>Texto del informe nacional</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="242"/>
        <source>Submitted document</source>
        <translation>Documento presentado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="246"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="247"/>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="248"/>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>loaded</source>
        <translation>cargado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>upgraded</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="251"/>
        <source>restored</source>
        <translation>restaurado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="252"/>
        <source>marked as submitted</source>
        <translation>marcado como presentado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256"/>
        <source>“%1” must be filled in.</source>
        <translation>Debe rellenarse «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="257"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>«%1» no es una fecha; escríbala con el formato AAAA-MM-DD, por ejemplo 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="258"/>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>«%1» no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259"/>
        <source>“%1” has a value that is not allowed.</source>
        <translation>«%1» tiene un valor no admitido.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="260"/>
        <source>“%1” is too long.</source>
        <translation>«%1» es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261"/>
        <source>Another record already has this “%1”.</source>
        <translation>Otro registro ya tiene este valor en «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262"/>
        <source>“%1” must be a whole number from 0 to 100.</source>
        <translation>«%1» debe ser un número entero entre 0 y 100.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="263"/>
        <source>“%1” is before the start date.</source>
        <translation>«%1» es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="264"/>
        <source>Only blank or “?” fields are gaps.</source>
        <translation>Solo los campos en blanco o con «?» son lagunas.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="265"/>
        <source>The request cannot move to this status from where it is.</source>
        <translation>La solicitud no puede pasar a este estado desde el estado en que se encuentra.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="266"/>
        <source>“%1” is before the previous step of this request.</source>
        <translation>«%1» es anterior al paso previo de esta solicitud.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267"/>
        <source>“%1” cannot be a date in the future.</source>
        <translation>«%1» no puede ser una fecha futura.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="268"/>
        <source>This law is still cited by matrix fields: remove those references first, or mark it repealed.</source>
        <translation>Este texto jurídico sigue citado en campos de la matriz: quite primero esas referencias o márquelo como derogado.</translation>
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
        <translation>párr. %1</translation>
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
        <translation>párr. %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="515"/>
        <source>new agency “%1”</source>
        <translation>nuevo organismo «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="516"/>
        <source>changes to agency “%1”</source>
        <translation>cambios en el organismo «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="517"/>
        <source>deletion of agency “%1”</source>
        <translation>eliminación del organismo «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="518"/>
        <source>new point of contact “%1”</source>
        <translation>nuevo punto de contacto «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="519"/>
        <source>changes to point of contact “%1”</source>
        <translation>cambios en el punto de contacto «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="520"/>
        <source>deletion of point of contact “%1”</source>
        <translation>eliminación del punto de contacto «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="521"/>
        <source>new law “%1”</source>
        <translation>nuevo texto jurídico «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="522"/>
        <source>changes to law “%1”</source>
        <translation>cambios en el texto jurídico «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="523"/>
        <source>deletion of law “%1”</source>
        <translation>eliminación del texto jurídico «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="524"/>
        <source>new priority “%1”</source>
        <translation>nueva prioridad «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="525"/>
        <source>changes to priority “%1”</source>
        <translation>cambios en la prioridad «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="526"/>
        <source>deletion of priority “%1”</source>
        <translation>eliminación de la prioridad «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="527"/>
        <source>new action “%1”</source>
        <translation>nueva medida «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="528"/>
        <source>changes to action “%1”</source>
        <translation>cambios en la medida «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="529"/>
        <source>deletion of action “%1”</source>
        <translation>eliminación de la medida «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="530"/>
        <source>proposed action “%1” kept</source>
        <translation>medida propuesta «%1» aceptada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="531"/>
        <source>actions proposed for the selected gaps</source>
        <translation>medidas propuestas para las lagunas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="532"/>
        <location filename="../../ui/labels.py" line="533"/>
        <source>changes to the action plan “%1”</source>
        <translation>cambios en el plan de acción «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="534"/>
        <source>action plan version frozen as submitted</source>
        <translation>versión del plan de acción congelada como presentada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="535"/>
        <source>new assistance request “%1”</source>
        <translation>nueva solicitud de asistencia «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="536"/>
        <source>changes to assistance request “%1”</source>
        <translation>cambios en la solicitud de asistencia «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="537"/>
        <source>deletion of assistance request “%1”</source>
        <translation>eliminación de la solicitud de asistencia «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="538"/>
        <source>new status of assistance request “%1”</source>
        <translation>nuevo estado de la solicitud de asistencia «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="539"/>
        <source>status step cancelled on assistance request “%1”</source>
        <translation>paso de estado anulado en la solicitud de asistencia «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="542"/>
        <source>offer “%1” linked to a request</source>
        <translation>oferta «%1» vinculada a una solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="543"/>
        <source>offer “%1” unlinked from a request</source>
        <translation>oferta «%1» desvinculada de una solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="544"/>
        <source>offer linked to assistance request “%1”</source>
        <translation>oferta vinculada a la solicitud de asistencia «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="545"/>
        <source>offer unlinked from assistance request “%1”</source>
        <translation>oferta desvinculada de la solicitud de asistencia «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="546"/>
        <source>new provider “%1”</source>
        <translation>nuevo proveedor «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="547"/>
        <source>changes to provider “%1”</source>
        <translation>cambios en el proveedor «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="548"/>
        <source>deletion of provider “%1”</source>
        <translation>eliminación del proveedor «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="549"/>
        <source>new offer “%1”</source>
        <translation>nueva oferta «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="550"/>
        <source>changes to offer “%1”</source>
        <translation>cambios en la oferta «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="551"/>
        <source>deletion of offer “%1”</source>
        <translation>eliminación de la oferta «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="552"/>
        <location filename="../../ui/labels.py" line="553"/>
        <source>changes to the State profile</source>
        <translation>cambios en el perfil del Estado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="554"/>
        <source>State profile set up</source>
        <translation>perfil del Estado creado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="555"/>
        <source>new date of additional information “%1”</source>
        <translation>nueva fecha de información adicional «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="556"/>
        <source>deletion of a date of additional information “%1”</source>
        <translation>eliminación de una fecha de información adicional «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="557"/>
        <location filename="../../ui/labels.py" line="558"/>
        <source>changes to the text of the national report</source>
        <translation>cambios en el texto del informe nacional</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="559"/>
        <location filename="../../ui/labels.py" line="560"/>
        <location filename="../../ui/labels.py" line="582"/>
        <source>answer to %2</source>
        <translation>respuesta a %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="561"/>
        <location filename="../../ui/labels.py" line="583"/>
        <source>legal reference added to %2</source>
        <translation>referencia jurídica añadida a %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="562"/>
        <location filename="../../ui/labels.py" line="584"/>
        <source>legal reference removed from %2</source>
        <translation>referencia jurídica quitada de %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="563"/>
        <location filename="../../ui/labels.py" line="585"/>
        <source>import of “%1”</source>
        <translation>importación de «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="564"/>
        <source>import of the workbook “%1”</source>
        <translation>importación del libro de trabajo «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="565"/>
        <location filename="../../ui/labels.py" line="566"/>
        <source>workbook sent to “%1”</source>
        <translation>libro de trabajo enviado a «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="567"/>
        <source>workbook for “%1” withdrawn</source>
        <translation>libro de trabajo para «%1» retirado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="568"/>
        <source>document “%1” marked as submitted</source>
        <translation>documento «%1» marcado como presentado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="569"/>
        <location filename="../../ui/labels.py" line="570"/>
        <location filename="../../ui/labels.py" line="597"/>
        <source>document “%1” attached</source>
        <translation>documento «%1» adjuntado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="571"/>
        <location filename="../../ui/labels.py" line="572"/>
        <location filename="../../ui/labels.py" line="598"/>
        <source>document “%1” removed</source>
        <translation>documento «%1» quitado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="573"/>
        <location filename="../../ui/labels.py" line="594"/>
        <source>restore of the backup “%1”</source>
        <translation>restauración de la copia de seguridad «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="578"/>
        <source>new record (%3) “%1”</source>
        <translation>nuevo registro (%3) «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="579"/>
        <location filename="../../ui/labels.py" line="580"/>
        <source>changes to %3 “%1”</source>
        <translation>cambios: %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="581"/>
        <source>deletion of %3 “%1”</source>
        <translation>eliminación: %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="586"/>
        <source>offer linked: “%1”</source>
        <translation>oferta vinculada: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="587"/>
        <source>offer unlinked: “%1”</source>
        <translation>oferta desvinculada: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="588"/>
        <source>new status of %3 “%1”</source>
        <translation>nuevo estado: %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="589"/>
        <source>status step cancelled on %3 “%1”</source>
        <translation>paso de estado anulado: %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="590"/>
        <source>%3 “%1” kept</source>
        <translation>aceptación: %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="591"/>
        <source>proposals: %3</source>
        <translation>propuestas: %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="592"/>
        <source>%3 frozen</source>
        <translation>congelación: %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="593"/>
        <source>“%1” marked as submitted</source>
        <translation>«%1» marcado como presentado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="595"/>
        <source>%3 sent: “%1”</source>
        <translation>envío: %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="596"/>
        <source>%3 withdrawn: “%1”</source>
        <translation>retirada: %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="599"/>
        <source>new order of %3</source>
        <translation>nuevo orden: %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="601"/>
        <source>change to %3 “%1”</source>
        <translation>cambio: %3 «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="605"/>
        <source>agency</source>
        <translation>organismo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="606"/>
        <source>point of contact</source>
        <translation>punto de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="607"/>
        <source>law</source>
        <translation>texto jurídico</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="608"/>
        <source>matrix answer</source>
        <translation>respuesta de la matriz</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="609"/>
        <source>legal reference</source>
        <translation>referencia jurídica</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="610"/>
        <source>action plan</source>
        <translation>plan de acción</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="611"/>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="612"/>
        <source>action</source>
        <translation>medida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="613"/>
        <source>assistance request</source>
        <translation>solicitud de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="614"/>
        <source>provider</source>
        <translation>proveedor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="615"/>
        <source>offer</source>
        <translation>oferta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="617"/>
        <source>date of additional information</source>
        <translation>fecha de información adicional</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="618"/>
        <source>text of the national report</source>
        <translation>texto del informe nacional</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="619"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="620"/>
        <source>agency workbook</source>
        <translation>libro de trabajo de un organismo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="621"/>
        <source>submitted document</source>
        <translation>documento presentado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="622"/>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="624"/>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="626"/>
        <source>a matrix field</source>
        <translation>un campo de la matriz</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="629"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="630"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="631"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="632"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="637"/>
        <source>Cannot undo: plan version frozen</source>
        <translation>No se puede deshacer: versión del plan congelada</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="638"/>
        <source>Cannot undo: report submitted</source>
        <translation>No se puede deshacer: informe presentado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="639"/>
        <source>Cannot undo: restored from a backup</source>
        <translation>No se puede deshacer: datos restaurados desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="640"/>
        <source>Cannot undo: workbook sent</source>
        <translation>No se puede deshacer: libro de trabajo enviado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="642"/>
        <source>Cannot undo: “%1” cannot be taken back</source>
        <translation>No se puede deshacer: «%1» no puede revertirse</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="646"/>
        <source>Cannot undo — %1: what it changed was changed again since (%2). Nothing was changed.</source>
        <translation>No se puede deshacer — %1: lo que modificó se ha vuelto a modificar desde entonces (%2). No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="649"/>
        <source>Cannot redo — %1: what it changed was changed again since (%2). Nothing was changed.</source>
        <translation>No se puede rehacer — %1: lo que modificó se ha vuelto a modificar desde entonces (%2). No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="652"/>
        <source>Cannot undo — %1: what it changed was changed since outside this application&apos;s steps (for example by another program). Nothing was changed.</source>
        <translation>No se puede deshacer — %1: lo que modificó se ha modificado desde entonces fuera de los pasos de esta aplicación (por ejemplo, con otro programa). No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="657"/>
        <source>Cannot redo — %1: what it changed was changed since outside this application&apos;s steps (for example by another program). Nothing was changed.</source>
        <translation>No se puede rehacer — %1: lo que modificó se ha modificado desde entonces fuera de los pasos de esta aplicación (por ejemplo, con otro programa). No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="662"/>
        <source>Cannot undo — %1: it is no longer the last step, the data was changed meanwhile (another window or the command line). Nothing was changed; the Edit menu now shows the next step.</source>
        <translation>No se puede deshacer — %1: ya no es el último paso, los datos se modificaron entretanto (otra ventana o la línea de comandos). No se ha modificado nada; el menú Edición muestra ahora el paso siguiente.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="667"/>
        <source>Cannot redo — %1: the data was changed meanwhile (another window or the command line). Nothing was changed; the Edit menu now shows the next step.</source>
        <translation>No se puede rehacer — %1: los datos se modificaron entretanto (otra ventana o la línea de comandos). No se ha modificado nada; el menú Edición muestra ahora el paso siguiente.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="672"/>
        <source>There is nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="673"/>
        <source>There is nothing to redo.</source>
        <translation>No hay nada que rehacer.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="674"/>
        <source>Cannot undo — %1. Nothing was changed.</source>
        <translation>No se puede deshacer — %1. No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="675"/>
        <source>Cannot redo — %1. Nothing was changed.</source>
        <translation>No se puede rehacer — %1. No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="678"/>
        <source>Cannot undo — %1: the plan version is frozen as submitted. Nothing was changed.</source>
        <translation>No se puede deshacer — %1: la versión del plan está congelada como presentada. No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="681"/>
        <source>Cannot undo — %1: the document was submitted to the Committee. Nothing was changed.</source>
        <translation>No se puede deshacer — %1: el documento se presentó al Comité. No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="684"/>
        <source>Cannot undo — %1: the data was restored from a backup since. Nothing was changed.</source>
        <translation>No se puede deshacer — %1: desde entonces se restauraron los datos desde una copia de seguridad. No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="687"/>
        <source>Cannot undo — %1: the workbook was sent to the agency. Nothing was changed.</source>
        <translation>No se puede deshacer — %1: el libro de trabajo se envió al organismo. No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="780"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="781"/>
        <source>Label</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="782"/>
        <source>Label in another language</source>
        <translation>Enunciado en otro idioma</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="787"/>
        <source>Adherence details</source>
        <translation>Detalles sobre la adhesión</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="789"/>
        <source>English title</source>
        <translation>Título en inglés</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="790"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="791"/>
        <source>Official gazette</source>
        <translation>Boletín oficial</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="792"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="793"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="794"/>
        <source>Expected output</source>
        <translation>Producto previsto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="795"/>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="797"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="798"/>
        <source>Areas</source>
        <translation>Esferas</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="799"/>
        <source>Subjects</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="800"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="801"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="802"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="803"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="804"/>
        <source>Responsibilities</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="805"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="806"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="807"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="808"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>LayoutMemory</name>
    <message>
        <location filename="../../ui/layout_memory.py" line="366"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/layout_memory.py" line="368"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer la disposición</translation>
    </message>
    <message>
        <location filename="../../ui/layout_memory.py" line="392"/>
        <source>The layout was reset: window size, panes, columns and filters are as at first start.</source>
        <translation>Se restableció la disposición: el tamaño de la ventana, los paneles, las columnas y los filtros son los del primer inicio.</translation>
    </message>
</context>
<context>
    <name>LegalInstrumentTableModel</name>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="23"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="26"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="31"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="34"/>
        <source>Cited by (fields)</source>
        <translation>Citado en (campos)</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="35"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="36"/>
        <source>Adopted</source>
        <translation>Aprobado el</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="37"/>
        <source>In force since</source>
        <translation>En vigor desde</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="38"/>
        <source>Title in English</source>
        <translation>Título en inglés</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="60"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="63"/>
        <source>Matrix row</source>
        <translation>Fila de la matriz</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="64"/>
        <source>Weapons</source>
        <translation>Armas</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="65"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="66"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="67"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>LegislationView</name>
    <message>
        <location filename="../../ui/views/legislation.py" line="53"/>
        <source>National laws register</source>
        <translation>Registro de textos jurídicos nacionales</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="57"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="80"/>
        <source>No matrix field cites this law.</source>
        <translation>Ningún campo de la matriz cita este texto.</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="90"/>
        <source>Where the selected law is cited in the matrix</source>
        <translation>Dónde se cita en la matriz el texto seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="91"/>
        <location filename="../../ui/views/legislation.py" line="93"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/legislation.py" line="93"/>
        <source>Documents (%n)</source>
        <translation>
            <numerusform>Documentos (%n)</numerusform>
            <numerusform>Documentos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/legislation.py" line="155"/>
        <source>This law is repealed, but %n matrix field(s) still cite it. Review each of them: cite the law that replaced it, or change the field&apos;s value.</source>
        <translation>
            <numerusform>Este texto está derogado, pero %n campo de la matriz aún lo cita. Revíselo: cite el texto que lo sustituyó o cambie el valor del campo.</numerusform>
            <numerusform>Este texto está derogado, pero %n campos de la matriz aún lo citan. Revise cada uno: cite el texto que lo sustituyó o cambie el valor del campo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="165"/>
        <source>Delete law</source>
        <translation>Eliminar el texto jurídico</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="166"/>
        <source>Delete “%1” from the register?</source>
        <translation>¿Eliminar «%1» del registro?</translation>
    </message>
</context>
<context>
    <name>LinkOfferDialog</name>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="215"/>
        <source>Link an offer to the request</source>
        <translation>Vincular una oferta a la solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="229"/>
        <source>(already linked)</source>
        <translation>(ya vinculada)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="233"/>
        <source>Offers in the register, best fit first (★: shared type of assistance, area and scope).</source>
        <translation>Ofertas del registro, empezando por las más adecuadas (★: tipo de asistencia, esfera y alcance en común).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="240"/>
        <source>e.g. expert mission proposed for March</source>
        <translation>p. ej. misión de expertos propuesta para marzo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="242"/>
        <source>Offer received on</source>
        <translation>Oferta recibida el</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="243"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Implementation matrix</source>
        <translation>Matriz de aplicación</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Assistance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Legislation</source>
        <translation>Legislación</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Agencies and contacts</source>
        <translation>Organismos y contactos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Agency workbooks</source>
        <translation>Libros de los organismos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Reports and exports</source>
        <translation>Informes y exportaciones</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Open a database…</source>
        <translation>&amp;Abrir una base de datos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Open the &amp;training State</source>
        <translation>Abrir el Estado de &amp;capacitación</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Back up (export the project package)…</source>
        <translation>Copia de &amp;seguridad (exportar el paquete del proyecto)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>&amp;Handover pack for a successor…</source>
        <translation>&amp;Expediente de traspaso para un sucesor…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>&amp;Guided tour</source>
        <translation>&amp;Visita guiada</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>%1 could not be done: %2 Nothing was changed.</source>
        <translation>No se pudo realizar «%1»: %2 No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Redone: %1</source>
        <translation>Rehecho: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445"/>
        <source>%1 · matrix template %2</source>
        <translation>%1 · plantilla de la matriz %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>The backup could not be written: %1</source>
        <translation>No se pudo escribir la copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>The backup was written, but these documents are missing or damaged in the documents folder and are not in it: %1</source>
        <translation>Se escribió la copia de seguridad, pero estos documentos faltan o están dañados en la carpeta de documentos y no se incluyeron: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>Backup written to %1 (%2, %3)</source>
        <translation>Copia de seguridad escrita en %1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="492"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>The handover pack is ready:

%1 (%2)
%3 (%4)

Give both files to your successor.</source>
        <translation>El expediente de traspaso está listo:

%1 (%2)
%3 (%4)

Entregue ambos archivos a su sucesor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="528"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="633"/>
        <source>Interface: %1, working translation (%2 of %3 messages), not revised by the United Nations.</source>
        <translation>Interfaz: %1, traducción de trabajo (%2 de %3 mensajes), no revisada por las Naciones Unidas.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <location filename="../../ui/main_window.py" line="525"/>
        <source>Handover pack</source>
        <translation>Expediente de traspaso</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&amp;About / diagnostics</source>
        <translation>&amp;Acerca de / diagnóstico</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="520"/>
        <source>The handover pack could not be written: %1</source>
        <translation>No se pudo escribir el expediente de traspaso: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>Open the PDF</source>
        <translation>Abrir el PDF</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>Show the folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="547"/>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="549"/>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557"/>
        <location filename="../../ui/main_window.py" line="567"/>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <source>Databases (*.sqlite3)</source>
        <translation>Bases de datos (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="568"/>
        <source>“%1” already exists; it is opened as it is, nothing is overwritten.</source>
        <translation>«%1» ya existe; se abre tal como está, no se sobrescribe nada.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="593"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="595"/>
        <source>Replace all current data with the backup “%1”? The current data is kept aside first, as a backup file beside the database.</source>
        <translation>¿Reemplazar todos los datos actuales por la copia de seguridad «%1»? Los datos actuales se conservan antes aparte, en un archivo de copia de seguridad junto a la base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="616"/>
        <source>%1 %2

For national points of contact under UN Security Council resolution 1540 (2004).

Your data stays on this computer: %3</source>
        <translation>%1 %2

Para los puntos de contacto nacionales en relación con la resolución 1540 (2004) del Consejo de Seguridad de las Naciones Unidas.

Sus datos permanecen en esta computadora: %3</translation>
    </message>
</context>
<context>
    <name>MarkSubmittedDialog</name>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="42"/>
        <location filename="../../ui/dialogs/reports.py" line="91"/>
        <location filename="../../ui/dialogs/reports.py" line="124"/>
        <source>Mark as submitted</source>
        <translation>Marcar como presentado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="49"/>
        <source>Document: %1
File: %2</source>
        <translation>Documento: %1
Archivo: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="63"/>
        <source>e.g. the reference of the note verbale</source>
        <translation>p. ej. la referencia de la nota verbal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="70"/>
        <location filename="../../ui/dialogs/reports.py" line="118"/>
        <source>Date submitted</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="71"/>
        <location filename="../../ui/dialogs/reports.py" line="118"/>
        <source>Note verbale reference</source>
        <translation>Referencia de la nota verbal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="72"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="76"/>
        <source>The document is written again to the same file from the data as it is now (a report or a request with the note verbale number and the date typed here), then kept in the database exactly as written, with a copy of the data behind it. A submitted document is read-only: it cannot be changed or deleted afterwards. A later report can then list only the changes since this one.</source>
        <translation>El documento se vuelve a escribir en el mismo archivo a partir de los datos tal como están ahora (un informe o una solicitud con el número de la nota verbal y la fecha indicados aquí) y se conserva en la base de datos exactamente como se escribió, con una copia de los datos de los que procede. Un documento presentado es de solo lectura: después no puede modificarse ni eliminarse. Un informe posterior podrá entonces limitarse a los cambios introducidos desde este.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="129"/>
        <source>Not marked as submitted</source>
        <translation>No se marcó como presentado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="130"/>
        <source>The document could not be marked as submitted: %1</source>
        <translation>No se pudo marcar el documento como presentado: %1</translation>
    </message>
</context>
<context>
    <name>MatrixCounts</name>
    <message numerus="yes">
        <location filename="../../ui/models/matrix_table_model.py" line="34"/>
        <source>%n legal reference(s)</source>
        <translation>
            <numerusform>%n referencia jurídica</numerusform>
            <numerusform>%n referencias jurídicas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixHeatMap</name>
    <message>
        <location filename="../../ui/widgets/heat_map.py" line="52"/>
        <source>Rows: the measures of each section, by number. Columns: under each weapon, its legal framework then its enforcement.</source>
        <translation>Filas: los elementos de cada sección, por número. Columnas: para cada arma, el marco jurídico y luego la aplicación.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heat_map.py" line="99"/>
        <source>Section %1</source>
        <translation>Sección %1</translation>
    </message>
</context>
<context>
    <name>MatrixTableModel</name>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="178"/>
        <source>⚠ Cites a repealed law: review this field.</source>
        <translation>⚠ Cita un texto derogado: revise este campo.</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="207"/>
        <source>national legal framework</source>
        <translation>marco jurídico nacional</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="209"/>
        <source>enforcement: civil / criminal penalties</source>
        <translation>aplicación: sanciones civiles / penales</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="214"/>
        <source>Measure</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="217"/>
        <source>Yes (X)</source>
        <translation>Sí (X)</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="197"/>
        <location filename="../../ui/models/matrix_table_model.py" line="218"/>
        <source>Signature, ratification, entry into force</source>
        <translation>Firma, ratificación, entrada en vigor</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="143"/>
        <source>Wording not yet confirmed against the Committee&apos;s matrix.</source>
        <translation>Redacción aún no verificada con la matriz del Comité.</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="219"/>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="224"/>
        <source>legal</source>
        <translation>jurídico</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="226"/>
        <source>enforc.</source>
        <translation>aplic.</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="384"/>
        <location filename="../../ui/views/matrix.py" line="466"/>
        <source>Section %1</source>
        <translation>Sección %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="398"/>
        <source>Keys: X, ? or N (NA) set the value, Delete clears it, Enter opens the details, Ctrl+PgDown / Ctrl+PgUp change section.</source>
        <translation>Teclas: X, ? o N (NA) fijan el valor, Supr lo borra, Intro abre los detalles, Ctrl+AvPág / Ctrl+RePág cambian de sección.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="404"/>
        <source>Propose actions for selected gaps</source>
        <translation>Proponer medidas para las lagunas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="408"/>
        <source>Select blank or ? cells (Ctrl+click or Shift+arrows), then add draft actions to the action plan, one per section.</source>
        <translation>Seleccione celdas en blanco o con ? (Ctrl+clic o Mayús+flechas) y añada proyectos de medida al plan de acción, uno por sección.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="455"/>
        <source>Search the matrix: words in any language, laws, remarks, agencies…</source>
        <translation>Buscar en la matriz: palabras en cualquier idioma, leyes, observaciones, organismos…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="459"/>
        <source>Any value</source>
        <translation>Cualquier valor</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="460"/>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="464"/>
        <source>All sections</source>
        <translation>Todas las secciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="469"/>
        <source>All weapons</source>
        <translation>Todas las armas</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="478"/>
        <source>Changed since YYYY-MM-DD</source>
        <translation>Cambios desde AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="480"/>
        <source>Without legal reference</source>
        <translation>Sin referencia jurídica</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="527"/>
        <source>All agencies</source>
        <translation>Todo organismo</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="551"/>
        <source>“Changed since” is not a date (YYYY-MM-DD).</source>
        <translation>«Cambios desde» no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="559"/>
        <source>%n field(s) found</source>
        <translation>
            <numerusform>%n campo encontrado</numerusform>
            <numerusform>%n campos encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="660"/>
        <source>%n draft action(s) added to the action plan for %1. Edit them there, then keep or delete them.</source>
        <translation>
            <numerusform>Se añadió %n proyecto de medida al plan de acción para %1. Edítelo allí y después consérvelo o elimínelo.</numerusform>
            <numerusform>Se añadieron %n proyectos de medida al plan de acción para %1. Edítelos allí y después consérvelos o elimínelos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="663"/>
        <source>%n field(s)</source>
        <comment>for N fields</comment>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="652"/>
        <location filename="../../ui/views/matrix.py" line="658"/>
        <source>Propose actions</source>
        <translation>Proponer medidas</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="652"/>
        <source>Select one or more blank or “?” cells first.</source>
        <translation>Seleccione primero una o varias celdas en blanco o con «?».</translation>
    </message>
</context>
<context>
    <name>NewWorkbookDialog</name>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="53"/>
        <source>New workbook for an agency</source>
        <translation>Nuevo libro de trabajo para un organismo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="62"/>
        <source>The agency receives an Excel workbook with the fields chosen here and what they hold now. It fills in the white cells and sends the file back; you then import it and accept the changes one by one.</source>
        <translation>El organismo recibe un libro de Excel con los campos elegidos aquí y su contenido actual. Rellena las celdas blancas y devuelve el archivo; usted lo importa después y acepta los cambios uno por uno.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="73"/>
        <source>No agency is recorded yet. Add the agencies under “Agencies and contacts” first: a workbook is always sent to one of them.</source>
        <translation>Todavía no hay ningún organismo registrado. Añada primero los organismos en «Organismos y contactos»: un libro de trabajo siempre se envía a uno de ellos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="103"/>
        <source>Section %1: %2</source>
        <translation>Sección %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="109"/>
        <source>Only the fields this agency is responsible for</source>
        <translation>Solo los campos de los que es responsable este organismo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="111"/>
        <source>The fields for which the matrix names this agency as responsible.</source>
        <translation>Los campos para los que la matriz designa a este organismo como responsable.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="122"/>
        <source>Ask for a reply by</source>
        <translation>Pedir respuesta antes del</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="142"/>
        <source>Shown on the first sheet of the workbook, e.g. what to check first.</source>
        <translation>Se muestra en la primera hoja del libro, p. ej. lo que debe verificarse primero.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="156"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="157"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="158"/>
        <source>Language of the workbook</source>
        <translation>Idioma del libro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="159"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="160"/>
        <source>Note to the agency</source>
        <translation>Nota para el organismo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="165"/>
        <source>Create the workbook…</source>
        <translation>Crear el libro de trabajo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/agency_workbook.py" line="205"/>
        <source>%n field(s) will be sent.</source>
        <translation>
            <numerusform>Se enviará %n campo.</numerusform>
            <numerusform>Se enviarán %n campos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/agency_workbook.py" line="219"/>
        <source>%1 / %n character(s)</source>
        <translation>
            <numerusform>%1 / %n carácter</numerusform>
            <numerusform>%1 / %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="209"/>
        <source>No field: tick at least one section.</source>
        <translation>Ningún campo: marque al menos una sección.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="211"/>
        <source>No field of these sections names this agency as responsible.</source>
        <translation>Ningún campo de estas secciones designa a este organismo como responsable.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="233"/>
        <source>Save the workbook for %1</source>
        <translation>Guardar el libro de trabajo para %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="235"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="255"/>
        <source>Workbook not created</source>
        <translation>No se creó el libro de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="256"/>
        <source>The workbook could not be written: %1

Nothing was recorded.</source>
        <translation>No se pudo escribir el libro de trabajo: %1

No se registró nada.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/views/overview.py" line="145"/>
        <source>Training State: fictional data for workshops</source>
        <translation>Estado de capacitación: datos ficticios para talleres</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="154"/>
        <source>Edit profile…</source>
        <translation>Editar el perfil…</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="168"/>
        <source>matrix fields answered</source>
        <translation>campos de la matriz con respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="171"/>
        <source>national agencies</source>
        <translation>organismos nacionales</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="172"/>
        <source>points of contact</source>
        <translation>puntos de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="173"/>
        <source>laws in the register</source>
        <translation>leyes en el registro</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="174"/>
        <source>answers without a legal reference</source>
        <translation>respuestas sin referencia jurídica</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="178"/>
        <source>Reporting to the 1540 Committee</source>
        <translation>Informes al Comité 1540</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="185"/>
        <source>First national report</source>
        <translation>Primer informe nacional</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="186"/>
        <source>Additional information</source>
        <translation>Información adicional</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="187"/>
        <source>Matrix approved by the Committee</source>
        <translation>Matriz aprobada por el Comité</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="188"/>
        <source>Matrix template version</source>
        <translation>Versión de la plantilla de la matriz</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="200"/>
        <source>Implementation matrix: coverage by section and weapon type</source>
        <translation>Matriz de aplicación: cobertura por sección y tipo de arma</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="209"/>
        <source>Overdue and due in the next 60 days: actions of the plan, follow-up of assistance requests</source>
        <translation>Atrasado y con vencimiento en los próximos 60 días: medidas del plan, seguimiento de las solicitudes de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="227"/>
        <source>The matrix at a glance</source>
        <translation>La matriz de un vistazo</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="231"/>
        <source>Each square is a data field; click one to open it.</source>
        <translation>Cada cuadrado es un campo de datos; haga clic en uno para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="237"/>
        <source>Recent changes</source>
        <translation>Cambios recientes</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="267"/>
        <source>(focal point not named yet)</source>
        <translation>(coordinador aún no designado)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="270"/>
        <source>Focal point: %1</source>
        <translation>Coordinador: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="273"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="284"/>
        <source>fields changed since the last report (%1)</source>
        <translation>campos modificados desde el último informe (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="286"/>
        <source>fields changed (no report sent yet)</source>
        <translation>campos modificados (aún no se ha enviado ningún informe)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="291"/>
        <source>Nothing overdue or due soon.</source>
        <translation>Nada atrasado ni próximo a vencer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="309"/>
        <source>%n earlier</source>
        <translation>
            <numerusform>%n anterior</numerusform>
            <numerusform>%n anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="321"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="331"/>
        <location filename="../../ui/views/overview.py" line="349"/>
        <source>OVERDUE</source>
        <translation>ATRASADA</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="336"/>
        <source>%1 — assistance request sent on %2: the Chair will ask whether it has been met — %3</source>
        <translation>%1 — solicitud de asistencia enviada el %2: la Presidencia preguntará si se ha atendido — %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="343"/>
        <source>%1 — reply awaited from %2 (workbook sent on %3)</source>
        <translation>%1 — respuesta pendiente de %2 (libro enviado el %3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="347"/>
        <source>No reply date — reply awaited from %2 (workbook sent on %3)</source>
        <translation>Sin fecha de respuesta — respuesta pendiente de %2 (libro enviado el %3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="361"/>
        <source>Section %1: %2</source>
        <translation>Sección %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="364"/>
        <source>All sections B-D: %1</source>
        <translation>Secciones B a D: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="382"/>
        <source>X %1 · ? %2 · NA %3 · blank %4 (%5 answered)</source>
        <translation>X %1 · ? %2 · NA %3 · en blanco %4 (%5 con respuesta)</translation>
    </message>
</context>
<context>
    <name>PackageTarget</name>
    <message>
        <location filename="../../ui/widgets/package_target.py" line="47"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="53"/>
        <location filename="../../ui/dialogs/backups.py" line="69"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="57"/>
        <source>Choose a passphrase for the package. Keep it safe: without it nobody, not even you, can restore the package.</source>
        <translation>Elija una frase de contraseña para el paquete. Guárdela en lugar seguro: sin ella nadie, ni siquiera usted, podrá restaurar el paquete.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="61"/>
        <source>“%1” is encrypted. Enter its passphrase.</source>
        <translation>«%1» está cifrado. Introduzca su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="74"/>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="93"/>
        <source>Enter a passphrase.</source>
        <translation>Introduzca una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="95"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Las dos frases de contraseña no coinciden. Escriba dos veces la misma.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="102"/>
        <source>The passphrase is wrong, or the package is damaged.</source>
        <translation>La frase de contraseña es incorrecta o el paquete está dañado.</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="164"/>
        <source>Still to complete</source>
        <translation>Por completar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="241"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="302"/>
        <source>Nothing missing: the request can be marked ready and sent.</source>
        <translation>No falta nada: la solicitud puede marcarse como lista y enviarse.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="401"/>
        <source>Unsaved text found</source>
        <translation>Se encontró texto no guardado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="402"/>
        <source>This form was being edited on %1 and was not saved. Restore that text?</source>
        <translation>Este formulario se estaba editando el %1 y no se guardó. ¿Restaurar ese texto?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="425"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="427"/>
        <source>Your changes could not be saved: %1

Nothing was changed, and what you typed is still in the form.</source>
        <translation>No se pudieron guardar sus cambios: %1

No se ha modificado nada y lo que escribió sigue en el formulario.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="449"/>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="450"/>
        <source>You have typed changes that are not saved. Discard them?</source>
        <translation>Ha escrito cambios que no se han guardado. ¿Descartarlos?</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="112"/>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="114"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="115"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="116"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/labels.py" line="423"/>
        <source>National report</source>
        <translation>Informe nacional</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="424"/>
        <source>Implementation matrix</source>
        <translation>Matriz de aplicación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="425"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="426"/>
        <source>Assistance request</source>
        <translation>Solicitud de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="429"/>
        <source>The national report in the Committee&apos;s layout: covering note, introduction, one part per operative paragraph with every matrix field and its legal references, the measures under OP 6 to 10 (action plan, assistance requests sent) and an annex of the laws cited.</source>
        <translation>El informe nacional con la presentación del Comité: nota de transmisión, introducción, una parte por párrafo de la parte dispositiva con cada campo de la matriz y sus referencias jurídicas, las medidas relativas a los párrafos 6 a 10 (plan de acción, solicitudes de asistencia enviadas) y un anexo con las leyes citadas.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="435"/>
        <source>Only the matrix fields changed since the report submitted on %1, each with what was reported then and what holds now, with the covering note, the introduction and the part on OP 6 to 10.</source>
        <translation>Solo los campos de la matriz modificados desde el informe presentado el %1, cada uno con lo que se informó entonces y lo que consta ahora, con la nota de transmisión, la introducción y la parte relativa a los párrafos 6 a 10.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="440"/>
        <source>The 1540 Committee matrix: every field of sections A to D with its value, legal references, source and remarks, in the Committee&apos;s layout.</source>
        <translation>La matriz del Comité 1540: cada campo de las secciones A a D con su valor, referencias jurídicas, fuente y observaciones, con la presentación del Comité.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="445"/>
        <source>The National Implementation Action Plan: its header, priorities and every action with lead agency, dates, status and progress, and a timeline.</source>
        <translation>El plan de acción nacional de aplicación: su encabezado, sus prioridades y cada medida con el organismo principal, las fechas, el estado y el avance, y un calendario.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="450"/>
        <source>One assistance request on the Committee&apos;s template: point of contact, need, current situation, objectives, beneficiaries, timeframe and resources.</source>
        <translation>Una solicitud de asistencia en la plantilla del Comité: punto de contacto, necesidad, situación actual, objetivos, beneficiarios, plazo y recursos.</translation>
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
        <translation>Completo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="462"/>
        <source>Changes only</source>
        <translation>Solo los cambios</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="465"/>
        <source>Reading the data…</source>
        <translation>Leyendo los datos…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="466"/>
        <source>Laying out the pages…</source>
        <translation>Componiendo las páginas…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="467"/>
        <source>Writing the file…</source>
        <translation>Escribiendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="468"/>
        <source>Checking the file against the database…</source>
        <translation>Verificando el archivo con la base de datos…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="471"/>
        <source>matrix fields</source>
        <translation>campos de la matriz</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="472"/>
        <source>actions</source>
        <translation>medidas</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="473"/>
        <source>assistance requests</source>
        <translation>solicitudes de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="474"/>
        <source>laws</source>
        <translation>leyes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="475"/>
        <source>parts of the request</source>
        <translation>partes de la solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="489"/>
        <source>%1 (changes since the last submitted report)</source>
        <translation>%1 (cambios desde el último informe presentado)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="503"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="23"/>
        <source>Date submitted</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="26"/>
        <location filename="../../ui/views/reports.py" line="170"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="31"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="35"/>
        <location filename="../../ui/views/reports.py" line="173"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="39"/>
        <location filename="../../ui/views/reports.py" line="174"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="42"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="43"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="44"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="45"/>
        <source>Marked by</source>
        <translation>Marcado por</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="65"/>
        <source>Checked: %1</source>
        <translation>Verificado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="84"/>
        <source>Reports and exports</source>
        <translation>Informes y exportaciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="88"/>
        <source>Export the national report, the matrix, the action plan or an assistance request as PDF or Excel in any of the six UN languages. Every file is checked against the database before it is kept.</source>
        <translation>Exporte el informe nacional, la matriz, el plan de acción o una solicitud de asistencia en PDF o Excel en cualquiera de los seis idiomas de las Naciones Unidas. Cada archivo se verifica con la base de datos antes de conservarse.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="129"/>
        <source>Full report</source>
        <translation>Informe completo</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="131"/>
        <source>Changes since the last submitted report</source>
        <translation>Cambios desde el último informe presentado</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="144"/>
        <source>PDF (to print or send)</source>
        <translation>PDF (para imprimir o enviar)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="146"/>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="163"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="171"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="172"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="178"/>
        <source>New export</source>
        <translation>Nueva exportación</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="213"/>
        <source>Open the file</source>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="215"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="217"/>
        <source>Mark as submitted…</source>
        <translation>Marcar como presentado…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="219"/>
        <source>Keep this file, read-only, as the document sent to the 1540 Committee.</source>
        <translation>Conservar este archivo, en solo lectura, como el documento enviado al Comité 1540.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="233"/>
        <source>Last export</source>
        <translation>Última exportación</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="246"/>
        <source>Report text…</source>
        <translation>Texto del informe…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="250"/>
        <source>The type of report, its reference and date, the national context and the other measures (OP 6 to 10).</source>
        <translation>El tipo de informe, su referencia y fecha, el contexto nacional y las otras medidas (párrs. 6 a 10).</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="253"/>
        <source>Text of the national report</source>
        <translation>Texto del informe nacional</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="275"/>
        <source>No document has been marked as submitted yet. After sending a document to the Committee, export it here and use “Mark as submitted…”.</source>
        <translation>Todavía no se ha marcado ningún documento como presentado. Después de enviar un documento al Comité, expórtelo aquí y utilice «Marcar como presentado…».</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="282"/>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="284"/>
        <source>Write the document exactly as it was submitted to a file.</source>
        <translation>Escribir en un archivo el documento exactamente como se presentó.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="286"/>
        <source>Submitted documents are kept in the database exactly as sent; they cannot be changed or deleted.</source>
        <translation>Los documentos presentados se conservan en la base de datos exactamente como se enviaron; no pueden modificarse ni eliminarse.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="293"/>
        <source>Submitted documents</source>
        <translation>Documentos presentados</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="328"/>
        <source>No assistance request yet</source>
        <translation>Todavía no hay ninguna solicitud de asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="338"/>
        <source>Available once a national report has been marked as submitted: export the full report, send it, then use “Mark as submitted…”.</source>
        <translation>Disponible una vez que se haya marcado como presentado un informe nacional: exporte el informe completo, envíelo y utilice «Marcar como presentado…».</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="345"/>
        <source>Only the matrix fields changed since the report submitted on %1.</source>
        <translation>Solo los campos de la matriz modificados desde el informe presentado el %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="352"/>
        <source>First national report</source>
        <translation>Primer informe nacional</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="354"/>
        <source>Additional information (a later report)</source>
        <translation>Información adicional (un informe posterior)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="358"/>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="359"/>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="360"/>
        <source>the day of the export</source>
        <translation>el día de la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="362"/>
        <source>Committee&apos;s note answered: %1</source>
        <translation>Nota del Comité a la que se responde: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="400"/>
        <source>In Excel, each part is a sheet; the first column holds each record&apos;s key.</source>
        <translation>En Excel, cada parte es una hoja; la primera columna contiene la clave de cada registro.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="407"/>
        <source>Write the chosen document to a file; it is read back and checked before it is kept.</source>
        <translation>Escribir el documento elegido en un archivo; se vuelve a leer y se comprueba antes de conservarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="409"/>
        <source>There is no assistance request to export yet.</source>
        <translation>Todavía no hay ninguna solicitud de asistencia que exportar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="463"/>
        <location filename="../../ui/views/reports.py" line="694"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="463"/>
        <location filename="../../ui/views/reports.py" line="694"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="466"/>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="479"/>
        <location filename="../../ui/views/reports.py" line="567"/>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="485"/>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="504"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="513"/>
        <source>Exporting %1</source>
        <translation>Exportando %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="514"/>
        <source>Preparing the export…</source>
        <translation>Preparando la exportación…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="523"/>
        <source>Cancelling the export…</source>
        <translation>Cancelando la exportación…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="560"/>
        <source>The export failed: nothing was written.</source>
        <translation>La exportación falló: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="564"/>
        <source>The export stopped because of an unexpected problem: %1

Nothing was written. Please report this problem.</source>
        <translation>La exportación se detuvo por un problema inesperado: %1

No se escribió nada. Le rogamos que comunique este problema.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="571"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportación cancelada: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="579"/>
        <source>Nothing exported yet. Choose a document, then press “Export…”.</source>
        <translation>Todavía no se ha exportado nada. Elija un documento y pulse «Exportar…».</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="584"/>
        <source>Written and checked: %1</source>
        <translation>Escrito y verificado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="592"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="595"/>
        <source>Checked against the database: %1.</source>
        <translation>Verificado con la base de datos: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="598"/>
        <source>Marked as submitted: it is listed under “Submitted documents”.</source>
        <translation>Marcado como presentado: figura en «Documentos presentados».</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="623"/>
        <location filename="../../ui/views/reports.py" line="634"/>
        <source>Mark as submitted</source>
        <translation>Marcar como presentado</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="624"/>
        <source>The file %1 is no longer there; export the document again.</source>
        <translation>El archivo %1 ya no existe; vuelva a exportar el documento.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="636"/>
        <source>The file was changed after the export (it may have been opened and saved). Marking it as submitted writes it again from the data: the changes made in the file are not kept. Continue?</source>
        <translation>El archivo se modificó después de la exportación (puede que se haya abierto y guardado). Al marcarlo como presentado se vuelve a escribir a partir de los datos: no se conservan los cambios introducidos en el archivo. ¿Continuar?</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="697"/>
        <source>Save a copy of the submitted document</source>
        <translation>Guardar una copia del documento presentado</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="707"/>
        <source>Copy not saved</source>
        <translation>No se guardó la copia</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="710"/>
        <source>Copy of the submitted document saved to %1</source>
        <translation>Copia del documento presentado guardada en %1</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/views/assistance.py" line="79"/>
        <source>Still to complete (double-click to fill in)</source>
        <translation>Por completar (doble clic para rellenar)</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="84"/>
        <source>Unlink offer</source>
        <translation>Desvincular la oferta</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="86"/>
        <source>Offers linked to this request</source>
        <translation>Ofertas vinculadas a esta solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="92"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="92"/>
        <source>Step or change</source>
        <translation>Paso o cambio</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="92"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="95"/>
        <source>Cancel the last status change…</source>
        <translation>Anular el último cambio de estado…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="97"/>
        <source>Lifecycle and history</source>
        <translation>Ciclo de vida e historial</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="108"/>
        <source>Documents (note verbale, acknowledgement, offer…)</source>
        <translation>Documentos (nota verbal, acuse de recibo, oferta…)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="171"/>
        <location filename="../../ui/dialogs/backups.py" line="271"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="176"/>
        <source>A backup of this database is made every day when the application starts. Choose one, or another backup file. Your current data is kept aside first.</source>
        <translation>Cada día, al iniciarse la aplicación, se hace una copia de seguridad de esta base de datos. Elija una u otro archivo de copia de seguridad. Sus datos actuales se conservan antes aparte.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>Checked</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="200"/>
        <source>Damaged: %1</source>
        <translation>Dañada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="207"/>
        <source>Damaged</source>
        <translation>Dañada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="209"/>
        <source>Sound (integrity checked)</source>
        <translation>Íntegra (integridad verificada)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="211"/>
        <source>Not checked (older version; checked when restored)</source>
        <translation>Sin verificar (versión anterior; se verificará al restaurarla)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="224"/>
        <source>There is no daily backup of this database yet (folder: %1).</source>
        <translation>Todavía no hay ninguna copia de seguridad diaria de esta base de datos (carpeta: %1).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="230"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="234"/>
        <source>Other file…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="273"/>
        <source>Backups (*.un1540 *.sqlite3 *.db);;All files (*)</source>
        <translation>Copias de seguridad (*.un1540 *.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/dialogs/search.py" line="41"/>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="48"/>
        <source>Words to find in the matrix, laws, actions, requests, contacts…</source>
        <translation>Palabras que buscar en la matriz, las leyes, las acciones, las solicitudes, los contactos…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="62"/>
        <source>↑ ↓ to choose, Enter to open, Esc to close.</source>
        <translation>↑ ↓ para elegir, Intro para abrir, Esc para cerrar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="82"/>
        <source>%n matrix field(s)</source>
        <translation>
            <numerusform>%n campo de la matriz</numerusform>
            <numerusform>%n campos de la matriz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="83"/>
        <source>%n law(s)</source>
        <translation>
            <numerusform>%n ley</numerusform>
            <numerusform>%n leyes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="84"/>
        <source>%n priority(ies) of the action plan</source>
        <translation>
            <numerusform>%n prioridad del plan de acción</numerusform>
            <numerusform>%n prioridades del plan de acción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="85"/>
        <source>%n action(s) of the action plan</source>
        <translation>
            <numerusform>%n acción del plan de acción</numerusform>
            <numerusform>%n acciones del plan de acción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="86"/>
        <source>%n assistance request(s)</source>
        <translation>
            <numerusform>%n solicitud de asistencia</numerusform>
            <numerusform>%n solicitudes de asistencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="87"/>
        <source>%n assistance provider(s)</source>
        <translation>
            <numerusform>%n proveedor de asistencia</numerusform>
            <numerusform>%n proveedores de asistencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="88"/>
        <source>%n assistance offer(s)</source>
        <translation>
            <numerusform>%n oferta de asistencia</numerusform>
            <numerusform>%n ofertas de asistencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="89"/>
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n organismo</numerusform>
            <numerusform>%n organismos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="90"/>
        <source>%n point(s) of contact</source>
        <translation>
            <numerusform>%n punto de contacto</numerusform>
            <numerusform>%n puntos de contacto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="104"/>
        <source>Matched in %1: %2</source>
        <translation>Encontrado en %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="117"/>
        <source>Type a word: every part of the database is searched.</source>
        <translation>Escriba una palabra: se busca en toda la base de datos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="120"/>
        <source>Nothing holds “%1”.</source>
        <translation>Nada contiene «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="123"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="125"/>
        <source>(%n not shown: type more words to narrow the search)</source>
        <translation>
            <numerusform>(%n no se muestra: escriba más palabras para afinar la búsqueda)</numerusform>
            <numerusform>(%n no se muestran: escriba más palabras para afinar la búsqueda)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="50"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="58"/>
        <source>Weapons</source>
        <translation>Armas</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="59"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="51"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="52"/>
        <source>Matched in</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="55"/>
        <source>Legal references</source>
        <translation>Referencias jurídicas</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="62"/>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="40"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="42"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="55"/>
        <source>Correct the translation…</source>
        <translation>Corregir la traducción…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="64"/>
        <source>Digits in Arabic</source>
        <translation>Cifras en árabe</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="67"/>
        <source>Latin: %1</source>
        <translation>Latinas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="67"/>
        <source>Arabic-Indic: %1</source>
        <translation>Arábigo-índicas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="75"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="82"/>
        <source>Database file</source>
        <translation>Archivo de la base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="84"/>
        <source>Matrix template</source>
        <translation>Plantilla de la matriz</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="85"/>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="87"/>
        <source>Back up…</source>
        <translation>Copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="90"/>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="130"/>
        <source>The interface is written in English.</source>
        <translation>La interfaz está redactada en inglés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/settings.py" line="133"/>
        <source>Working translation of all %n interface message(s), not revised by the United Nations. Documents sent to the Committee use their own texts in each language.</source>
        <translation>
            <numerusform>Traducción de trabajo del %n mensaje de la interfaz, no revisada por las Naciones Unidas. Los documentos enviados al Comité usan sus propios textos en cada idioma.</numerusform>
            <numerusform>Traducción de trabajo de los %n mensajes de la interfaz, no revisada por las Naciones Unidas. Los documentos enviados al Comité usan sus propios textos en cada idioma.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="140"/>
        <source>Working translation: %1 of %2 interface messages; the others are shown in English.</source>
        <translation>Traducción de trabajo: %1 de %2 mensajes de la interfaz; los demás se muestran en inglés.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="146"/>
        <source>Your corrections file could not be read (%1); the shipped translation is used.</source>
        <translation>No se pudo leer su archivo de correcciones (%1); se usa la traducción incluida.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/settings.py" line="149"/>
        <source>%n correction(s) of yours in use, from %1.</source>
        <translation>
            <numerusform>Se usa %n corrección suya, de %1.</numerusform>
            <numerusform>Se usan %n correcciones suyas, de %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="159"/>
        <source>Correct the translation</source>
        <translation>Corregir la traducción</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="161"/>
        <source>Your corrections file is %1.

Open it with Qt Linguist or a text editor, change the translations you want, save it, then choose the language again (or restart). Your corrections are kept when the application is updated.</source>
        <translation>Su archivo de correcciones es %1.

Ábralo con Qt Linguist o un editor de texto, cambie las traducciones que desee, guárdelo y vuelva a elegir el idioma (o reinicie). Sus correcciones se conservan al actualizar la aplicación.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="108"/>
        <source>Exported documents</source>
        <translation>Documentos exportados</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="109"/>
        <source>Credit 1540 Focal Point in exported documents</source>
        <translation>Mencionar 1540 Focal Point en los documentos exportados</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="115"/>
        <source>The footer of every page then says “Prepared on … with 1540 Focal Point”; otherwise it gives only the date the document was prepared.</source>
        <translation>El pie de cada página dirá entonces «Preparado el … con 1540 Focal Point»; de lo contrario, solo indicará la fecha en que se preparó el documento.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/help.py" line="301"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="306"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="308"/>
        <source>Copy the list to paste it into a document.</source>
        <translation>Copiar la lista para pegarla en un documento.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="310"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="52"/>
        <source>Change the status of the request</source>
        <translation>Cambiar el estado de la solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="66"/>
        <source>e.g. NV/1540/2026/12</source>
        <translation>p. ej. NV/1540/2026/12</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="67"/>
        <source>Note verbale reference</source>
        <translation>Referencia de la nota verbal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="71"/>
        <source>What happened: who answered, what was agreed.</source>
        <translation>Lo ocurrido: quién respondió, qué se acordó.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="80"/>
        <source>Current status</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="81"/>
        <location filename="../../ui/dialogs/assistance.py" line="141"/>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="82"/>
        <location filename="../../ui/dialogs/assistance.py" line="140"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="84"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="106"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="125"/>
        <source>The request is not complete yet: what is missing is listed above. “Complete the request…” opens the form on the first item.</source>
        <translation>La solicitud aún no está completa: lo que falta se indica arriba. «Completar la solicitud…» abre el formulario en el primer elemento.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="134"/>
        <source>Complete the request…</source>
        <translation>Completar la solicitud…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="149"/>
        <source>The status could not be changed: %1</source>
        <translation>No se pudo cambiar el estado: %1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="69"/>
        <source>(no priority)</source>
        <translation>(sin prioridad)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="71"/>
        <source>(no lead agency)</source>
        <translation>(sin organismo principal)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="163"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="200"/>
        <source>Action %1: %2</source>
        <translation>Medida %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="202"/>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="208"/>
        <source>%1, overdue</source>
        <translation>%1, atrasada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="209"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="212"/>
        <source>Lead agency: %1</source>
        <translation>Organismo principal: %1</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="375"/>
        <source>Overdue (!)</source>
        <translation>Atrasadas (!)</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <location filename="../../ui/tooltips.py" line="19"/>
        <source>A date, typed as YYYY-MM-DD (for example 2019-11-05).</source>
        <translation>Una fecha, escrita como AAAA-MM-DD (por ejemplo, 2019-11-05).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="24"/>
        <source>X: the State has taken the step or given specific references</source>
        <translation>X: el Estado ha adoptado la medida o ha dado referencias concretas</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="25"/>
        <source>?: the references given may not be relevant or are incomplete</source>
        <translation>?: las referencias dadas pueden no ser pertinentes o están incompletas</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="26"/>
        <source>NA: the field does not apply to the State</source>
        <translation>NA: el campo no se aplica al Estado</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="27"/>
        <source>Blank: no information given or found</source>
        <translation>En blanco: no se ha dado ni encontrado información</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="32"/>
        <source>NW: nuclear weapons</source>
        <translation>NW: armas nucleares</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="33"/>
        <source>CW: chemical weapons</source>
        <translation>CW: armas químicas</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="34"/>
        <source>BW: biological weapons</source>
        <translation>BW: armas biológicas</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="39"/>
        <source>The State profile, the coverage of the matrix and what needs attention.</source>
        <translation>El perfil del Estado, la cobertura de la matriz y lo que requiere atención.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="41"/>
        <source>The 1540 Committee&apos;s matrix, sections A to D: your answers with their legal references.</source>
        <translation>La matriz del Comité 1540, secciones A a D: sus respuestas con sus referencias jurídicas.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="43"/>
        <source>The National Implementation Action Plan: priorities, actions, submitted versions.</source>
        <translation>El plan de acción nacional de aplicación: prioridades, medidas, versiones presentadas.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="44"/>
        <source>Assistance requests to the 1540 Committee, providers and their offers.</source>
        <translation>Las solicitudes de asistencia al Comité 1540, los proveedores y sus ofertas.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="45"/>
        <source>The national laws register, cited from the matrix.</source>
        <translation>El registro nacional de leyes, citadas desde la matriz.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="46"/>
        <source>National agencies and points of contact.</source>
        <translation>Los organismos nacionales y los puntos de contacto.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="47"/>
        <source>Excel workbooks sent to agencies for their answers, and their import.</source>
        <translation>Los libros de Excel enviados a los organismos para sus respuestas, y su importación.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="48"/>
        <source>The national report and other documents, as PDF or Excel; submitted documents.</source>
        <translation>El informe nacional y otros documentos, en PDF o Excel; los documentos presentados.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="49"/>
        <source>Language, data file, backups.</source>
        <translation>Idioma, archivo de datos, copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="57"/>
        <source>Finds words in the answers, legal references, sources and remarks, in any of the six languages.</source>
        <translation>Encuentra palabras en las respuestas, las referencias jurídicas, las fuentes y las observaciones, en cualquiera de los seis idiomas.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="60"/>
        <source>Only the fields with this value: X = step taken, ? = references incomplete or not relevant, NA = does not apply, blank = no information.</source>
        <translation>Solo los campos con este valor: X = medida adoptada, ? = referencias incompletas o no pertinentes, NA = no se aplica, en blanco = sin información.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="64"/>
        <source>Only one section: A = OP 1, B = OP 2, C = OP 3 (a) and (b), D = OP 3 (c) and (d).</source>
        <translation>Una sola sección: A = OP 1, B = OP 2, C = OP 3 a) y b), D = OP 3 c) y d).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="66"/>
        <source>Only one type of weapon: NW = nuclear, CW = chemical, BW = biological.</source>
        <translation>Un solo tipo de arma: NW = nuclear, CW = química, BW = biológica.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="67"/>
        <source>Only the fields for which this agency is responsible.</source>
        <translation>Solo los campos de los que es responsable este organismo.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="68"/>
        <source>Only the fields changed since this date, typed as YYYY-MM-DD.</source>
        <translation>Solo los campos cambiados desde esta fecha, escrita como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="69"/>
        <source>Only the fields answered X or ? that cite no law yet.</source>
        <translation>Solo los campos con X o ? que aún no citan ningún texto.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="73"/>
        <source>X = the State has taken the step; ? = references incomplete or not relevant; NA = does not apply; blank = no information.</source>
        <translation>X = el Estado ha adoptado la medida; ? = referencias incompletas o no pertinentes; NA = no se aplica; en blanco = sin información.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="76"/>
        <source>A law of the register. To cite a law that is not listed, add it in Legislation first.</source>
        <translation>Un texto del registro. Para citar un texto que no figura, añádalo primero en Legislación.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="77"/>
        <source>The article or paragraph of the law that answers this field.</source>
        <translation>El artículo o párrafo del texto que responde a este campo.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="78"/>
        <source>Add the chosen law and article to the field&apos;s legal references.</source>
        <translation>Añadir el texto y el artículo elegidos a las referencias jurídicas del campo.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="80"/>
        <source>Remove the selected legal reference from this field; the law stays in the register.</source>
        <translation>Quitar de este campo la referencia jurídica seleccionada; el texto permanece en el registro.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="83"/>
        <source>Where the Committee can check it: the page of the English version of the national report, or an official web site.</source>
        <translation>Dónde puede comprobarlo el Comité: la página de la versión en inglés del informe nacional, o un sitio web oficial.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="86"/>
        <source>The national agency responsible for this field.</source>
        <translation>El organismo nacional responsable de este campo.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="87"/>
        <source>Save the value, references, source and remarks of this field (Ctrl+Enter).</source>
        <translation>Guardar el valor, las referencias, la fuente y las observaciones de este campo (Ctrl+Intro).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="91"/>
        <source>The current plan, or a version frozen when it was submitted (read-only).</source>
        <translation>El plan actual, o una versión congelada cuando se presentó (de solo lectura).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="93"/>
        <source>Keep this version of the plan, read-only, as submitted to the 1540 Committee. This cannot be undone.</source>
        <translation>Conservar esta versión del plan, de solo lectura, tal como se presentó al Comité 1540. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="96"/>
        <source>Keep the proposed action in the plan (proposed from gaps in the matrix).</source>
        <translation>Mantener en el plan la medida propuesta (propuesta a partir de lagunas de la matriz).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="97"/>
        <source>Start an assistance request from the selected action.</source>
        <translation>Iniciar una solicitud de asistencia a partir de la medida seleccionada.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="98"/>
        <source>Only the actions with this status.</source>
        <translation>Solo las medidas con este estado.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="99"/>
        <source>Only the actions of this agency.</source>
        <translation>Solo las medidas de este organismo.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="100"/>
        <source>Show the timeline by priority or by lead agency.</source>
        <translation>Mostrar el cronograma por prioridad o por organismo principal.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="104"/>
        <source>Start a request from an action of the plan marked as needing assistance.</source>
        <translation>Iniciar una solicitud a partir de una medida del plan marcada como necesitada de asistencia.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="107"/>
        <source>Record the next step of the selected request (sent, acknowledged, circulated…) with its date.</source>
        <translation>Registrar la etapa siguiente de la solicitud seleccionada (enviada, con acuse de recibo, distribuida…) con su fecha.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="110"/>
        <source>Link an offer of assistance to the selected request; the offers are ranked by how well they fit.</source>
        <translation>Vincular una oferta de asistencia a la solicitud seleccionada; las ofertas se ordenan según su adecuación.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="112"/>
        <source>Only the requests at this step.</source>
        <translation>Solo las solicitudes en esta etapa.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="113"/>
        <source>Only the offers of the provider selected above.</source>
        <translation>Solo las ofertas del proveedor seleccionado arriba.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="117"/>
        <source>Remove the link between the selected offer and this request; the offer stays in the register.</source>
        <translation>Quitar el vínculo entre la oferta seleccionada y esta solicitud; la oferta permanece en el registro.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="119"/>
        <source>Remove the last step of the request, if it was entered by mistake.</source>
        <translation>Anular la última etapa de la solicitud, si se introdujo por error.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="122"/>
        <source>Only the laws with this status (in force, amended, repealed, draft).</source>
        <translation>Solo los textos con este estado (en vigor, modificado, derogado, proyecto).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="125"/>
        <source>Only the points of contact of the agency selected above.</source>
        <translation>Solo los puntos de contacto del organismo seleccionado arriba.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="129"/>
        <source>The document to write: the national report, the matrix, the action plan or an assistance request.</source>
        <translation>El documento que se va a generar: el informe nacional, la matriz, el plan de acción o una solicitud de asistencia.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="133"/>
        <source>Ask for the workbook back by this date; after it, it is listed as overdue.</source>
        <translation>Pedir la devolución del libro para esta fecha; después, figura como atrasado.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="138"/>
        <source>Only the fields you changed yourself after the workbook was sent; they are left unticked.</source>
        <translation>Solo los campos que usted mismo cambió después de enviar el libro; quedan sin marcar.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="142"/>
        <source>The date on which the document was sent to the 1540 Committee.</source>
        <translation>La fecha en que se envió el documento al Comité 1540.</translation>
    </message>
</context>
<context>
    <name>ViewKeys</name>
    <message>
        <location filename="../../ui/help.py" line="359"/>
        <source>Other commands</source>
        <translation>Otros comandos</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="364"/>
        <source>Implementation matrix</source>
        <translation>Matriz de aplicación</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="374"/>
        <source>Set the selected cells to X (the step is taken)</source>
        <translation>Poner las celdas seleccionadas en X (medida adoptada)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="375"/>
        <source>Set the selected cells to ? (references incomplete or not relevant)</source>
        <translation>Poner las celdas seleccionadas en ? (referencias incompletas o no pertinentes)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="376"/>
        <source>Set the selected cells to NA (does not apply)</source>
        <translation>Poner las celdas seleccionadas en NA (no se aplica)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="377"/>
        <source>Empty the selected cells (no information)</source>
        <translation>Vaciar las celdas seleccionadas (sin información)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="382"/>
        <source>Go to the details of the field</source>
        <translation>Ir a los detalles del campo</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="383"/>
        <source>Apply the details of the field</source>
        <translation>Aplicar los detalles del campo</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="384"/>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="385"/>
        <source>Previous section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="387"/>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="389"/>
        <source>Edit the selected record</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="392"/>
        <source>Delete the selected record</source>
        <translation>Eliminar el registro seleccionado</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/views/welcome.py" line="44"/>
        <source>Where to start</source>
        <translation>Por dónde empezar</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="48"/>
        <source>This database holds nothing of the State yet. Choose how to begin; you can do the others later.</source>
        <translation>Esta base de datos aún no contiene nada del Estado. Elija cómo empezar; lo demás podrá hacerlo después.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="60"/>
        <source>Set the State profile…</source>
        <translation>Completar el perfil del Estado…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="61"/>
        <source>Name the State, its focal point and the dates of its reports to the Committee.</source>
        <translation>Indique el Estado, su coordinador y las fechas de sus informes al Comité.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="66"/>
        <source>Start from the Committee&apos;s matrix…</source>
        <translation>Empezar con la matriz del Comité…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="67"/>
        <source>Import the State&apos;s matrix as the Committee published it (an Excel workbook in its layout).</source>
        <translation>Importe la matriz del Estado tal como la publicó el Comité (un libro de Excel con su formato).</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="72"/>
        <source>Fill in the matrix</source>
        <translation>Rellenar la matriz</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="73"/>
        <source>Answer the matrix field by field: X, ?, NA, with the laws that back each answer.</source>
        <translation>Responda la matriz campo por campo: X, ?, NA, con las leyes que respaldan cada respuesta.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="78"/>
        <source>Open the training State</source>
        <translation>Abrir el Estado de capacitación</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="79"/>
        <source>Explore a fictional State filled in for workshops; your own database is not changed.</source>
        <translation>Explore un Estado ficticio completado para los talleres; su propia base de datos no se modifica.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="84"/>
        <source>Restore a package from your predecessor…</source>
        <translation>Restaurar el paquete de su predecesor…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="85"/>
        <source>Take over the work from the package (.un1540) your predecessor handed over.</source>
        <translation>Retome el trabajo a partir del paquete (.un1540) que le entregó su predecesor.</translation>
    </message>
</context>
<context>
    <name>WorkbookCounts</name>
    <message numerus="yes">
        <location filename="../../ui/models/workbook_table_model.py" line="50"/>
        <source>Imported on %1: %n change(s)</source>
        <translation>
            <numerusform>Importado el %1: %n cambio</numerusform>
            <numerusform>Importado el %1: %n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/workbook_table_model.py" line="53"/>
        <source>Sent to %1 by %2, %n field(s).</source>
        <translation>
            <numerusform>Enviado a %1 por %2, %n campo.</numerusform>
            <numerusform>Enviado a %1 por %2, %n campos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkbookTableModel</name>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="67"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="70"/>
        <source>Sent on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="76"/>
        <source>Reply by</source>
        <translation>Respuesta antes del</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="80"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="82"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="84"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="85"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="117"/>
        <source>Awaited, overdue</source>
        <translation>Pendiente, atrasado</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="127"/>
        <source>The reply was expected by %1.</source>
        <translation>La respuesta se esperaba antes del %1.</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="133"/>
        <source>Note to the agency: %1</source>
        <translation>Nota para el organismo: %1</translation>
    </message>
</context>
<context>
    <name>WorkbooksView</name>
    <message>
        <location filename="../../ui/views/workbooks.py" line="48"/>
        <source>Agency workbooks</source>
        <translation>Libros de trabajo de los organismos</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="52"/>
        <source>A workbook is an Excel file that asks an agency to check and complete the matrix fields it knows about. The agency fills in the white cells and sends the file back to you. When you import it, you see every change it proposes next to what the database holds; nothing changes until you accept the changes.</source>
        <translation>Un libro de trabajo es un archivo de Excel en el que se pide a un organismo que verifique y complete los campos de la matriz que son de su competencia. El organismo rellena las celdas blancas y le devuelve el archivo. Al importarlo, usted ve cada cambio propuesto junto a lo que contiene la base de datos; nada cambia hasta que usted acepte los cambios.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="61"/>
        <source>The Committee&apos;s matrix can be imported the same way: the matrix as the 1540 Committee published it for your State, typed into Excel in the Committee&apos;s layout (the Excel export of the matrix from “Reports and exports” has that layout and serves as the blank form).</source>
        <translation>La matriz del Comité puede importarse de la misma manera: la matriz tal como el Comité 1540 la publicó para su Estado, transcrita en Excel con la presentación del Comité (la exportación a Excel de la matriz desde «Informes y exportaciones» tiene esa presentación y sirve de formulario en blanco).</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="70"/>
        <source>New workbook for an agency…</source>
        <translation>Nuevo libro para un organismo…</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="73"/>
        <source>Choose the agency and the fields; the workbook is saved where you say, ready to send by e-mail.</source>
        <translation>Elija el organismo y los campos; el libro de trabajo se guarda donde usted indique, listo para enviarlo por correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="75"/>
        <source>Import a returned workbook…</source>
        <translation>Importar un libro devuelto…</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="77"/>
        <source>Read a workbook an agency sent back and see what it would change.</source>
        <translation>Leer un libro de trabajo devuelto por un organismo y ver lo que cambiaría.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="78"/>
        <source>Import the Committee&apos;s matrix…</source>
        <translation>Importar la matriz del Comité…</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="82"/>
        <source>Read the Committee&apos;s matrix for your State, typed into Excel in the Committee&apos;s layout (one sheet per section A to D), and see what it would change.</source>
        <translation>Leer la matriz del Comité para su Estado, transcrita en Excel con la presentación del Comité (una hoja por sección, de la A a la D), y ver lo que cambiaría.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="86"/>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="89"/>
        <source>Stop waiting for the selected workbook: it can no longer be imported.</source>
        <translation>Dejar de esperar el libro de trabajo seleccionado: ya no podrá importarse.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="118"/>
        <source>No workbook has been sent yet. Press “New workbook for an agency…” to prepare the first one.</source>
        <translation>Todavía no se ha enviado ningún libro de trabajo. Pulse «Nuevo libro para un organismo…» para preparar el primero.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="123"/>
        <source>Workbooks sent</source>
        <translation>Libros de trabajo enviados</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="200"/>
        <source>Workbook for %1 written to %2 (%3). Send it to the agency; when it comes back, use “Import a returned workbook…”.</source>
        <translation>Libro de trabajo para %1 escrito en %2 (%3). Envíelo al organismo; cuando lo devuelva, utilice «Importar un libro devuelto…».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="205"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="279"/>
        <source>Nothing to import: %1 proposes no change to the data (%2).</source>
        <translation>Nada que importar: %1 no propone ningún cambio en los datos (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="281"/>
        <source>%n field(s) read</source>
        <translation>
            <numerusform>%n campo leído</numerusform>
            <numerusform>%n campos leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="284"/>
        <source>%n of its answers are already in the database.</source>
        <translation>
            <numerusform>%n de sus respuestas ya figura en la base de datos.</numerusform>
            <numerusform>%n de sus respuestas ya figuran en la base de datos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="296"/>
        <source>%n change(s) imported in %1 from %2.</source>
        <translation>
            <numerusform>Se importó %n cambio en %1 desde %2.</numerusform>
            <numerusform>Se importaron %n cambios en %1 desde %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="297"/>
        <source>%n field(s)</source>
        <comment>in N fields</comment>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="301"/>
        <source>%n change(s) were not accepted.</source>
        <translation>
            <numerusform>No se aceptó %n cambio.</numerusform>
            <numerusform>No se aceptaron %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="217"/>
        <source>Withdraw the workbook</source>
        <translation>Retirar el libro de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="219"/>
        <source>Stop waiting for the workbook sent to %1 on %2? It can no longer be imported afterwards; the answers in the database do not change.</source>
        <translation>¿Dejar de esperar el libro de trabajo enviado a %1 el %2? Después ya no podrá importarse; las respuestas de la base de datos no cambian.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="233"/>
        <source>Import the Committee&apos;s matrix (Excel, in the Committee&apos;s layout)</source>
        <translation>Importar la matriz del Comité (Excel, con la presentación del Comité)</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="235"/>
        <source>Import a workbook returned by an agency</source>
        <translation>Importar un libro de trabajo devuelto por un organismo</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="237"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="259"/>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="264"/>
        <source>File not imported</source>
        <translation>Archivo no importado</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="268"/>
        <source>Nothing was changed.</source>
        <translation>No se ha modificado nada.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="287"/>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="305"/>
        <source>Changes imported</source>
        <translation>Cambios importados</translation>
    </message>
</context>
</TS>
