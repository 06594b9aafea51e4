<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="43"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="53"/>
        <source>Details for support</source>
        <translation>Détails pour l’assistance technique</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="57"/>
        <source>&amp;Copy the details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="66"/>
        <source>Open the &amp;data folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="67"/>
        <source>Open the &amp;settings folder</source>
        <translation>Ouvrir le dossier des &amp;paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="68"/>
        <source>Open the &amp;fonts folder</source>
        <translation>Ouvrir le dossier des p&amp;olices</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="81"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="82"/>
        <source>Third-party licences</source>
        <translation>Licences de tiers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="96"/>
        <source>%1 includes the components below, each under its own licence. The licence texts are in English, as published.</source>
        <translation>%1 comprend les composants ci-dessous, chacun sous sa propre licence. Les textes des licences sont en anglais, tels qu’ils ont été publiés.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="103"/>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="105"/>
        <source>Components and their licences</source>
        <translation>Composants et leurs licences</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="115"/>
        <source>The licence files are not installed with this copy.</source>
        <translation>Les fichiers de licence ne sont pas installés avec cette copie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="144"/>
        <source>development copy, commit %1</source>
        <translation>copie de développement, révision %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="144"/>
        <source>development copy</source>
        <translation>copie de développement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="147"/>
        <source>%1, commit %2</source>
        <translation>%1, révision %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="151"/>
        <source>commit %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="152"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="161"/>
        <source>%1, %2 of %3 messages translated</source>
        <translation>%1, %2 messages traduits sur %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="167"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="168"/>
        <source>Build</source>
        <translation>Compilation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="169"/>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="170"/>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="171"/>
        <source>Journal mode</source>
        <translation>Mode de journalisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="172"/>
        <source>Matrix template</source>
        <translation>Modèle de matrice</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="176"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="177"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="178"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="179"/>
        <source>Settings folder</source>
        <translation>Dossier des paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="180"/>
        <source>Folder for extra fonts</source>
        <translation>Dossier des polices supplémentaires</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="192"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../../ui/views/action_plan.py" line="50"/>
        <source>Edit plan…</source>
        <translation>Modifier le plan…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="51"/>
        <source>Freeze as submitted…</source>
        <translation>Figer comme soumis…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="58"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="63"/>
        <source>Add priority…</source>
        <translation>Ajouter une priorité…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="64"/>
        <source>Add &amp;action…</source>
        <translation>Ajouter une a&amp;ction…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="66"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="68"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="69"/>
        <source>Keep proposal</source>
        <translation>Conserver la proposition</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="70"/>
        <source>Request assistance…</source>
        <translation>Demander une assistance…</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="74"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="75"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="82"/>
        <source>Timeline by priority</source>
        <translation>Calendrier par priorité</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="83"/>
        <source>Timeline by lead agency</source>
        <translation>Calendrier par organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="161"/>
        <source>Submitted version, frozen on %1 (read-only)</source>
        <translation>Version soumise, figée le %1 (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="165"/>
        <source>Working version</source>
        <translation>Version de travail</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="172"/>
        <source>All lead agencies</source>
        <translation>Tous les organismes chefs de file</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="208"/>
        <source>(untitled plan: use “Edit plan…”)</source>
        <translation>(plan sans titre&#xa0;: utilisez «&#xa0;Modifier le plan…&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="211"/>
        <source>Period: %1 to %2</source>
        <translation>Période&#xa0;: du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="217"/>
        <source>Adopted by: %1</source>
        <translation>Adopté par&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="222"/>
        <source>Submitted to the Committee: %1</source>
        <translation>Soumis au Comité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="294"/>
        <source>Delete action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="295"/>
        <source>Delete the action “%1”?</source>
        <translation>Supprimer l’action «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="300"/>
        <source>Delete priority</source>
        <translation>Supprimer la priorité</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="301"/>
        <source>Delete this priority? Its actions stay in the plan, without a priority.</source>
        <translation>Supprimer cette priorité&#xa0;? Ses actions restent dans le plan, sans priorité.</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="316"/>
        <location filename="../../ui/views/action_plan.py" line="326"/>
        <source>Freeze the plan</source>
        <translation>Figer le plan</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="318"/>
        <source>Freeze this version as submitted to the Committee on %1? It becomes read-only and stays viewable; you continue working on a copy.</source>
        <translation>Figer cette version comme soumise au Comité le %1&#xa0;? Elle passe en lecture seule et reste consultable&#xa0;; vous continuez sur une copie.</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="337"/>
        <source>Request assistance</source>
        <translation>Demander une assistance</translation>
    </message>
    <message>
        <location filename="../../ui/views/action_plan.py" line="339"/>
        <source>An assistance request already exists for this action (see Assistance). Make another one, for another subject area?</source>
        <translation>Une demande d’assistance existe déjà pour cette action (voir Assistance). En faire une autre, pour un autre domaine&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ActionTreeModel</name>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="27"/>
        <source>Priority / action</source>
        <translation>Priorité / action</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="28"/>
        <source>Lead agency</source>
        <translation>Organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="29"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="30"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="31"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="32"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="33"/>
        <source>Matrix fields</source>
        <translation>Champs de la matrice</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="124"/>
        <source>(no priority)</source>
        <translation>(sans priorité)</translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="134"/>
        <source>Proposal: </source>
        <translation>Proposition&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../ui/models/action_tree_model.py" line="143"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
</context>
<context>
    <name>AgenciesContactsView</name>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="26"/>
        <source>National agencies</source>
        <translation>Organismes nationaux</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="29"/>
        <source>Points of contact</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="31"/>
        <source>Only the selected agency</source>
        <translation>Uniquement l’organisme sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="89"/>
        <source>Delete the agency “%1”?</source>
        <translation>Supprimer l’organisme «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="92"/>
        <source>%1 and %2 refer to it; they keep their data but will no longer be linked to an agency.</source>
        <translation>%1 et %2 y renvoient&#xa0;; ils gardent leurs données mais ne seront plus liés à un organisme.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/agencies_contacts.py" line="93"/>
        <source>%n point(s) of contact</source>
        <translation>
            <numerusform>%n point de contact</numerusform>
            <numerusform>%n points de contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/agencies_contacts.py" line="94"/>
        <source>%n matrix field(s)</source>
        <translation>
            <numerusform>%n champ de la matrice</numerusform>
            <numerusform>%n champs de la matrice</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="97"/>
        <source>Delete agency</source>
        <translation>Supprimer l’organisme</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="113"/>
        <source>Delete point of contact</source>
        <translation>Supprimer le point de contact</translation>
    </message>
    <message>
        <location filename="../../ui/views/agencies_contacts.py" line="114"/>
        <source>Delete the point of contact “%1”?</source>
        <translation>Supprimer le point de contact «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="19"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="20"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="21"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="22"/>
        <source>Ministry or parent body</source>
        <translation>Ministère ou organe de tutelle</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="23"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/models/agency_table_model.py" line="24"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>AssistanceModels</name>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="35"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="37"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="39"/>
        <source>To complete</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="40"/>
        <source>One-year follow-up</source>
        <translation>Suivi à un an</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="41"/>
        <location filename="../../ui/models/assistance_models.py" line="105"/>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="42"/>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="44"/>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="48"/>
        <location filename="../../ui/models/assistance_models.py" line="101"/>
        <location filename="../../ui/models/assistance_models.py" line="122"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="79"/>
        <source>A year has passed since the request was sent: the Chair will ask whether it has been met. Prepare the answer.</source>
        <translation>Un an s’est écoulé depuis l’envoi de la demande&#xa0;: le Président du Comité demandera si elle a été satisfaite. Préparez la réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="99"/>
        <location filename="../../ui/models/assistance_models.py" line="119"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="103"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="104"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="118"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="127"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="131"/>
        <source>Areas</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="133"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../../ui/models/assistance_models.py" line="134"/>
        <source>Requests linked</source>
        <translation>Demandes liées</translation>
    </message>
</context>
<context>
    <name>AssistanceView</name>
    <message>
        <location filename="../../ui/views/assistance.py" line="123"/>
        <source>Assistance requests</source>
        <translation>Demandes d’assistance</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="126"/>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="127"/>
        <source>From the action plan…</source>
        <translation>À partir du plan d’action…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="129"/>
        <source>Change status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="131"/>
        <source>Link offer…</source>
        <translation>Lier une offre…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="135"/>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="136"/>
        <source>Open requests</source>
        <translation>Demandes en cours</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="137"/>
        <source>One-year follow-up due</source>
        <translation>Suivi à un an échu</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="166"/>
        <source>Assistance providers</source>
        <translation>Fournisseurs d’assistance</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="170"/>
        <source>Published offers</source>
        <translation>Offres publiées</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="172"/>
        <source>Only the selected provider</source>
        <translation>Uniquement le fournisseur sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="182"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="183"/>
        <source>Providers and offers</source>
        <translation>Fournisseurs et offres</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="294"/>
        <source>Select a request to see what it still lacks, its offers and its history.</source>
        <translation>Sélectionnez une demande pour voir ce qui lui manque encore, ses offres et son historique.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="304"/>
        <source>Requesting State: %1</source>
        <translation>État demandeur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="305"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="309"/>
        <source>Sent on %1, note verbale %2</source>
        <translation>Envoyée le %1, note verbale %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="315"/>
        <source>One-year follow-up by the Chair: %1</source>
        <translation>Suivi à un an par le Président du Comité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="327"/>
        <source>Nothing missing: the request can be marked ready and sent.</source>
        <translation>Rien ne manque&#xa0;: la demande peut être marquée comme prête et envoyée.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="339"/>
        <source>No offer linked yet. “Link offer…” lists the register&apos;s offers, best fit first.</source>
        <translation>Aucune offre liée pour l’instant. «&#xa0;Lier une offre…&#xa0;» affiche les offres du registre, les mieux adaptées en premier.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="343"/>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="354"/>
        <source>Changes to the content</source>
        <translation>Modifications du contenu</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="361"/>
        <source>Request created</source>
        <translation>Demande créée</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="368"/>
        <source>Changed by %1</source>
        <translation>Modifiée par %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="413"/>
        <source>Delete the request “%1” with its history and links to offers?</source>
        <translation>Supprimer la demande «&#xa0;%1&#xa0;» avec son historique et ses liens vers les offres&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="416"/>
        <source>This request was sent to the Committee. To keep its record, mark it withdrawn instead of deleting it.</source>
        <translation>Cette demande a été envoyée au Comité. Pour en conserver la trace, marquez-la comme retirée au lieu de la supprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="418"/>
        <source>Delete request</source>
        <translation>Supprimer la demande</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="438"/>
        <source>Cancel the last status change</source>
        <translation>Annuler le dernier changement de statut</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="439"/>
        <source>Cancel the change to “%1” of %2? The request goes back to “%3”.</source>
        <translation>Annuler le passage au statut «&#xa0;%1&#xa0;» du %2&#xa0;? La demande revient au statut «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="458"/>
        <source>Link offer</source>
        <translation>Lier une offre</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="465"/>
        <source>Unlink offer</source>
        <translation>Délier l’offre</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="465"/>
        <source>Remove the link between this offer and the request?</source>
        <translation>Supprimer le lien entre cette offre et la demande&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="479"/>
        <source>Delete provider</source>
        <translation>Supprimer le fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="481"/>
        <source>Delete the provider “%1” with its offers? Requests keep their content but lose their links to these offers.</source>
        <translation>Supprimer le fournisseur «&#xa0;%1&#xa0;» avec ses offres&#xa0;? Les demandes conservent leur contenu mais perdent leurs liens vers ces offres.</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="497"/>
        <source>Delete offer</source>
        <translation>Supprimer l’offre</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="498"/>
        <source>Delete the offer “%1”?</source>
        <translation>Supprimer l’offre «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="115"/>
        <location filename="../../ui/dialogs/backups.py" line="135"/>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="118"/>
        <source>The backup is one file holding the whole database and every attached document. Keep it on another disk or a USB key.</source>
        <translation>La sauvegarde est un fichier unique contenant toute la base de données et chaque document joint. Conservez-la sur un autre disque ou sur une clé USB.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="128"/>
        <source>Encrypt with a passphrase</source>
        <translation>Chiffrer avec une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="126"/>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="127"/>
        <source>Project packages (*.un1540)</source>
        <translation>Paquets de projet (*.un1540)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="156"/>
        <source>Choose where to write the backup.</source>
        <translation>Choisissez où écrire la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="67"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="21"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="24"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="25"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="28"/>
        <source>Agency or organisation</source>
        <translation>Organisme ou organisation</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="31"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="32"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/models/contact_table_model.py" line="33"/>
        <source>Last confirmed</source>
        <translation>Dernière confirmation</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/application.py" line="127"/>
        <location filename="../../ui/application.py" line="283"/>
        <location filename="../../ui/application.py" line="435"/>
        <location filename="../../ui/application.py" line="482"/>
        <source>The database cannot be opened.</source>
        <translation>Impossible d’ouvrir la base de données.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="147"/>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="170"/>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="172"/>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de données (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="372"/>
        <source>The daily backup could not be written: %1</source>
        <translation>La sauvegarde quotidienne n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="376"/>
        <source>Today&apos;s backup was written to %1</source>
        <translation>La sauvegarde du jour a été écrite dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="203"/>
        <location filename="../../ui/application.py" line="487"/>
        <source>The backup was not restored: %1</source>
        <translation>La sauvegarde n’a pas été restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="502"/>
        <source>The backup was not restored: %1

Your data is unchanged.</source>
        <translation>La sauvegarde n’a pas été restaurée&#xa0;: %1

Vos données n’ont pas été modifiées.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="209"/>
        <location filename="../../ui/application.py" line="505"/>
        <location filename="../../ui/application.py" line="509"/>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="57"/>
        <source>%1 is damaged: SQLite found damaged pages (%2).</source>
        <translation>Le fichier %1 est endommagé&#xa0;: SQLite y a trouvé des pages endommagées (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="133"/>
        <source>Nothing was changed. You can restore a backup (the current file is kept aside), open another database file, or quit.</source>
        <translation>Rien n’a été modifié. Vous pouvez restaurer une sauvegarde (le fichier actuel est mis de côté), ouvrir un autre fichier de base de données ou quitter.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="138"/>
        <source>Nothing was changed. You can open another database file, or quit.</source>
        <translation>Rien n’a été modifié. Vous pouvez ouvrir un autre fichier de base de données ou quitter.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="142"/>
        <source>Restore the newest good backup (%1)</source>
        <translation>Restaurer la dernière sauvegarde valide (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="146"/>
        <source>Restore from a file…</source>
        <translation>Restaurer à partir d’un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="148"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="160"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="162"/>
        <source>Backups (*.un1540 *.sqlite3 *.db);;All files (*)</source>
        <translation>Sauvegardes (*.un1540 *.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="210"/>
        <location filename="../../ui/application.py" line="510"/>
        <source>The previous data was kept in %1</source>
        <translation>Les données précédentes ont été conservées dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="221"/>
        <source>Your settings could not be saved in %1 (%2).</source>
        <translation>Vos paramètres n’ont pas pu être enregistrés dans %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="383"/>
        <source>The database is damaged: no backup of it was written.</source>
        <translation>La base de données est endommagée : aucune sauvegarde n’en a été écrite.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="390"/>
        <source>The database is damaged. Today&apos;s backup was not written, and the earlier backups are kept.</source>
        <translation>La base de données est endommagée. La sauvegarde du jour n’a pas été écrite, et les sauvegardes précédentes sont conservées.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="398"/>
        <source>Restore a backup now: changes made since that backup will have to be made again. The damaged data is kept aside.</source>
        <translation>Restaurez une sauvegarde maintenant : les modifications faites depuis cette sauvegarde seront à refaire. Les données endommagées sont mises de côté.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="403"/>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="404"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="494"/>
        <source>The backup was not restored: the database is open in another window or program. Close it and try again; your data is unchanged.</source>
        <translation>La sauvegarde n’a pas été restaurée&#xa0;: la base de données est ouverte dans une autre fenêtre ou un autre programme. Fermez-la et réessayez&#xa0;; vos données n’ont pas été modifiées.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="529"/>
        <source>Something went wrong: %1

Your saved data is safe; the last action may not have been completed.</source>
        <translation>Une erreur s’est produite&#xa0;: %1

Vos données enregistrées sont intactes&#xa0;; la dernière action n’a peut-être pas abouti.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="51"/>
        <source>No document is attached. Attach the text of the law, the gazette page or any document that proves the answer: it is kept with the data and in every backup.</source>
        <translation>Aucun document n’est joint. Joignez le texte de la loi, la page du journal officiel ou tout document qui justifie la réponse&#xa0;: il est conservé avec les données et dans chaque sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="56"/>
        <source>Attach a document…</source>
        <translation>Joindre un document…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="57"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="58"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="59"/>
        <location filename="../../ui/widgets/documents_panel.py" line="173"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="113"/>
        <source>Attach documents</source>
        <translation>Joindre des documents</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="113"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="121"/>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="122"/>
        <source>“%1” was not attached: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été joint&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="133"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="157"/>
        <location filename="../../ui/widgets/documents_panel.py" line="163"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents_panel.py" line="174"/>
        <source>Remove “%1” from this record? Backups made before keep it.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de cet enregistrement&#xa0;? Les sauvegardes antérieures le conservent.</translation>
    </message>
</context>
<context>
    <name>EmptyGuidance</name>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="169"/>
        <location filename="../../ui/widgets/empty_state.py" line="184"/>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="184"/>
        <source>No action matches the filter.</source>
        <translation>Aucune action ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="186"/>
        <source>This version of the plan has no action.</source>
        <translation>Cette version du plan ne contient aucune action.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="189"/>
        <source>The plan has no priority yet. Add the first priority, then its actions.</source>
        <translation>Le plan n’a encore aucune priorité. Ajoutez la première priorité, puis ses actions.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="190"/>
        <source>Add a priority…</source>
        <translation>Ajouter une priorité…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="194"/>
        <source>No action yet. Add the actions that will close the gaps of the matrix.</source>
        <translation>Aucune action pour l’instant. Ajoutez les actions qui combleront les lacunes de la matrice.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="195"/>
        <source>Add an action…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="230"/>
        <source>No agency matches the filter.</source>
        <translation>Aucun organisme ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="231"/>
        <source>No national agency yet. Add the agencies that take part in implementing resolution 1540.</source>
        <translation>Aucun organisme national pour l’instant. Ajoutez les organismes qui participent à la mise en œuvre de la résolution 1540.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="232"/>
        <source>Add an agency…</source>
        <translation>Ajouter un organisme…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="236"/>
        <source>No point of contact matches the filter.</source>
        <translation>Aucun point de contact ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="237"/>
        <source>No point of contact yet. Add the people the Committee and other States can reach.</source>
        <translation>Aucun point de contact pour l’instant. Ajoutez les personnes que le Comité et les autres États peuvent joindre.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="238"/>
        <source>Add a point of contact…</source>
        <translation>Ajouter un point de contact…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="244"/>
        <source>No law matches the filter.</source>
        <translation>Aucun texte ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="245"/>
        <source>No law in the register yet. Add the laws that give effect to resolution 1540.</source>
        <translation>Aucun texte au registre pour l’instant. Ajoutez les lois qui donnent effet à la résolution 1540.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="246"/>
        <source>Add a law…</source>
        <translation>Ajouter un texte…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="252"/>
        <source>No request matches the filter.</source>
        <translation>Aucune demande ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="253"/>
        <source>No assistance request yet. Prepare one on the Committee&apos;s template.</source>
        <translation>Aucune demande d’assistance pour l’instant. Préparez-en une sur le modèle du Comité.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="254"/>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="259"/>
        <source>No provider matches the filter.</source>
        <translation>Aucun fournisseur ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="260"/>
        <source>No assistance provider yet. Add the States and organizations that offer assistance.</source>
        <translation>Aucun fournisseur d’assistance pour l’instant. Ajoutez les États et les organisations qui offrent une assistance.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="261"/>
        <source>Add a provider…</source>
        <translation>Ajouter un fournisseur…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="265"/>
        <source>No offer matches the filter.</source>
        <translation>Aucune offre ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="266"/>
        <source>No published offer yet. Add the offers of assistance that providers have published.</source>
        <translation>Aucune offre publiée pour l’instant. Ajoutez les offres d’assistance que les fournisseurs ont publiées.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/empty_state.py" line="267"/>
        <source>Add an offer…</source>
        <translation>Ajouter une offre…</translation>
    </message>
</context>
<context>
    <name>FieldDetail</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="124"/>
        <source>Article, e.g. Art. 12(3)</source>
        <translation>Article, p. ex. art. 12(3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="125"/>
        <source>Cite</source>
        <translation>Citer</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="129"/>
        <source>Remove reference</source>
        <translation>Retirer la référence</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="138"/>
        <source>Page of the national report, or official web site</source>
        <translation>Page du rapport national, ou site Web officiel</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="151"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="164"/>
        <source>Discard recovered text</source>
        <translation>Abandonner le texte récupéré</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="171"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="178"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="179"/>
        <source>Legal references</source>
        <translation>Références juridiques</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="181"/>
        <source>Cite a &amp;law</source>
        <translation>Citer un &amp;texte</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="182"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="183"/>
        <source>Remarks</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="184"/>
        <source>Responsible agency</source>
        <translation>Organisme responsable</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="189"/>
        <source>Actions in the plan</source>
        <translation>Actions du plan</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="190"/>
        <source>Last reviewed</source>
        <translation>Dernier examen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="192"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="193"/>
        <source>Ratification or accession</source>
        <translation>Ratification ou adhésion</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="194"/>
        <source>Entry into force</source>
        <translation>Entrée en vigueur</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="195"/>
        <source>Adherence details</source>
        <translation>Détails sur l’adhésion</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="277"/>
        <source>Select a field of the matrix.</source>
        <translation>Sélectionnez un champ de la matrice.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="287"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="309"/>
        <source>No action in the plan yet</source>
        <translation>Aucune action dans le plan pour l’instant</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="320"/>
        <source>Text typed on %1 was not applied (the application was closed or stopped). It is shown below: Apply to keep it.</source>
        <translation>Le texte saisi le %1 n’a pas été appliqué (l’application a été fermée ou arrêtée). Il est affiché ci-dessous&#xa0;: cliquez sur Appliquer pour le conserver.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="356"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>FileOffer</name>
    <message>
        <location filename="../../ui/open_file.py" line="90"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="91"/>
        <source>Restore the package “%1”? Your current data will be kept aside as a package first.</source>
        <translation>Restaurer le paquet «&#xa0;%1&#xa0;»&#xa0;? Vos données actuelles seront d’abord mises de côté dans un paquet.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="99"/>
        <source>No State is set up yet in %1: it will hold the data of the package.</source>
        <translation>Aucun État n’est encore configuré dans %1&#xa0;: il recevra les données du paquet.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="101"/>
        <source>All the data in %1 will be replaced by the data of the package.</source>
        <translation>Toutes les données de %1 seront remplacées par celles du paquet.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="103"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="144"/>
        <source>“%1” does not exist: it may have been moved, renamed or deleted, or its drive is not connected. Nothing was opened.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas&#xa0;: il a peut-être été déplacé, renommé ou supprimé, ou son lecteur n’est pas connecté. Rien n’a été ouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="148"/>
        <source>“%1” is a folder, not a file. Nothing was opened.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier. Rien n’a été ouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="150"/>
        <source>“%1” is not a regular file (a pipe, a device or a socket). Nothing was opened.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier ordinaire (c’est un tube, un périphérique ou un socket). Rien n’a été ouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="155"/>
        <source>“%1” cannot be read (%2). Nothing was opened.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» (%2). Rien n’a été ouvert.</translation>
    </message>
    <message>
        <location filename="../../ui/open_file.py" line="159"/>
        <source>“%1” is not a file this application opens. It opens a database (.sqlite3), a backup package (.un1540), or an Excel workbook returned by an agency or the Committee&apos;s matrix (.xlsx). Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier que cette application ouvre. Elle ouvre une base de données (.sqlite3), un paquet de sauvegarde (.un1540), ou un classeur Excel renvoyé par un organisme ou la matrice du Comité (.xlsx). Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="111"/>
        <location filename="../../ui/dialogs/first_start.py" line="140"/>
        <source>Welcome to 1540 Focal Point</source>
        <translation>Bienvenue dans 1540 Focal Point</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="113"/>
        <source>Choose the language of the interface. You can change it later in Settings.</source>
        <translation>Choisissez la langue de l’interface. Vous pourrez la changer plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="115"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="143"/>
        <source>This application keeps your State&apos;s implementation matrix, national action plan, assistance requests and reports under Security Council resolution 1540 (2004) on this computer. First, tell it which State you work for.</source>
        <translation>Cette application conserve sur cet ordinateur la matrice de mise en œuvre, le plan d’action national, les demandes d’assistance et les rapports de votre État au titre de la résolution 1540 (2004) du Conseil de sécurité. Indiquez d’abord l’État pour lequel vous travaillez.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="162"/>
        <source>Type to search, e.g. Kenya</source>
        <translation>Tapez pour rechercher, p. ex. Kenya</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="168"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="169"/>
        <source>Focal point (your name)</source>
        <translation>Point focal (votre nom)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="170"/>
        <source>Title or function</source>
        <translation>Titre ou fonction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="177"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="181"/>
        <source>Try the training State (Republic of Examplia) first</source>
        <translation>Essayer d’abord l’État d’exercice (République d’Examplia)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="207"/>
        <source>Choose your State from the list.</source>
        <translation>Choisissez votre État dans la liste.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="28"/>
        <location filename="../../ui/dialogs/forms.py" line="52"/>
        <location filename="../../ui/dialogs/forms.py" line="505"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="29"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="31"/>
        <location filename="../../ui/dialogs/forms.py" line="77"/>
        <location filename="../../ui/dialogs/forms.py" line="506"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="33"/>
        <source>Ministry or parent body</source>
        <translation>Ministère ou organe de tutelle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="34"/>
        <source>Responsibilities under resolution 1540</source>
        <translation>Responsabilités au titre de la résolution 1540</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="35"/>
        <location filename="../../ui/dialogs/forms.py" line="60"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="36"/>
        <location filename="../../ui/dialogs/forms.py" line="61"/>
        <location filename="../../ui/dialogs/forms.py" line="509"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="37"/>
        <location filename="../../ui/dialogs/forms.py" line="62"/>
        <location filename="../../ui/dialogs/forms.py" line="508"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="38"/>
        <location filename="../../ui/dialogs/forms.py" line="510"/>
        <source>Web site</source>
        <translation>Site Web</translation>
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
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="44"/>
        <location filename="../../ui/dialogs/forms.py" line="287"/>
        <location filename="../../ui/dialogs/forms.py" line="304"/>
        <location filename="../../ui/dialogs/forms.py" line="371"/>
        <location filename="../../ui/dialogs/forms.py" line="445"/>
        <location filename="../../ui/dialogs/forms.py" line="538"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="48"/>
        <source>Type of point of contact</source>
        <translation>Type de point de contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="53"/>
        <source>Title or function</source>
        <translation>Titre ou fonction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="54"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="57"/>
        <source>Other organisation</source>
        <translation>Autre organisation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="58"/>
        <source>e.g. Permanent Mission in New York</source>
        <translation>p. ex. Mission permanente à New York</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="63"/>
        <source>Working languages</source>
        <translation>Langues de travail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="64"/>
        <source>Date notified to the Committee</source>
        <translation>Date de notification au Comité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="65"/>
        <source>Date last confirmed</source>
        <translation>Date de la dernière confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="66"/>
        <source>Training attended</source>
        <translation>Formations suivies</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="73"/>
        <source>Title (original language)</source>
        <translation>Titre (langue originale)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="74"/>
        <source>Title in English</source>
        <translation>Titre en anglais</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="81"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="82"/>
        <source>Date adopted</source>
        <translation>Date d’adoption</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="83"/>
        <source>Date of entry into force</source>
        <translation>Date d’entrée en vigueur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="84"/>
        <source>Official gazette reference</source>
        <translation>Référence au journal officiel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="86"/>
        <source>Link or file</source>
        <translation>Lien ou fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="86"/>
        <source>https://… or a file path</source>
        <translation>https://… ou chemin d’un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="90"/>
        <location filename="../../ui/dialogs/forms.py" line="321"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="100"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="101"/>
        <source>Focal point (name)</source>
        <translation>Point focal (nom)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="102"/>
        <source>Focal point (title)</source>
        <translation>Point focal (fonction)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="103"/>
        <source>Date of first national report</source>
        <translation>Date du premier rapport national</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="106"/>
        <source>Dates of additional information</source>
        <translation>Dates des informations complémentaires</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="107"/>
        <location filename="../../ui/dialogs/forms.py" line="238"/>
        <source>YYYY-MM-DD, YYYY-MM-DD, …</source>
        <translation>AAAA-MM-JJ, AAAA-MM-JJ, …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="109"/>
        <source>Date of Committee approval of the matrix</source>
        <translation>Date d’approbation de la matrice par le Comité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="110"/>
        <source>National coordination mechanism</source>
        <translation>Mécanisme national de coordination</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="153"/>
        <source>Edit agency</source>
        <translation>Modifier l’organisme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="153"/>
        <source>New agency</source>
        <translation>Nouvel organisme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="172"/>
        <source>Edit point of contact</source>
        <translation>Modifier le point de contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="172"/>
        <source>New point of contact</source>
        <translation>Nouveau point de contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="193"/>
        <source>Edit law</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="193"/>
        <source>New law</source>
        <translation>Nouveau texte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="220"/>
        <source>State profile</source>
        <translation>Profil de l’État</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="228"/>
        <source>Title of the plan</source>
        <translation>Titre du plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="229"/>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="230"/>
        <source>Period to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="231"/>
        <source>Adopting authority</source>
        <translation>Autorité d’adoption</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="232"/>
        <source>Decision adopting the plan</source>
        <translation>Décision portant adoption du plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="233"/>
        <source>Coordination mechanism</source>
        <translation>Mécanisme de coordination</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="234"/>
        <source>Date submitted to the Committee</source>
        <translation>Date de soumission au Comité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="237"/>
        <source>Review dates</source>
        <translation>Dates d’examen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="248"/>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="257"/>
        <location filename="../../ui/dialogs/forms.py" line="285"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="258"/>
        <location filename="../../ui/dialogs/forms.py" line="290"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="260"/>
        <source>Edit priority</source>
        <translation>Modifier la priorité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="260"/>
        <source>New priority</source>
        <translation>Nouvelle priorité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="289"/>
        <source>Action or project</source>
        <translation>Action ou projet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="293"/>
        <source>Operative paragraphs</source>
        <translation>Paragraphes du dispositif</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="298"/>
        <location filename="../../ui/dialogs/forms.py" line="549"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="302"/>
        <source>Lead agency</source>
        <translation>Organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="308"/>
        <source>Supporting agencies</source>
        <translation>Organismes d’appui</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="314"/>
        <source>Matrix fields this action closes</source>
        <translation>Champs de la matrice que cette action comble</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="318"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="319"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="323"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="324"/>
        <source>Expected output</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="325"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="326"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="327"/>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="328"/>
        <source>Assistance needed</source>
        <translation>Assistance nécessaire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="338"/>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="338"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="544"/>
        <source>Type of assistance</source>
        <translation>Type d’assistance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="596"/>
        <source>Note verbale reference</source>
        <translation>Référence de la note verbale</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="385"/>
        <source>What exactly: which law or regulation, how many people to train and from which agencies, which equipment and how many units.</source>
        <translation>Quoi exactement&#xa0;: quelle loi ou quel règlement, combien de personnes à former et de quels organismes, quel équipement et combien d’unités.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="395"/>
        <source>What exists already: laws in force, institutions, equipment, trained staff; and what is missing.</source>
        <translation>Ce qui existe déjà&#xa0;: lois en vigueur, institutions, équipement, personnel formé&#xa0;; et ce qui manque.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="404"/>
        <source>What the assistance should achieve.</source>
        <translation>Ce que l’assistance doit permettre d’atteindre.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="410"/>
        <source>Results that can be checked: a law adopted, 40 officers trained, 4 detectors installed.</source>
        <translation>Résultats vérifiables&#xa0;: une loi adoptée, 40 agents formés, 4 détecteurs installés.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="420"/>
        <source>e.g. 3 missions of 5 days in the first half of 2027</source>
        <translation>p. ex. 3 missions de 5 jours au premier semestre 2027</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="426"/>
        <source>Experts and days, equipment, approximate cost, national contribution.</source>
        <translation>Experts et jours, équipement, coût approximatif, contribution nationale.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="432"/>
        <source>From whom, when, on what; write “None” if there is none.</source>
        <translation>De qui, quand, sur quoi&#xa0;; écrivez «&#xa0;Aucune&#xa0;» s’il n’y en a pas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="477"/>
        <source>Edit assistance request</source>
        <translation>Modifier la demande d’assistance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="477"/>
        <source>New assistance request</source>
        <translation>Nouvelle demande d’assistance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="507"/>
        <source>Contact person or office</source>
        <translation>Personne ou service à contacter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="517"/>
        <source>Edit provider</source>
        <translation>Modifier le fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="517"/>
        <source>New provider</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="536"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="541"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="551"/>
        <source>Areas</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="554"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="555"/>
        <source>e.g. Africa; Central Asia; global</source>
        <translation>p. ex. Afrique&#xa0;; Asie centrale&#xa0;; monde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="557"/>
        <source>Subjects</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="558"/>
        <source>Contact for the offer</source>
        <translation>Contact pour l’offre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="559"/>
        <source>Date published</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="568"/>
        <source>Edit offer</source>
        <translation>Modifier l’offre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="568"/>
        <source>New offer</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="587"/>
        <source>Type of report</source>
        <translation>Type de rapport</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="590"/>
        <source>First national report</source>
        <translation>Premier rapport national</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="591"/>
        <source>Additional information (a later report)</source>
        <translation>Informations complémentaires (rapport ultérieur)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="597"/>
        <source>the reference of the covering note verbale</source>
        <translation>la référence de la note verbale d’accompagnement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="599"/>
        <source>Date of the report</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="602"/>
        <source>Committee&apos;s note answered: reference</source>
        <translation>Note du Comité à laquelle il est répondu&#xa0;: référence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="603"/>
        <source>if the report answers a note of the Committee; the covering note cites it</source>
        <translation>si le rapport répond à une note du Comité&#xa0;; la note de transmission la cite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="605"/>
        <source>Committee&apos;s note answered: date</source>
        <translation>Note du Comité à laquelle il est répondu&#xa0;: date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="608"/>
        <source>National context (introduction)</source>
        <translation>Contexte national (introduction)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="610"/>
        <source>Leave an empty line between paragraphs; each becomes a numbered paragraph.</source>
        <translation>Laissez une ligne vide entre les paragraphes&#xa0;; chacun devient un paragraphe numéroté.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="616"/>
        <source>Other measures (OP 6 to 10)</source>
        <translation>Autres mesures (PO 6 à 10)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="618"/>
        <source>Control lists, outreach, cooperation… Leave an empty line between paragraphs.</source>
        <translation>Listes de contrôle, sensibilisation, coopération… Laissez une ligne vide entre les paragraphes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="631"/>
        <source>Text of the national report</source>
        <translation>Texte du rapport national</translation>
    </message>
</context>
<context>
    <name>FromActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="161"/>
        <source>Request assistance for an action of the plan</source>
        <translation>Demander une assistance pour une action du plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="168"/>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="170"/>
        <source>a request exists already</source>
        <translation>une demande existe déjà</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="176"/>
        <source>Actions of the plan marked “assistance needed”. The request starts with the action&apos;s area, scope, agencies, timeframe and matrix fields; you then add what makes it specific enough to be matched.</source>
        <translation>Actions du plan marquées «&#xa0;assistance nécessaire&#xa0;». La demande reprend le domaine, la portée, les organismes, le calendrier et les champs de la matrice de l’action&#xa0;; vous ajoutez ensuite ce qui la rend suffisamment précise pour être appariée à une offre.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="184"/>
        <source>No action of the plan is marked “assistance needed”. Mark one in the action plan, or create a request directly.</source>
        <translation>Aucune action du plan n’est marquée «&#xa0;assistance nécessaire&#xa0;». Marquez-en une dans le plan d’action, ou créez directement une demande.</translation>
    </message>
</context>
<context>
    <name>GuidedTour</name>
    <message>
        <location filename="../../ui/tour.py" line="40"/>
        <source>The State at a glance: how much of the matrix is answered, what is overdue, the recent changes. While the database is empty, it shows where to start.</source>
        <translation>L’État en un coup d’œil&#xa0;: la part de la matrice renseignée, ce qui est en retard, les dernières modifications. Tant que la base de données est vide, elle indique par où commencer.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="47"/>
        <source>The Committee&apos;s matrix, section by section. Type X, ?, N or Delete in a cell; Enter opens the field to cite the laws that back the answer.</source>
        <translation>La matrice du Comité, section par section. Tapez X, ?, N ou Suppr dans une cellule&#xa0;; Entrée ouvre le champ pour citer les textes qui fondent la réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="53"/>
        <source>The national laws register: add each law once, then cite it from the fields of the matrix.</source>
        <translation>Le registre des textes nationaux&#xa0;: ajoutez chaque texte une fois, puis citez-le depuis les champs de la matrice.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="58"/>
        <source>The National Implementation Action Plan: priorities, the actions that close the gaps of the matrix, and their timeline.</source>
        <translation>Le plan d’action national de mise en œuvre&#xa0;: les priorités, les actions qui comblent les lacunes de la matrice, et leur calendrier.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="65"/>
        <source>Assistance requests on the Committee&apos;s template, and the providers and offers that can meet them.</source>
        <translation>Les demandes d’assistance sur le modèle du Comité, et les fournisseurs et offres qui peuvent y répondre.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="70"/>
        <source>Send an agency an Excel workbook of the fields it answers for, then import its reply.</source>
        <translation>Envoyez à un organisme un classeur Excel des champs dont il répond, puis importez sa réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="75"/>
        <source>Export the national report, the matrix and the plan as PDF and Excel in the six UN languages. Help › Guided tour shows this tour again.</source>
        <translation>Exportez le rapport national, la matrice et le plan en PDF et Excel dans les six langues de l’ONU. Aide › Visite guidée montre de nouveau cette visite.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="90"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="95"/>
        <source>Skip the tour</source>
        <translation>Passer la visite</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="145"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="151"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../ui/tour.py" line="151"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="25"/>
        <source>Handover pack for a successor</source>
        <translation>Dossier de passation pour un successeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="28"/>
        <source>Writes two files in the chosen folder: a PDF for the person who takes over (the State profile, agencies and contacts, submissions, open actions and requests, workbooks awaited from agencies, and where the evidence is), and the project package holding the whole database and every attached document. Give both to your successor; the package is restored with File › Restore from a backup.</source>
        <translation>Écrit deux fichiers dans le dossier choisi&#xa0;: un PDF pour la personne qui prend le relais (le profil de l’État, les organismes et les contacts, les documents soumis, les actions et demandes en cours, les classeurs attendus des organismes et l’emplacement des justificatifs), et le paquet de projet contenant toute la base de données et chaque document joint. Remettez les deux à votre successeur&#xa0;; le paquet se restaure avec Fichier › Restaurer une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="39"/>
        <source>Encrypt the package with a passphrase (give the passphrase separately)</source>
        <translation>Chiffrer le paquet avec une phrase secrète (à transmettre séparément)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="46"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="47"/>
        <source>Language of the PDF</source>
        <translation>Langue du PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="50"/>
        <source>Write the handover pack</source>
        <translation>Créer le dossier de passation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="38"/>
        <source>Folder for the handover pack</source>
        <translation>Emplacement du dossier de passation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/handover.py" line="71"/>
        <source>Choose an existing folder.</source>
        <translation>Choisissez un dossier existant.</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../ui/help.py" line="163"/>
        <source>This page is not available in your language yet: it is shown in English.</source>
        <translation>Cette page n’est pas encore disponible dans votre langue&#xa0;: elle est affichée en anglais.</translation>
    </message>
</context>
<context>
    <name>HelpService</name>
    <message>
        <location filename="../../ui/help.py" line="449"/>
        <source>Help for this view</source>
        <translation>Aide sur cette vue</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="453"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help.py" line="180"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="185"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="189"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="199"/>
        <source>Find in this page</source>
        <translation>Rechercher dans cette page</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="200"/>
        <source>Type a word and press Enter to find it in the page shown.</source>
        <translation>Tapez un mot et appuyez sur Entrée pour le trouver dans la page affichée.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="202"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="205"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="211"/>
        <source>The help topics</source>
        <translation>Les rubriques d’aide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="56"/>
        <location filename="../../ui/dialogs/history.py" line="183"/>
        <source>Other details</source>
        <translation>Autres précisions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="67"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="69"/>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="71"/>
        <source>All the data was replaced by the package&apos;s</source>
        <translation>Toutes les données ont été remplacées par celles du paquet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="88"/>
        <source>a deleted record</source>
        <translation>un enregistrement supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="104"/>
        <source>Responsible agency</source>
        <translation>Organisme responsable</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="106"/>
        <source>Legal reference</source>
        <translation>Référence juridique</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="108"/>
        <source>Step of the lifecycle</source>
        <translation>Étape du cycle de vie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="111"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="112"/>
        <source>Date sent</source>
        <translation>Date d’envoi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="113"/>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="115"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="124"/>
        <source>Workbook returned by %1 (sent on %2, file %3)</source>
        <translation>Classeur renvoyé par %1 (envoyé le %2, fichier %3)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="130"/>
        <source>The Committee&apos;s matrix, imported from %1</source>
        <translation>Matrice du Comité, importée de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="134"/>
        <source>Package restored: %1</source>
        <translation>Paquet de projet restauré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="143"/>
        <source>Undo of “%1”</source>
        <translation>Annulation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="145"/>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="148"/>
        <source>Redo of “%1”</source>
        <translation>Rétablissement de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="150"/>
        <source>Redo</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="153"/>
        <source>This application</source>
        <translation>Cette application</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="154"/>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="155"/>
        <source>Training data</source>
        <translation>Données d’exercice</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="156"/>
        <source>Upgrade of the database</source>
        <translation>Mise à niveau de la base de données</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="157"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="159"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="163"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="173"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="173"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="186"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="192"/>
        <source>Legal reference removed: %1</source>
        <translation>Référence juridique supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="195"/>
        <source>Legal reference added: %1</source>
        <translation>Référence juridique ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="201"/>
        <source>%1: %2 added</source>
        <translation>%1&#xa0;: ajout de %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="203"/>
        <source>%1: %2 removed</source>
        <translation>%1&#xa0;: retrait de %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="207"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="228"/>
        <source>History: %1</source>
        <translation>Historique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="230"/>
        <source>Changes to %1, newest first</source>
        <translation>Modifications de %1, les plus récentes en premier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="237"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="237"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="237"/>
        <source>From where</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="244"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="258"/>
        <source>(not named)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="271"/>
        <source>No change recorded yet.</source>
        <translation>Aucune modification enregistrée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="306"/>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="308"/>
        <source>Who changed the selected item, when, from where, and what changed</source>
        <translation>Qui a modifié l’élément sélectionné, quand, d’où, et ce qui a changé</translation>
    </message>
</context>
<context>
    <name>ImportChangeModel</name>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="27"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="30"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="31"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="32"/>
        <source>Item</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="33"/>
        <source>Part</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="34"/>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="35"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="36"/>
        <source>Sent as</source>
        <translation>Valeur envoyée</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_change_model.py" line="37"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="43"/>
        <source>Import from %1</source>
        <translation>Importation depuis %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="61"/>
        <source>⚠ %n change(s) conflict with a change made here since the workbook was sent: they are not ticked. Tick one to replace what the database holds now.</source>
        <translation>
            <numerusform>⚠ %n modification entre en conflit avec une modification faite ici depuis l’envoi du classeur&#xa0;: elle n’est pas cochée. Cochez-la pour remplacer ce que contient la base.</numerusform>
            <numerusform>⚠ %n modifications entrent en conflit avec une modification faite ici depuis l’envoi du classeur&#xa0;: elles ne sont pas cochées. Cochez-en une pour remplacer ce que contient la base.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="68"/>
        <source>⚠ %n change(s) would replace an answer the database already holds: they are not ticked. Tick one to replace what the database holds now.</source>
        <translation>
            <numerusform>⚠ %n modification remplacerait une réponse déjà présente dans la base&#xa0;: elle n’est pas cochée. Cochez-la pour remplacer ce que contient la base.</numerusform>
            <numerusform>⚠ %n modifications remplaceraient une réponse déjà présente dans la base&#xa0;: elles ne sont pas cochées. Cochez-en une pour remplacer ce que contient la base.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="80"/>
        <source>Nothing has changed yet. Untick what should not be applied, then press “Apply”. Every change applied is recorded in the history with the file it came from.</source>
        <translation>Rien n’a encore été modifié. Décochez ce qui ne doit pas être appliqué, puis appuyez sur «&#xa0;Appliquer&#xa0;». Chaque modification appliquée est consignée dans l’historique avec le fichier dont elle provient.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="109"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="111"/>
        <source>Select none</source>
        <translation>Tout désélectionner</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="115"/>
        <source>Conflicts only</source>
        <translation>Conflits seulement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="151"/>
        <source>Workbook returned by %1</source>
        <translation>Classeur renvoyé par %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="153"/>
        <source>The Committee&apos;s matrix, in the Committee&apos;s layout</source>
        <translation>La matrice du Comité, selon la présentation du Comité</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="155"/>
        <source>%n field(s) read</source>
        <translation>
            <numerusform>%n champ lu</numerusform>
            <numerusform>%n champs lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="156"/>
        <source>%n change(s) in %1</source>
        <translation>
            <numerusform>%n modification dans %1</numerusform>
            <numerusform>%n modifications dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="157"/>
        <source>%n field(s)</source>
        <comment>in N fields</comment>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="159"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="162"/>
        <source>%n already in the database</source>
        <translation>
            <numerusform>%n déjà dans la base</numerusform>
            <numerusform>%n déjà dans la base</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="171"/>
        <source>Apply %n selected change(s)</source>
        <translation>
            <numerusform>Appliquer %n modification sélectionnée</numerusform>
            <numerusform>Appliquer %n modifications sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="163"/>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="183"/>
        <source>Nothing imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Regulatory authority</source>
        <translation>Autorité de réglementation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Customs</source>
        <translation>Douanes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Law enforcement</source>
        <translation>Services de détection et de répression</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Intelligence</source>
        <translation>Renseignement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Defence</source>
        <translation>Défense</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Justice</source>
        <translation>Justice</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <location filename="../../ui/labels.py" line="28"/>
        <location filename="../../ui/labels.py" line="37"/>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Capital</source>
        <translation>Capitale</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Permanent Mission</source>
        <translation>Mission permanente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Constitution</source>
        <translation>Constitution</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Decree</source>
        <translation>Décret</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Regulation</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Order</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Amended</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Repealed</source>
        <translation>Abrogé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Done</source>
        <translation>Achevée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Delayed</source>
        <translation>Retardée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>OP 1 (non-support, treaties)</source>
        <translation>OP 1 (non-soutien, traités)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>OP 2 (legislation and penalties)</source>
        <translation>OP 2 (législation et sanctions)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>OP 3 (a) accounting and securing</source>
        <translation>OP 3 a) comptabilité et sécurisation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>OP 3 (b) physical protection</source>
        <translation>OP 3 b) protection physique</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>OP 3 (c) border control and law enforcement</source>
        <translation>OP 3 c) contrôle aux frontières et application de la loi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>OP 3 (d) export and trans-shipment controls</source>
        <translation>OP 3 d) contrôles des exportations et du transbordement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>National action plan</source>
        <translation>Plan d’action national</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Reporting</source>
        <translation>Présentation de rapports</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Outreach</source>
        <translation>Activités de communication</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Nuclear</source>
        <translation>Armes nucléaires</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Chemical</source>
        <translation>Armes chimiques</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Biological</source>
        <translation>Armes biologiques</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Means of delivery</source>
        <translation>Vecteurs</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Cross-cutting</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Legislative drafting</source>
        <translation>Rédaction législative</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Expert advice</source>
        <translation>Conseils d’experts</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Awareness raising</source>
        <translation>Sensibilisation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Institutional capacity</source>
        <translation>Capacités institutionnelles</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Draft, not sent</source>
        <translation>Brouillon, non envoyée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Ready to send</source>
        <translation>Prête à envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Acknowledged</source>
        <translation>Accusé de réception reçu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Circulated to providers</source>
        <translation>Diffusée aux fournisseurs</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Offer received</source>
        <translation>Offre reçue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Matched, in delivery</source>
        <translation>Appariée, en cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Delivered</source>
        <translation>Fournie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <location filename="../../ui/labels.py" line="222"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>International organisation</source>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Regional organisation</source>
        <translation>Organisation régionale</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>NGO or academia</source>
        <translation>ONG ou milieu universitaire</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Not decided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Yes, a summary may be published</source>
        <translation>Oui, un résumé peut être publié</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Give the request a title naming its subject.</source>
        <translation>Donnez à la demande un titre qui en indique l’objet.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Choose the point of contact for this request.</source>
        <translation>Choisissez le point de contact pour cette demande.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Choose the area (operative paragraph) of the request.</source>
        <translation>Choisissez le domaine (paragraphe du dispositif) de la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Choose the scope: nuclear, chemical, biological, means of delivery or cross-cutting.</source>
        <translation>Choisissez la portée&#xa0;: armes nucléaires, chimiques, biologiques, vecteurs ou transversal.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Choose the type of assistance (legislative drafting, expert advice, training…).</source>
        <translation>Choisissez le type d’assistance (rédaction législative, conseils d’experts, formation…).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>Describe exactly what is needed: which text, how many people, which equipment.</source>
        <translation>Décrivez précisément ce qui est nécessaire&#xa0;: quel texte, combien de personnes, quel équipement.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Describe what exists already: laws, institutions, equipment, trained staff.</source>
        <translation>Décrivez ce qui existe déjà&#xa0;: lois, institutions, équipement, personnel formé.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>State the objectives of the assistance.</source>
        <translation>Indiquez les objectifs de l’assistance.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129"/>
        <source>State the results expected at the end of the assistance.</source>
        <translation>Indiquez les résultats attendus à l’issue de l’assistance.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Name the beneficiary agencies: for whom the assistance is.</source>
        <translation>Indiquez les organismes bénéficiaires&#xa0;: à qui l’assistance est destinée.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Give the timeframe: start and end dates, or how long.</source>
        <translation>Indiquez le calendrier&#xa0;: dates de début et de fin, ou durée.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132"/>
        <source>Estimate the resources: experts, days, equipment, cost.</source>
        <translation>Estimez les ressources&#xa0;: experts, jours, équipement, coût.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="133"/>
        <source>Say what assistance was received or is under way (write “None” if there is none).</source>
        <translation>Indiquez l’assistance déjà reçue ou en cours (écrivez «&#xa0;Aucune&#xa0;» s’il n’y en a pas).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Say whether the Committee may publish a summary of the request.</source>
        <translation>Indiquez si le Comité peut publier un résumé de la demande.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>At least %1 words are expected.</source>
        <translation>Au moins %1 mots sont attendus.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>Replace “%1” with specifics.</source>
        <translation>Remplacez «&#xa0;%1&#xa0;» par des précisions.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Give figures: how many people, sessions, texts, items or days.</source>
        <translation>Donnez des chiffres&#xa0;: combien de personnes, de sessions, de textes, d’éléments ou de jours.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>The Committee asks for one request per subject area: keep one area here and make another request for the others.</source>
        <translation>Le Comité demande une demande par domaine&#xa0;: conservez un seul domaine ici et présentez une autre demande pour les autres.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150"/>
        <source>The point of contact has neither a phone number nor an e-mail address.</source>
        <translation>Le point de contact n’a ni numéro de téléphone ni adresse électronique.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>X: the State has taken the step and/or provided references</source>
        <translation>X&#xa0;: l’État a pris la mesure et/ou fourni des références</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158"/>
        <source>?: the references may not be relevant or are incomplete</source>
        <translation>?&#xa0;: les références peuvent ne pas être pertinentes ou sont incomplètes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="159"/>
        <source>NA: does not apply to the State</source>
        <translation>NA&#xa0;: ne s’applique pas à l’État</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <source>blank: no information given or found</source>
        <translation>vide&#xa0;: aucune information fournie ou trouvée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165"/>
        <source>legal framework</source>
        <translation>cadre juridique</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>enforcement</source>
        <translation>application</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170"/>
        <source>Nuclear weapons (NW)</source>
        <translation>Armes nucléaires (AN)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="171"/>
        <source>Chemical weapons (CW)</source>
        <translation>Armes chimiques (AC)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="172"/>
        <source>Biological weapons (BW)</source>
        <translation>Armes biologiques (AB)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <location filename="../../ui/labels.py" line="783"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <location filename="../../ui/labels.py" line="785"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="179"/>
        <location filename="../../ui/labels.py" line="786"/>
        <source>Remarks</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>Signature date</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>Ratification date</source>
        <translation>Date de ratification</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>Entry into force</source>
        <translation>Entrée en vigueur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="184"/>
        <source>Reviewed on</source>
        <translation>Examiné le</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>Changed here since it was sent</source>
        <translation>Modifié ici depuis l’envoi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>The database holds another answer</source>
        <translation>La base de données contient une autre réponse</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="195"/>
        <source>Subject of the request</source>
        <translation>Objet de la demande</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196"/>
        <source>Point of contact for the request</source>
        <translation>Point de contact pour la demande</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="197"/>
        <source>Area (one per request)</source>
        <translation>Domaine (un par demande)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="198"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199"/>
        <source>Type of assistance</source>
        <translation>Type d’assistance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="200"/>
        <source>Description of the need</source>
        <translation>Description du besoin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201"/>
        <source>Current situation</source>
        <translation>Situation actuelle</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202"/>
        <location filename="../../ui/labels.py" line="796"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="203"/>
        <source>Expected results</source>
        <translation>Résultats attendus</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204"/>
        <source>Beneficiary agencies</source>
        <translation>Organismes bénéficiaires</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="205"/>
        <source>Timeframe from</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="206"/>
        <source>Timeframe to</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207"/>
        <source>Timeframe (details)</source>
        <translation>Calendrier (précisions)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="208"/>
        <source>Estimated resources</source>
        <translation>Ressources estimées</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="209"/>
        <source>Assistance already received or under way</source>
        <translation>Assistance déjà reçue ou en cours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="210"/>
        <source>Preferred or already contacted providers</source>
        <translation>Fournisseurs privilégiés ou déjà contactés</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="211"/>
        <source>Consent to publication of a summary</source>
        <translation>Consentement à la publication d’un résumé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="212"/>
        <source>Action of the plan</source>
        <translation>Action du plan</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="213"/>
        <source>Matrix fields concerned</source>
        <translation>Champs de la matrice concernés</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="214"/>
        <source>Date of the request</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="215"/>
        <source>Note verbale reference</source>
        <translation>Référence de la note verbale</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="216"/>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="221"/>
        <source>Awaited</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="226"/>
        <location filename="../../ui/labels.py" line="788"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="227"/>
        <source>Point of contact</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="228"/>
        <location filename="../../ui/labels.py" line="616"/>
        <source>State profile</source>
        <translation>Profil de l’État</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="229"/>
        <source>Additional information</source>
        <translation>Informations complémentaires</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235"/>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="236"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="237"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="238"/>
        <source>Assistance request</source>
        <translation>Demande d’assistance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="239"/>
        <source>Assistance provider</source>
        <translation>Fournisseur d’assistance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="240"/>
        <source>Assistance offer</source>
        <translation>Offre d’assistance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="241"/>
        <source>Text of the national report</source>
        <translation>Texte du rapport national</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="242"/>
        <source>Submitted document</source>
        <translation>Document soumis</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="252"/>
        <source>marked as submitted</source>
        <translation>marqué comme soumis</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262"/>
        <source>“%1” must be a whole number from 0 to 100.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être un nombre entier de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="263"/>
        <source>“%1” is before the start date.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est antérieur à la date de début.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="264"/>
        <source>Only blank or “?” fields are gaps.</source>
        <translation>Seuls les champs vides ou «&#xa0;?&#xa0;» sont des lacunes.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="265"/>
        <source>The request cannot move to this status from where it is.</source>
        <translation>La demande ne peut pas passer à ce statut depuis son statut actuel.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="266"/>
        <source>“%1” is before the previous step of this request.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est antérieur à l’étape précédente de cette demande.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267"/>
        <source>“%1” cannot be a date in the future.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être une date future.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="268"/>
        <source>This law is still cited by matrix fields: remove those references first, or mark it repealed.</source>
        <translation>Ce texte est encore cité par des champs de la matrice&#xa0;: supprimez d’abord ces références, ou indiquez qu’il est abrogé.</translation>
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
        <translation>OP %1</translation>
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
        <translation>OP %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="515"/>
        <source>new agency “%1”</source>
        <translation>nouvel organisme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="516"/>
        <source>changes to agency “%1”</source>
        <translation>modification de l’organisme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="517"/>
        <source>deletion of agency “%1”</source>
        <translation>suppression de l’organisme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="518"/>
        <source>new point of contact “%1”</source>
        <translation>nouveau point de contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="519"/>
        <source>changes to point of contact “%1”</source>
        <translation>modification du point de contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="520"/>
        <source>deletion of point of contact “%1”</source>
        <translation>suppression du point de contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="521"/>
        <source>new law “%1”</source>
        <translation>nouvelle loi «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="522"/>
        <source>changes to law “%1”</source>
        <translation>modification de la loi «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="523"/>
        <source>deletion of law “%1”</source>
        <translation>suppression de la loi «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="524"/>
        <source>new priority “%1”</source>
        <translation>nouvelle priorité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="525"/>
        <source>changes to priority “%1”</source>
        <translation>modification de la priorité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="526"/>
        <source>deletion of priority “%1”</source>
        <translation>suppression de la priorité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="527"/>
        <source>new action “%1”</source>
        <translation>nouvelle action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="528"/>
        <source>changes to action “%1”</source>
        <translation>modification de l’action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="529"/>
        <source>deletion of action “%1”</source>
        <translation>suppression de l’action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="530"/>
        <source>proposed action “%1” kept</source>
        <translation>action proposée «&#xa0;%1&#xa0;» conservée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="531"/>
        <source>actions proposed for the selected gaps</source>
        <translation>actions proposées pour les lacunes choisies</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="532"/>
        <location filename="../../ui/labels.py" line="533"/>
        <source>changes to the action plan “%1”</source>
        <translation>modification du plan d’action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="534"/>
        <source>action plan version frozen as submitted</source>
        <translation>version du plan d’action figée comme soumise</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="535"/>
        <source>new assistance request “%1”</source>
        <translation>nouvelle demande d’assistance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="536"/>
        <source>changes to assistance request “%1”</source>
        <translation>modification de la demande d’assistance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="537"/>
        <source>deletion of assistance request “%1”</source>
        <translation>suppression de la demande d’assistance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="538"/>
        <source>new status of assistance request “%1”</source>
        <translation>nouveau statut de la demande d’assistance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="539"/>
        <source>status step cancelled on assistance request “%1”</source>
        <translation>étape de statut annulée sur la demande d’assistance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="542"/>
        <source>offer “%1” linked to a request</source>
        <translation>offre «&#xa0;%1&#xa0;» liée à une demande</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="543"/>
        <source>offer “%1” unlinked from a request</source>
        <translation>offre «&#xa0;%1&#xa0;» déliée d’une demande</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="544"/>
        <source>offer linked to assistance request “%1”</source>
        <translation>offre liée à la demande d’assistance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="545"/>
        <source>offer unlinked from assistance request “%1”</source>
        <translation>offre déliée de la demande d’assistance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="546"/>
        <source>new provider “%1”</source>
        <translation>nouveau fournisseur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="547"/>
        <source>changes to provider “%1”</source>
        <translation>modification du fournisseur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="548"/>
        <source>deletion of provider “%1”</source>
        <translation>suppression du fournisseur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="549"/>
        <source>new offer “%1”</source>
        <translation>nouvelle offre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="550"/>
        <source>changes to offer “%1”</source>
        <translation>modification de l’offre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="551"/>
        <source>deletion of offer “%1”</source>
        <translation>suppression de l’offre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="552"/>
        <location filename="../../ui/labels.py" line="553"/>
        <source>changes to the State profile</source>
        <translation>modification du profil de l’État</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="554"/>
        <source>State profile set up</source>
        <translation>profil de l’État créé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="555"/>
        <source>new date of additional information “%1”</source>
        <translation>nouvelle date d’informations complémentaires «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="556"/>
        <source>deletion of a date of additional information “%1”</source>
        <translation>suppression d’une date d’informations complémentaires «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="557"/>
        <location filename="../../ui/labels.py" line="558"/>
        <source>changes to the text of the national report</source>
        <translation>modification du texte du rapport national</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="559"/>
        <location filename="../../ui/labels.py" line="560"/>
        <location filename="../../ui/labels.py" line="582"/>
        <source>answer to %2</source>
        <translation>réponse à %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="561"/>
        <location filename="../../ui/labels.py" line="583"/>
        <source>legal reference added to %2</source>
        <translation>référence juridique ajoutée à %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="562"/>
        <location filename="../../ui/labels.py" line="584"/>
        <source>legal reference removed from %2</source>
        <translation>référence juridique retirée de %2</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="563"/>
        <location filename="../../ui/labels.py" line="585"/>
        <source>import of “%1”</source>
        <translation>importation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="564"/>
        <source>import of the workbook “%1”</source>
        <translation>importation du classeur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="565"/>
        <location filename="../../ui/labels.py" line="566"/>
        <source>workbook sent to “%1”</source>
        <translation>classeur envoyé à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="567"/>
        <source>workbook for “%1” withdrawn</source>
        <translation>classeur pour «&#xa0;%1&#xa0;» retiré</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="568"/>
        <source>document “%1” marked as submitted</source>
        <translation>document «&#xa0;%1&#xa0;» marqué comme soumis</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="569"/>
        <location filename="../../ui/labels.py" line="570"/>
        <location filename="../../ui/labels.py" line="597"/>
        <source>document “%1” attached</source>
        <translation>document «&#xa0;%1&#xa0;» joint</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="571"/>
        <location filename="../../ui/labels.py" line="572"/>
        <location filename="../../ui/labels.py" line="598"/>
        <source>document “%1” removed</source>
        <translation>document «&#xa0;%1&#xa0;» retiré</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="573"/>
        <location filename="../../ui/labels.py" line="594"/>
        <source>restore of the backup “%1”</source>
        <translation>restauration de la sauvegarde «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="578"/>
        <source>new record (%3) “%1”</source>
        <translation>nouvel enregistrement (%3) «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="579"/>
        <location filename="../../ui/labels.py" line="580"/>
        <source>changes to %3 “%1”</source>
        <translation>modification&#xa0;: %3 «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="581"/>
        <source>deletion of %3 “%1”</source>
        <translation>suppression&#xa0;: %3 «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="586"/>
        <source>offer linked: “%1”</source>
        <translation>offre liée&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="587"/>
        <source>offer unlinked: “%1”</source>
        <translation>offre déliée&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="588"/>
        <source>new status of %3 “%1”</source>
        <translation>nouveau statut&#xa0;: %3 «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="589"/>
        <source>status step cancelled on %3 “%1”</source>
        <translation>étape de statut annulée&#xa0;: %3 «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="590"/>
        <source>%3 “%1” kept</source>
        <translation>%3 «&#xa0;%1&#xa0;» conservé(e)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="591"/>
        <source>proposals: %3</source>
        <translation>propositions&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="592"/>
        <source>%3 frozen</source>
        <translation>%3 figé(e)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="593"/>
        <source>“%1” marked as submitted</source>
        <translation>«&#xa0;%1&#xa0;» marqué comme soumis</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="595"/>
        <source>%3 sent: “%1”</source>
        <translation>%3 envoyé(e)&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="596"/>
        <source>%3 withdrawn: “%1”</source>
        <translation>%3 retiré(e)&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="599"/>
        <source>new order of %3</source>
        <translation>nouvel ordre&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="601"/>
        <source>change to %3 “%1”</source>
        <translation>modification&#xa0;: %3 «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="605"/>
        <source>agency</source>
        <translation>organisme</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="606"/>
        <source>point of contact</source>
        <translation>point de contact</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="607"/>
        <source>law</source>
        <translation>loi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="608"/>
        <source>matrix answer</source>
        <translation>réponse de la matrice</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="609"/>
        <source>legal reference</source>
        <translation>référence juridique</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="610"/>
        <source>action plan</source>
        <translation>plan d’action</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="611"/>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="612"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="613"/>
        <source>assistance request</source>
        <translation>demande d’assistance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="614"/>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="615"/>
        <source>offer</source>
        <translation>offre</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="617"/>
        <source>date of additional information</source>
        <translation>date d’informations complémentaires</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="618"/>
        <source>text of the national report</source>
        <translation>texte du rapport national</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="619"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="620"/>
        <source>agency workbook</source>
        <translation>classeur d’organisme</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="621"/>
        <source>submitted document</source>
        <translation>document soumis</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="622"/>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="624"/>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="626"/>
        <source>a matrix field</source>
        <translation>un champ de la matrice</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="629"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="630"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="631"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="632"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="637"/>
        <source>Cannot undo: plan version frozen</source>
        <translation>Impossible d’annuler&#xa0;: version du plan figée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="638"/>
        <source>Cannot undo: report submitted</source>
        <translation>Impossible d’annuler&#xa0;: rapport soumis</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="639"/>
        <source>Cannot undo: restored from a backup</source>
        <translation>Impossible d’annuler&#xa0;: données restaurées d’une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="640"/>
        <source>Cannot undo: workbook sent</source>
        <translation>Impossible d’annuler&#xa0;: classeur envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="642"/>
        <source>Cannot undo: “%1” cannot be taken back</source>
        <translation>Impossible d’annuler&#xa0;: «&#xa0;%1&#xa0;» ne peut pas être repris</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="646"/>
        <source>Cannot undo — %1: what it changed was changed again since (%2). Nothing was changed.</source>
        <translation>Impossible d’annuler — %1&#xa0;: ce qu’elle a modifié a été modifié de nouveau depuis (%2). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="649"/>
        <source>Cannot redo — %1: what it changed was changed again since (%2). Nothing was changed.</source>
        <translation>Impossible de rétablir — %1&#xa0;: ce qu’elle a modifié a été modifié de nouveau depuis (%2). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="652"/>
        <source>Cannot undo — %1: what it changed was changed since outside this application&apos;s steps (for example by another program). Nothing was changed.</source>
        <translation>Impossible d’annuler — %1&#xa0;: ce qu’elle a modifié a été modifié depuis en dehors des étapes de cette application (par exemple par un autre programme). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="657"/>
        <source>Cannot redo — %1: what it changed was changed since outside this application&apos;s steps (for example by another program). Nothing was changed.</source>
        <translation>Impossible de rétablir — %1&#xa0;: ce qu’elle a modifié a été modifié depuis en dehors des étapes de cette application (par exemple par un autre programme). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="662"/>
        <source>Cannot undo — %1: it is no longer the last step, the data was changed meanwhile (another window or the command line). Nothing was changed; the Edit menu now shows the next step.</source>
        <translation>Impossible d’annuler — %1&#xa0;: ce n’est plus la dernière étape, les données ont été modifiées entre-temps (une autre fenêtre ou la ligne de commande). Rien n’a été modifié&#xa0;; le menu Édition indique maintenant l’étape suivante.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="667"/>
        <source>Cannot redo — %1: the data was changed meanwhile (another window or the command line). Nothing was changed; the Edit menu now shows the next step.</source>
        <translation>Impossible de rétablir — %1&#xa0;: les données ont été modifiées entre-temps (une autre fenêtre ou la ligne de commande). Rien n’a été modifié&#xa0;; le menu Édition indique maintenant l’étape suivante.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="672"/>
        <source>There is nothing to undo.</source>
        <translation>Il n’y a rien à annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="673"/>
        <source>There is nothing to redo.</source>
        <translation>Il n’y a rien à rétablir.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="674"/>
        <source>Cannot undo — %1. Nothing was changed.</source>
        <translation>Impossible d’annuler — %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="675"/>
        <source>Cannot redo — %1. Nothing was changed.</source>
        <translation>Impossible de rétablir — %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="678"/>
        <source>Cannot undo — %1: the plan version is frozen as submitted. Nothing was changed.</source>
        <translation>Impossible d’annuler — %1&#xa0;: la version du plan est figée comme soumise. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="681"/>
        <source>Cannot undo — %1: the document was submitted to the Committee. Nothing was changed.</source>
        <translation>Impossible d’annuler — %1&#xa0;: le document a été soumis au Comité. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="684"/>
        <source>Cannot undo — %1: the data was restored from a backup since. Nothing was changed.</source>
        <translation>Impossible d’annuler — %1&#xa0;: les données ont été restaurées d’une sauvegarde depuis. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="687"/>
        <source>Cannot undo — %1: the workbook was sent to the agency. Nothing was changed.</source>
        <translation>Impossible d’annuler — %1&#xa0;: le classeur a été envoyé à l’organisme. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="780"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="781"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="782"/>
        <source>Label in another language</source>
        <translation>Libellé dans une autre langue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="787"/>
        <source>Adherence details</source>
        <translation>Détails sur l’adhésion</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="789"/>
        <source>English title</source>
        <translation>Titre en anglais</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="790"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="791"/>
        <source>Official gazette</source>
        <translation>Journal officiel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="792"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="793"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="794"/>
        <source>Expected output</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="795"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="797"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="798"/>
        <source>Areas</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="799"/>
        <source>Subjects</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="800"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="801"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="802"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="803"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="804"/>
        <source>Responsibilities</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="805"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="806"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="807"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="808"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <location filename="../../ui/labels.py" line="230"/>
        <source>Law</source>
        <translation>Loi</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="231"/>
        <source>Matrix field</source>
        <translation>Champ de la matrice</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <location filename="../../ui/labels.py" line="784"/>
        <source>Legal reference</source>
        <translation>Référence juridique</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233"/>
        <source>Matrix template</source>
        <translation>Modèle de matrice</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="234"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="246"/>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="247"/>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="248"/>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>loaded</source>
        <translation>chargement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>upgraded</source>
        <translation>mise à niveau</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="251"/>
        <source>restored</source>
        <translation>restauration</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256"/>
        <source>“%1” must be filled in.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être renseigné.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="257"/>
        <source>“%1” is not a date; write it as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne contient pas une date valide&#xa0;; saisissez-la au format AAAA-MM-JJ, par exemple 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="258"/>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne contient pas une adresse électronique valide.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="259"/>
        <source>“%1” has a value that is not allowed.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» contient une valeur non autorisée.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="260"/>
        <source>“%1” is too long.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est trop long.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261"/>
        <source>Another record already has this “%1”.</source>
        <translation>Un autre enregistrement a déjà cette valeur dans le champ «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>LayoutMemory</name>
    <message>
        <location filename="../../ui/layout_memory.py" line="366"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../ui/layout_memory.py" line="368"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <location filename="../../ui/layout_memory.py" line="392"/>
        <source>The layout was reset: window size, panes, columns and filters are as at first start.</source>
        <translation>La disposition a été réinitialisée&#xa0;: taille de la fenêtre, volets, colonnes et filtres sont comme au premier démarrage.</translation>
    </message>
</context>
<context>
    <name>LegalInstrumentTableModel</name>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="23"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="38"/>
        <source>Title in English</source>
        <translation>Titre en anglais</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="26"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="35"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="36"/>
        <source>Adopted</source>
        <translation>Adopté le</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="37"/>
        <source>In force since</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="31"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="34"/>
        <source>Cited by (fields)</source>
        <translation>Cité par (champs)</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="60"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="63"/>
        <source>Matrix row</source>
        <translation>Ligne de la matrice</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="64"/>
        <source>Weapons</source>
        <translation>Armes</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="65"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="66"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/models/legal_instrument_table_model.py" line="67"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>LegislationView</name>
    <message>
        <location filename="../../ui/views/legislation.py" line="53"/>
        <source>National laws register</source>
        <translation>Registre des textes nationaux</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="57"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="90"/>
        <source>Where the selected law is cited in the matrix</source>
        <translation>Où le texte sélectionné est cité dans la matrice</translation>
    </message>
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
            <numerusform>Cette loi est abrogée, mais %n champ de la matrice la cite encore. Revoyez-le&#xa0;: citez la loi qui l’a remplacée ou changez la valeur du champ.</numerusform>
            <numerusform>Cette loi est abrogée, mais %n champs de la matrice la citent encore. Revoyez chacun d’eux&#xa0;: citez la loi qui l’a remplacée ou changez la valeur du champ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="80"/>
        <source>No matrix field cites this law.</source>
        <translation>Aucun champ de la matrice ne cite ce texte.</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="91"/>
        <location filename="../../ui/views/legislation.py" line="93"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="165"/>
        <source>Delete law</source>
        <translation>Supprimer le texte</translation>
    </message>
    <message>
        <location filename="../../ui/views/legislation.py" line="166"/>
        <source>Delete “%1” from the register?</source>
        <translation>Supprimer « %1 » du registre&#xa0;?</translation>
    </message>
</context>
<context>
    <name>LinkOfferDialog</name>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="215"/>
        <source>Link an offer to the request</source>
        <translation>Lier une offre à la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="229"/>
        <source>(already linked)</source>
        <translation>(déjà liée)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="233"/>
        <source>Offers in the register, best fit first (★: shared type of assistance, area and scope).</source>
        <translation>Offres du registre, les mieux adaptées en premier (★&#xa0;: type d’assistance, domaine et portée en commun).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="240"/>
        <source>e.g. expert mission proposed for March</source>
        <translation>p. ex. mission d’experts proposée pour mars</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="242"/>
        <source>Offer received on</source>
        <translation>Offre reçue le</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="243"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Implementation matrix</source>
        <translation>Matrice de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Legislation</source>
        <translation>Législation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Agencies and contacts</source>
        <translation>Organismes et contacts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Agency workbooks</source>
        <translation>Classeurs des organismes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Reports and exports</source>
        <translation>Rapports et exportations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Open the &amp;training State</source>
        <translation>Ouvrir l’État d’&amp;exercice</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Back up (export the project package)…</source>
        <translation>&amp;Sauvegarder (exporter le paquet de projet)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>&amp;Guided tour</source>
        <translation>&amp;Visite guidée</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&amp;About / diagnostics</source>
        <translation>À &amp;propos / diagnostic</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Rechercher partout…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>%1 could not be done: %2 Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être fait&#xa0;: %2 Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>Back up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>The backup was written, but these documents are missing or damaged in the documents folder and are not in it: %1</source>
        <translation>La sauvegarde a été écrite, mais ces documents sont absents ou endommagés dans le dossier des documents et n’y figurent pas&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="633"/>
        <source>Interface: %1, working translation (%2 of %3 messages), not revised by the United Nations.</source>
        <translation>Interface&#xa0;: %1, traduction de travail (%2 messages sur %3), non révisée par l’Organisation des Nations Unies.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <location filename="../../ui/main_window.py" line="525"/>
        <source>Handover pack</source>
        <translation>Dossier de passation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="520"/>
        <source>The handover pack could not be written: %1</source>
        <translation>Le dossier de passation n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>Show the folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="595"/>
        <source>Replace all current data with the backup “%1”? The current data is kept aside first, as a backup file beside the database.</source>
        <translation>Remplacer toutes les données actuelles par la sauvegarde «&#xa0;%1&#xa0;»&#xa0;? Les données actuelles sont d’abord mises de côté, dans un fichier de sauvegarde à côté de la base de données.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>&amp;Handover pack for a successor…</source>
        <translation>&amp;Dossier de passation pour un successeur…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445"/>
        <source>%1 · matrix template %2</source>
        <translation>%1 · modèle de matrice %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>The backup could not be written: %1</source>
        <translation>Impossible d’écrire la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="489"/>
        <source>Backup written to %1 (%2, %3)</source>
        <translation>Sauvegarde écrite dans %1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="492"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>The handover pack is ready:

%1 (%2)
%3 (%4)

Give both files to your successor.</source>
        <translation>Le dossier de passation est prêt&#xa0;:

%1 (%2)
%3 (%4)

Remettez les deux fichiers à votre successeur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="528"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="547"/>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="549"/>
        <source>Databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de données (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557"/>
        <location filename="../../ui/main_window.py" line="567"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <source>Databases (*.sqlite3)</source>
        <translation>Bases de données (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="568"/>
        <source>“%1” already exists; it is opened as it is, nothing is overwritten.</source>
        <translation>« %1 » existe déjà&#xa0;; il est ouvert tel quel, rien n’est écrasé.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="593"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="616"/>
        <source>%1 %2

For national points of contact under UN Security Council resolution 1540 (2004).

Your data stays on this computer: %3</source>
        <translation>%1 %2

Pour les points de contact nationaux au titre de la résolution 1540 (2004) du Conseil de sécurité de l’Organisation des Nations Unies.

Vos données restent sur cet ordinateur&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>MarkSubmittedDialog</name>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="42"/>
        <location filename="../../ui/dialogs/reports.py" line="91"/>
        <location filename="../../ui/dialogs/reports.py" line="124"/>
        <source>Mark as submitted</source>
        <translation>Marquer comme soumis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="49"/>
        <source>Document: %1
File: %2</source>
        <translation>Document&#xa0;: %1
Fichier&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="63"/>
        <source>e.g. the reference of the note verbale</source>
        <translation>p. ex. la référence de la note verbale</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="70"/>
        <location filename="../../ui/dialogs/reports.py" line="118"/>
        <source>Date submitted</source>
        <translation>Date de soumission</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="71"/>
        <location filename="../../ui/dialogs/reports.py" line="118"/>
        <source>Note verbale reference</source>
        <translation>Référence de la note verbale</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="72"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="76"/>
        <source>The document is written again to the same file from the data as it is now (a report or a request with the note verbale number and the date typed here), then kept in the database exactly as written, with a copy of the data behind it. A submitted document is read-only: it cannot be changed or deleted afterwards. A later report can then list only the changes since this one.</source>
        <translation>Le document est écrit à nouveau dans le même fichier à partir des données telles qu’elles sont maintenant (un rapport ou une demande avec le numéro de la note verbale et la date saisis ici), puis conservé dans la base de données tel qu’il a été écrit, avec une copie des données dont il est issu. Un document soumis est en lecture seule&#xa0;: il ne peut plus être modifié ni supprimé. Un rapport ultérieur pourra alors ne présenter que les changements depuis celui-ci.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="129"/>
        <source>Not marked as submitted</source>
        <translation>Non marqué comme soumis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reports.py" line="130"/>
        <source>The document could not be marked as submitted: %1</source>
        <translation>Le document n’a pas pu être marqué comme soumis&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MatrixCounts</name>
    <message numerus="yes">
        <location filename="../../ui/models/matrix_table_model.py" line="34"/>
        <source>%n legal reference(s)</source>
        <translation>
            <numerusform>%n référence juridique</numerusform>
            <numerusform>%n références juridiques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixHeatMap</name>
    <message>
        <location filename="../../ui/widgets/heat_map.py" line="52"/>
        <source>Rows: the measures of each section, by number. Columns: under each weapon, its legal framework then its enforcement.</source>
        <translation>Lignes&#xa0;: les mesures de chaque section, par numéro. Colonnes&#xa0;: pour chaque arme, le cadre juridique puis l’application.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/heat_map.py" line="99"/>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
</context>
<context>
    <name>MatrixTableModel</name>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="178"/>
        <source>⚠ Cites a repealed law: review this field.</source>
        <translation>⚠ Cite un texte abrogé&#xa0;: révisez ce champ.</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="207"/>
        <source>national legal framework</source>
        <translation>cadre juridique national</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="209"/>
        <source>enforcement: civil / criminal penalties</source>
        <translation>application&#xa0;: sanctions civiles / pénales</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="214"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="217"/>
        <source>Yes (X)</source>
        <translation>Oui (X)</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="197"/>
        <location filename="../../ui/models/matrix_table_model.py" line="218"/>
        <source>Signature, ratification, entry into force</source>
        <translation>Signature, ratification, entrée en vigueur</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="143"/>
        <source>Wording not yet confirmed against the Committee&apos;s matrix.</source>
        <translation>Libellé non encore vérifié par rapport à la matrice du Comité.</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="219"/>
        <source>Remarks</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="224"/>
        <source>legal</source>
        <translation>cadre jur.</translation>
    </message>
    <message>
        <location filename="../../ui/models/matrix_table_model.py" line="226"/>
        <source>enforc.</source>
        <translation>sanctions</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../ui/views/matrix.py" line="384"/>
        <location filename="../../ui/views/matrix.py" line="466"/>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="398"/>
        <source>Keys: X, ? or N (NA) set the value, Delete clears it, Enter opens the details, Ctrl+PgDown / Ctrl+PgUp change section.</source>
        <translation>Touches&#xa0;: X, ? ou N (NA) fixent la valeur, Suppr l’efface, Entrée ouvre les détails, Ctrl+PgSuiv / Ctrl+PgPréc changent de section.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="404"/>
        <source>Propose actions for selected gaps</source>
        <translation>Proposer des actions pour les lacunes sélectionnées</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="408"/>
        <source>Select blank or ? cells (Ctrl+click or Shift+arrows), then add draft actions to the action plan, one per section.</source>
        <translation>Sélectionnez des cellules vides ou ? (Ctrl+clic ou Maj+flèches), puis ajoutez des projets d’action au plan d’action, un par section.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="455"/>
        <source>Search the matrix: words in any language, laws, remarks, agencies…</source>
        <translation>Rechercher dans la matrice&#xa0;: mots dans toute langue, textes, observations, organismes…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="459"/>
        <source>Any value</source>
        <translation>Toute valeur</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="460"/>
        <source>blank</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="464"/>
        <source>All sections</source>
        <translation>Toutes les sections</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="469"/>
        <source>All weapons</source>
        <translation>Toutes les armes</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="478"/>
        <source>Changed since YYYY-MM-DD</source>
        <translation>Modifié depuis AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="480"/>
        <source>Without legal reference</source>
        <translation>Sans référence juridique</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="527"/>
        <source>All agencies</source>
        <translation>Tous les organismes</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="551"/>
        <source>“Changed since” is not a date (YYYY-MM-DD).</source>
        <translation>«&#xa0;Modifié depuis&#xa0;» n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="559"/>
        <source>%n field(s) found</source>
        <translation>
            <numerusform>%n champ trouvé</numerusform>
            <numerusform>%n champs trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="660"/>
        <source>%n draft action(s) added to the action plan for %1. Edit them there, then keep or delete them.</source>
        <translation>
            <numerusform>%n projet d’action ajouté au plan d’action pour %1. Modifiez-le dans le plan, puis conservez-le ou supprimez-le.</numerusform>
            <numerusform>%n projets d’action ajoutés au plan d’action pour %1. Modifiez-les dans le plan, puis conservez-les ou supprimez-les.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matrix.py" line="663"/>
        <source>%n field(s)</source>
        <comment>for N fields</comment>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="652"/>
        <location filename="../../ui/views/matrix.py" line="658"/>
        <source>Propose actions</source>
        <translation>Proposer des actions</translation>
    </message>
    <message>
        <location filename="../../ui/views/matrix.py" line="652"/>
        <source>Select one or more blank or “?” cells first.</source>
        <translation>Sélectionnez d’abord une ou plusieurs cellules vides ou «&#xa0;?&#xa0;».</translation>
    </message>
</context>
<context>
    <name>NewWorkbookDialog</name>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="53"/>
        <source>New workbook for an agency</source>
        <translation>Nouveau classeur pour un organisme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="62"/>
        <source>The agency receives an Excel workbook with the fields chosen here and what they hold now. It fills in the white cells and sends the file back; you then import it and accept the changes one by one.</source>
        <translation>L’organisme reçoit un classeur Excel contenant les champs choisis ici et leur contenu actuel. Il remplit les cellules blanches et renvoie le fichier&#xa0;; vous l’importez ensuite et acceptez les modifications une à une.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="73"/>
        <source>No agency is recorded yet. Add the agencies under “Agencies and contacts” first: a workbook is always sent to one of them.</source>
        <translation>Aucun organisme n’est encore enregistré. Ajoutez d’abord les organismes sous «&#xa0;Organismes et contacts&#xa0;»&#xa0;: un classeur est toujours envoyé à l’un d’eux.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="103"/>
        <source>Section %1: %2</source>
        <translation>Section %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="109"/>
        <source>Only the fields this agency is responsible for</source>
        <translation>Uniquement les champs dont cet organisme est responsable</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="111"/>
        <source>The fields for which the matrix names this agency as responsible.</source>
        <translation>Les champs pour lesquels la matrice désigne cet organisme comme responsable.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="122"/>
        <source>Ask for a reply by</source>
        <translation>Demander une réponse d’ici le</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="142"/>
        <source>Shown on the first sheet of the workbook, e.g. what to check first.</source>
        <translation>Affichée sur la première feuille du classeur, p. ex. ce qu’il faut vérifier en premier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="156"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="157"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="158"/>
        <source>Language of the workbook</source>
        <translation>Langue du classeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="159"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="160"/>
        <source>Note to the agency</source>
        <translation>Note à l’organisme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="165"/>
        <source>Create the workbook…</source>
        <translation>Créer le classeur…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/agency_workbook.py" line="205"/>
        <source>%n field(s) will be sent.</source>
        <translation>
            <numerusform>%n champ sera envoyé.</numerusform>
            <numerusform>%n champs seront envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/agency_workbook.py" line="219"/>
        <source>%1 / %n character(s)</source>
        <translation>
            <numerusform>%1 / %n caractère</numerusform>
            <numerusform>%1 / %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="209"/>
        <source>No field: tick at least one section.</source>
        <translation>Aucun champ&#xa0;: cochez au moins une section.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="211"/>
        <source>No field of these sections names this agency as responsible.</source>
        <translation>Aucun champ de ces sections ne désigne cet organisme comme responsable.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="233"/>
        <source>Save the workbook for %1</source>
        <translation>Enregistrer le classeur pour %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="235"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="255"/>
        <source>Workbook not created</source>
        <translation>Classeur non créé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agency_workbook.py" line="256"/>
        <source>The workbook could not be written: %1

Nothing was recorded.</source>
        <translation>Le classeur n’a pas pu être écrit&#xa0;: %1

Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/views/overview.py" line="145"/>
        <source>Training State: fictional data for workshops</source>
        <translation>État d’exercice&#xa0;: données fictives pour les ateliers</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="154"/>
        <source>Edit profile…</source>
        <translation>Modifier le profil…</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="168"/>
        <source>matrix fields answered</source>
        <translation>champs de la matrice renseignés</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="171"/>
        <source>national agencies</source>
        <translation>organismes nationaux</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="172"/>
        <source>points of contact</source>
        <translation>points de contact</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="173"/>
        <source>laws in the register</source>
        <translation>lois inscrites au registre</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="174"/>
        <source>answers without a legal reference</source>
        <translation>réponses sans référence juridique</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="178"/>
        <source>Reporting to the 1540 Committee</source>
        <translation>Rapports présentés au Comité 1540</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="185"/>
        <source>First national report</source>
        <translation>Premier rapport national</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="186"/>
        <source>Additional information</source>
        <translation>Informations complémentaires</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="187"/>
        <source>Matrix approved by the Committee</source>
        <translation>Matrice approuvée par le Comité</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="188"/>
        <source>Matrix template version</source>
        <translation>Version du modèle de matrice</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="200"/>
        <source>Implementation matrix: coverage by section and weapon type</source>
        <translation>Matrice de mise en œuvre&#xa0;: couverture par section et par type d’arme</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="209"/>
        <source>Overdue and due in the next 60 days: actions of the plan, follow-up of assistance requests</source>
        <translation>En retard et à échéance dans les 60 prochains jours&#xa0;: actions du plan, suivi des demandes d’assistance</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="227"/>
        <source>The matrix at a glance</source>
        <translation>La matrice d’un coup d’œil</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="231"/>
        <source>Each square is a data field; click one to open it.</source>
        <translation>Chaque carré est un champ de données&#xa0;; cliquez pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="237"/>
        <source>Recent changes</source>
        <translation>Modifications récentes</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="267"/>
        <source>(focal point not named yet)</source>
        <translation>(point focal non encore désigné)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="270"/>
        <source>Focal point: %1</source>
        <translation>Point focal&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="273"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="284"/>
        <source>fields changed since the last report (%1)</source>
        <translation>champs modifiés depuis le dernier rapport (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="286"/>
        <source>fields changed (no report sent yet)</source>
        <translation>champs modifiés (aucun rapport envoyé)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="291"/>
        <source>Nothing overdue or due soon.</source>
        <translation>Rien en retard ni à échéance proche.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="309"/>
        <source>%n earlier</source>
        <translation>
            <numerusform>%n plus ancien</numerusform>
            <numerusform>%n plus anciens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/overview.py" line="321"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="331"/>
        <location filename="../../ui/views/overview.py" line="349"/>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="336"/>
        <source>%1 — assistance request sent on %2: the Chair will ask whether it has been met — %3</source>
        <translation>%1 — demande d’assistance envoyée le %2&#xa0;: le Président demandera si elle a été satisfaite — %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="343"/>
        <source>%1 — reply awaited from %2 (workbook sent on %3)</source>
        <translation>%1 — réponse attendue de %2 (classeur envoyé le %3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="347"/>
        <source>No reply date — reply awaited from %2 (workbook sent on %3)</source>
        <translation>Sans date de réponse — réponse attendue de %2 (classeur envoyé le %3)</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="361"/>
        <source>Section %1: %2</source>
        <translation>Section %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="364"/>
        <source>All sections B-D: %1</source>
        <translation>Sections B à D&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="382"/>
        <source>X %1 · ? %2 · NA %3 · blank %4 (%5 answered)</source>
        <translation>X %1 · ? %2 · NA %3 · vide %4 (%5 renseignés)</translation>
    </message>
</context>
<context>
    <name>PackageTarget</name>
    <message>
        <location filename="../../ui/widgets/package_target.py" line="47"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="53"/>
        <location filename="../../ui/dialogs/backups.py" line="69"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="57"/>
        <source>Choose a passphrase for the package. Keep it safe: without it nobody, not even you, can restore the package.</source>
        <translation>Choisissez une phrase secrète pour le paquet. Conservez-la en lieu sûr&#xa0;: sans elle, personne, pas même vous, ne peut restaurer le paquet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="61"/>
        <source>“%1” is encrypted. Enter its passphrase.</source>
        <translation>«&#xa0;%1&#xa0;» est chiffré. Saisissez sa phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="74"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="93"/>
        <source>Enter a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="95"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Saisissez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="102"/>
        <source>The passphrase is wrong, or the package is damaged.</source>
        <translation>La phrase secrète est incorrecte, ou le paquet est endommagé.</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="164"/>
        <source>Still to complete</source>
        <translation>Reste à compléter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="241"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="302"/>
        <source>Nothing missing: the request can be marked ready and sent.</source>
        <translation>Rien ne manque&#xa0;: la demande peut être marquée comme prête et envoyée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="401"/>
        <source>Unsaved text found</source>
        <translation>Texte non enregistré retrouvé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="402"/>
        <source>This form was being edited on %1 and was not saved. Restore that text?</source>
        <translation>Ce formulaire était en cours de modification le %1 et n’a pas été enregistré. Restaurer ce texte&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="425"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="427"/>
        <source>Your changes could not be saved: %1

Nothing was changed, and what you typed is still in the form.</source>
        <translation>Vos modifications n’ont pas pu être enregistrées&#xa0;: %1

Rien n’a été modifié et ce que vous avez saisi est toujours dans le formulaire.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="449"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_form.py" line="450"/>
        <source>You have typed changes that are not saved. Discard them?</source>
        <translation>Vous avez saisi des modifications qui ne sont pas enregistrées. Les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="112"/>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="114"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="115"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_panel.py" line="116"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/labels.py" line="423"/>
        <source>National report</source>
        <translation>Rapport national</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="424"/>
        <source>Implementation matrix</source>
        <translation>Matrice de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="425"/>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="426"/>
        <source>Assistance request</source>
        <translation>Demande d’assistance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="429"/>
        <source>The national report in the Committee&apos;s layout: covering note, introduction, one part per operative paragraph with every matrix field and its legal references, the measures under OP 6 to 10 (action plan, assistance requests sent) and an annex of the laws cited.</source>
        <translation>Le rapport national selon la présentation du Comité&#xa0;: note d’accompagnement, introduction, une partie par paragraphe du dispositif avec chaque champ de la matrice et ses références juridiques, les mesures relevant des PO 6 à 10 (plan d’action, demandes d’assistance envoyées) et une annexe des lois citées.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="435"/>
        <source>Only the matrix fields changed since the report submitted on %1, each with what was reported then and what holds now, with the covering note, the introduction and the part on OP 6 to 10.</source>
        <translation>Seuls les champs de la matrice modifiés depuis le rapport soumis le %1, chacun avec ce qui avait été déclaré et ce qui vaut maintenant, avec la note d’accompagnement, l’introduction et la partie sur les PO 6 à 10.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="440"/>
        <source>The 1540 Committee matrix: every field of sections A to D with its value, legal references, source and remarks, in the Committee&apos;s layout.</source>
        <translation>La matrice du Comité 1540&#xa0;: chaque champ des sections A à D avec sa valeur, ses références juridiques, sa source et ses remarques, selon la présentation du Comité.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="445"/>
        <source>The National Implementation Action Plan: its header, priorities and every action with lead agency, dates, status and progress, and a timeline.</source>
        <translation>Le plan d’action national de mise en œuvre&#xa0;: son en-tête, ses priorités et chaque action avec l’organisme chef de file, les dates, le statut et l’avancement, ainsi qu’un calendrier.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="450"/>
        <source>One assistance request on the Committee&apos;s template: point of contact, need, current situation, objectives, beneficiaries, timeframe and resources.</source>
        <translation>Une demande d’assistance sur le modèle du Comité&#xa0;: point de contact, besoin, situation actuelle, objectifs, bénéficiaires, calendrier et ressources.</translation>
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
        <translation>Complet</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="462"/>
        <source>Changes only</source>
        <translation>Changements seulement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="465"/>
        <source>Reading the data…</source>
        <translation>Lecture des données…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="466"/>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="467"/>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="468"/>
        <source>Checking the file against the database…</source>
        <translation>Vérification du fichier par rapport à la base de données…</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="471"/>
        <source>matrix fields</source>
        <translation>champs de la matrice</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="472"/>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="473"/>
        <source>assistance requests</source>
        <translation>demandes d’assistance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="474"/>
        <source>laws</source>
        <translation>lois</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="475"/>
        <source>parts of the request</source>
        <translation>rubriques de la demande</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="489"/>
        <source>%1 (changes since the last submitted report)</source>
        <translation>%1 (changements depuis le dernier rapport soumis)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="503"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="23"/>
        <source>Date submitted</source>
        <translation>Date de soumission</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="26"/>
        <location filename="../../ui/views/reports.py" line="170"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="31"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="35"/>
        <location filename="../../ui/views/reports.py" line="173"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="39"/>
        <location filename="../../ui/views/reports.py" line="174"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="42"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="43"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="44"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="45"/>
        <source>Marked by</source>
        <translation>Marqué par</translation>
    </message>
    <message>
        <location filename="../../ui/models/submission_model.py" line="65"/>
        <source>Checked: %1</source>
        <translation>Vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="84"/>
        <source>Reports and exports</source>
        <translation>Rapports et exportations</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="88"/>
        <source>Export the national report, the matrix, the action plan or an assistance request as PDF or Excel in any of the six UN languages. Every file is checked against the database before it is kept.</source>
        <translation>Exportez le rapport national, la matrice, le plan d’action ou une demande d’assistance en PDF ou Excel dans l’une des six langues de l’ONU. Chaque fichier est vérifié par rapport à la base de données avant d’être conservé.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="129"/>
        <source>Full report</source>
        <translation>Rapport complet</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="131"/>
        <source>Changes since the last submitted report</source>
        <translation>Changements depuis le dernier rapport soumis</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="144"/>
        <source>PDF (to print or send)</source>
        <translation>PDF (pour imprimer ou envoyer)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="146"/>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="163"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="171"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="172"/>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="178"/>
        <source>New export</source>
        <translation>Nouvelle exportation</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="213"/>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="215"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="217"/>
        <source>Mark as submitted…</source>
        <translation>Marquer comme soumis…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="219"/>
        <source>Keep this file, read-only, as the document sent to the 1540 Committee.</source>
        <translation>Conserver ce fichier, en lecture seule, comme le document envoyé au Comité 1540.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="233"/>
        <source>Last export</source>
        <translation>Dernière exportation</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="246"/>
        <source>Report text…</source>
        <translation>Texte du rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="250"/>
        <source>The type of report, its reference and date, the national context and the other measures (OP 6 to 10).</source>
        <translation>Le type de rapport, sa référence et sa date, le contexte national et les autres mesures (PO 6 à 10).</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="253"/>
        <source>Text of the national report</source>
        <translation>Texte du rapport national</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="275"/>
        <source>No document has been marked as submitted yet. After sending a document to the Committee, export it here and use “Mark as submitted…”.</source>
        <translation>Aucun document n’a encore été marqué comme soumis. Après avoir envoyé un document au Comité, exportez-le ici et utilisez «&#xa0;Marquer comme soumis…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="282"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="284"/>
        <source>Write the document exactly as it was submitted to a file.</source>
        <translation>Écrire dans un fichier le document exactement tel qu’il a été soumis.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="286"/>
        <source>Submitted documents are kept in the database exactly as sent; they cannot be changed or deleted.</source>
        <translation>Les documents soumis sont conservés dans la base de données exactement tels qu’envoyés&#xa0;; ils ne peuvent être ni modifiés ni supprimés.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="293"/>
        <source>Submitted documents</source>
        <translation>Documents soumis</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="328"/>
        <source>No assistance request yet</source>
        <translation>Aucune demande d’assistance pour l’instant</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="338"/>
        <source>Available once a national report has been marked as submitted: export the full report, send it, then use “Mark as submitted…”.</source>
        <translation>Disponible dès qu’un rapport national a été marqué comme soumis&#xa0;: exportez le rapport complet, envoyez-le, puis utilisez «&#xa0;Marquer comme soumis…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="345"/>
        <source>Only the matrix fields changed since the report submitted on %1.</source>
        <translation>Seuls les champs de la matrice modifiés depuis le rapport soumis le %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="352"/>
        <source>First national report</source>
        <translation>Premier rapport national</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="354"/>
        <source>Additional information (a later report)</source>
        <translation>Informations complémentaires (rapport ultérieur)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="358"/>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="359"/>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="360"/>
        <source>the day of the export</source>
        <translation>le jour de l’exportation</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="362"/>
        <source>Committee&apos;s note answered: %1</source>
        <translation>Note du Comité à laquelle il est répondu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="400"/>
        <source>In Excel, each part is a sheet; the first column holds each record&apos;s key.</source>
        <translation>Dans Excel, chaque partie est une feuille&#xa0;; la première colonne contient la clé de chaque enregistrement.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="407"/>
        <source>Write the chosen document to a file; it is read back and checked before it is kept.</source>
        <translation>Écrire le document choisi dans un fichier&#xa0;; il est relu et vérifié avant d’être conservé.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="409"/>
        <source>There is no assistance request to export yet.</source>
        <translation>Il n’y a pas encore de demande d’assistance à exporter.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="463"/>
        <location filename="../../ui/views/reports.py" line="694"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="463"/>
        <location filename="../../ui/views/reports.py" line="694"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="466"/>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="485"/>
        <source>Exporting %1…</source>
        <translation>Exportation&#xa0;: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="504"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="513"/>
        <source>Exporting %1</source>
        <translation>Exportation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="514"/>
        <source>Preparing the export…</source>
        <translation>Préparation de l’exportation…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="523"/>
        <source>Cancelling the export…</source>
        <translation>Annulation de l’exportation…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="560"/>
        <source>The export failed: nothing was written.</source>
        <translation>L’exportation a échoué&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="564"/>
        <source>The export stopped because of an unexpected problem: %1

Nothing was written. Please report this problem.</source>
        <translation>L’exportation s’est arrêtée à cause d’un problème inattendu&#xa0;: %1

Rien n’a été écrit. Merci de signaler ce problème.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="592"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="636"/>
        <source>The file was changed after the export (it may have been opened and saved). Marking it as submitted writes it again from the data: the changes made in the file are not kept. Continue?</source>
        <translation>Le fichier a été modifié après l’exportation (il a peut-être été ouvert et enregistré). Le marquer comme soumis l’écrit à nouveau à partir des données&#xa0;: les modifications apportées au fichier ne sont pas conservées. Continuer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="479"/>
        <location filename="../../ui/views/reports.py" line="567"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="571"/>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportation annulée&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="579"/>
        <source>Nothing exported yet. Choose a document, then press “Export…”.</source>
        <translation>Rien n’a encore été exporté. Choisissez un document, puis appuyez sur «&#xa0;Exporter…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="584"/>
        <source>Written and checked: %1</source>
        <translation>Écrit et vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="595"/>
        <source>Checked against the database: %1.</source>
        <translation>Vérifié par rapport à la base de données&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="598"/>
        <source>Marked as submitted: it is listed under “Submitted documents”.</source>
        <translation>Marqué comme soumis&#xa0;: il figure sous «&#xa0;Documents soumis&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="623"/>
        <location filename="../../ui/views/reports.py" line="634"/>
        <source>Mark as submitted</source>
        <translation>Marquer comme soumis</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="624"/>
        <source>The file %1 is no longer there; export the document again.</source>
        <translation>Le fichier %1 n’existe plus&#xa0;; exportez à nouveau le document.</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="697"/>
        <source>Save a copy of the submitted document</source>
        <translation>Enregistrer une copie du document soumis</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="707"/>
        <source>Copy not saved</source>
        <translation>Copie non enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="710"/>
        <source>Copy of the submitted document saved to %1</source>
        <translation>Copie du document soumis enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/views/assistance.py" line="79"/>
        <source>Still to complete (double-click to fill in)</source>
        <translation>Reste à compléter (double-cliquez pour renseigner)</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="84"/>
        <source>Unlink offer</source>
        <translation>Délier l’offre</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="86"/>
        <source>Offers linked to this request</source>
        <translation>Offres liées à cette demande</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="92"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="92"/>
        <source>Step or change</source>
        <translation>Étape ou modification</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="92"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="95"/>
        <source>Cancel the last status change…</source>
        <translation>Annuler le dernier changement de statut…</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="97"/>
        <source>Lifecycle and history</source>
        <translation>Cycle de vie et historique</translation>
    </message>
    <message>
        <location filename="../../ui/views/assistance.py" line="108"/>
        <source>Documents (note verbale, acknowledgement, offer…)</source>
        <translation>Documents (note verbale, accusé de réception, offre…)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="171"/>
        <location filename="../../ui/dialogs/backups.py" line="271"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="176"/>
        <source>A backup of this database is made every day when the application starts. Choose one, or another backup file. Your current data is kept aside first.</source>
        <translation>Une sauvegarde de cette base de données est faite chaque jour au démarrage de l’application. Choisissez-en une, ou un autre fichier de sauvegarde. Vos données actuelles sont d’abord mises de côté.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="183"/>
        <source>Checked</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="200"/>
        <source>Damaged: %1</source>
        <translation>Endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="207"/>
        <source>Damaged</source>
        <translation>Endommagée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="209"/>
        <source>Sound (integrity checked)</source>
        <translation>Intègre (intégrité vérifiée)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="211"/>
        <source>Not checked (older version; checked when restored)</source>
        <translation>Non vérifiée (version antérieure ; vérifiée à la restauration)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="224"/>
        <source>There is no daily backup of this database yet (folder: %1).</source>
        <translation>Il n’y a pas encore de sauvegarde quotidienne de cette base de données (dossier&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="230"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="234"/>
        <source>Other file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups.py" line="273"/>
        <source>Backups (*.un1540 *.sqlite3 *.db);;All files (*)</source>
        <translation>Sauvegardes (*.un1540 *.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/dialogs/search.py" line="41"/>
        <source>Search everything</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="48"/>
        <source>Words to find in the matrix, laws, actions, requests, contacts…</source>
        <translation>Mots à chercher dans la matrice, les lois, les actions, les demandes, les contacts…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="62"/>
        <source>↑ ↓ to choose, Enter to open, Esc to close.</source>
        <translation>↑ ↓ pour choisir, Entrée pour ouvrir, Échap pour fermer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="82"/>
        <source>%n matrix field(s)</source>
        <translation>
            <numerusform>%n champ de la matrice</numerusform>
            <numerusform>%n champs de la matrice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="83"/>
        <source>%n law(s)</source>
        <translation>
            <numerusform>%n loi</numerusform>
            <numerusform>%n lois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="84"/>
        <source>%n priority(ies) of the action plan</source>
        <translation>
            <numerusform>%n priorité du plan d’action</numerusform>
            <numerusform>%n priorités du plan d’action</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="85"/>
        <source>%n action(s) of the action plan</source>
        <translation>
            <numerusform>%n action du plan d’action</numerusform>
            <numerusform>%n actions du plan d’action</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="86"/>
        <source>%n assistance request(s)</source>
        <translation>
            <numerusform>%n demande d’assistance</numerusform>
            <numerusform>%n demandes d’assistance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="87"/>
        <source>%n assistance provider(s)</source>
        <translation>
            <numerusform>%n fournisseur d’assistance</numerusform>
            <numerusform>%n fournisseurs d’assistance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="88"/>
        <source>%n assistance offer(s)</source>
        <translation>
            <numerusform>%n offre d’assistance</numerusform>
            <numerusform>%n offres d’assistance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="89"/>
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n organisme</numerusform>
            <numerusform>%n organismes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="90"/>
        <source>%n point(s) of contact</source>
        <translation>
            <numerusform>%n point de contact</numerusform>
            <numerusform>%n points de contact</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="104"/>
        <source>Matched in %1: %2</source>
        <translation>Trouvé dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="117"/>
        <source>Type a word: every part of the database is searched.</source>
        <translation>Tapez un mot&#xa0;: toute la base de données est parcourue.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search.py" line="120"/>
        <source>Nothing holds “%1”.</source>
        <translation>Rien ne contient «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="123"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/search.py" line="125"/>
        <source>(%n not shown: type more words to narrow the search)</source>
        <translation>
            <numerusform>(%n non affiché&#xa0;: tapez d’autres mots pour affiner la recherche)</numerusform>
            <numerusform>(%n non affichés&#xa0;: tapez d’autres mots pour affiner la recherche)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="50"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="58"/>
        <source>Weapons</source>
        <translation>Armes</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="59"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="51"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="52"/>
        <source>Matched in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="55"/>
        <source>Legal references</source>
        <translation>Références juridiques</translation>
    </message>
    <message>
        <location filename="../../ui/models/search_result_model.py" line="62"/>
        <source>Remarks</source>
        <translation>Observations</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="40"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="42"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="55"/>
        <source>Correct the translation…</source>
        <translation>Corriger la traduction…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="64"/>
        <source>Digits in Arabic</source>
        <translation>Chiffres en arabe</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="67"/>
        <source>Latin: %1</source>
        <translation>Latins&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="67"/>
        <source>Arabic-Indic: %1</source>
        <translation>Indo-arabes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="75"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="82"/>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="84"/>
        <source>Matrix template</source>
        <translation>Modèle de matrice</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="85"/>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="87"/>
        <source>Back up…</source>
        <translation>Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="90"/>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="130"/>
        <source>The interface is written in English.</source>
        <translation>L’interface est rédigée en anglais.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/settings.py" line="133"/>
        <source>Working translation of all %n interface message(s), not revised by the United Nations. Documents sent to the Committee use their own texts in each language.</source>
        <translation>
            <numerusform>Traduction de travail de %n message de l’interface, non révisée par l’Organisation des Nations Unies. Les documents adressés au Comité utilisent leurs propres textes dans chaque langue.</numerusform>
            <numerusform>Traduction de travail des %n messages de l’interface, non révisée par l’Organisation des Nations Unies. Les documents adressés au Comité utilisent leurs propres textes dans chaque langue.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="140"/>
        <source>Working translation: %1 of %2 interface messages; the others are shown in English.</source>
        <translation>Traduction de travail&#xa0;: %1 messages de l’interface sur %2&#xa0;; les autres s’affichent en anglais.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="146"/>
        <source>Your corrections file could not be read (%1); the shipped translation is used.</source>
        <translation>Votre fichier de corrections n’a pas pu être lu (%1)&#xa0;; la traduction livrée est utilisée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/settings.py" line="149"/>
        <source>%n correction(s) of yours in use, from %1.</source>
        <translation>
            <numerusform>%n correction de votre part est utilisée, depuis %1.</numerusform>
            <numerusform>%n corrections de votre part sont utilisées, depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="159"/>
        <source>Correct the translation</source>
        <translation>Corriger la traduction</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="161"/>
        <source>Your corrections file is %1.

Open it with Qt Linguist or a text editor, change the translations you want, save it, then choose the language again (or restart). Your corrections are kept when the application is updated.</source>
        <translation>Votre fichier de corrections est %1.

Ouvrez-le avec Qt Linguist ou un éditeur de texte, modifiez les traductions voulues, enregistrez-le, puis choisissez de nouveau la langue (ou redémarrez). Vos corrections sont conservées lors des mises à jour de l’application.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="108"/>
        <source>Exported documents</source>
        <translation>Documents exportés</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="109"/>
        <source>Credit 1540 Focal Point in exported documents</source>
        <translation>Mentionner 1540 Focal Point dans les documents exportés</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="115"/>
        <source>The footer of every page then says “Prepared on … with 1540 Focal Point”; otherwise it gives only the date the document was prepared.</source>
        <translation>Le pied de chaque page indique alors «&#xa0;Établi le … avec 1540 Focal Point&#xa0;»&#xa0;; sinon, il ne donne que la date à laquelle le document a été établi.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/help.py" line="301"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="306"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="308"/>
        <source>Copy the list to paste it into a document.</source>
        <translation>Copier la liste pour la coller dans un document.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="310"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="52"/>
        <source>Change the status of the request</source>
        <translation>Changer le statut de la demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="66"/>
        <source>e.g. NV/1540/2026/12</source>
        <translation>p. ex. NV/1540/2026/12</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="67"/>
        <source>Note verbale reference</source>
        <translation>Référence de la note verbale</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="71"/>
        <source>What happened: who answered, what was agreed.</source>
        <translation>Ce qui s’est passé&#xa0;: qui a répondu, ce qui a été convenu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="80"/>
        <source>Current status</source>
        <translation>Statut actuel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="81"/>
        <location filename="../../ui/dialogs/assistance.py" line="141"/>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="82"/>
        <location filename="../../ui/dialogs/assistance.py" line="140"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="84"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="106"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="125"/>
        <source>The request is not complete yet: what is missing is listed above. “Complete the request…” opens the form on the first item.</source>
        <translation>La demande n’est pas encore complète&#xa0;: ce qui manque est indiqué ci-dessus. «&#xa0;Compléter la demande…&#xa0;» ouvre le formulaire sur le premier élément.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="134"/>
        <source>Complete the request…</source>
        <translation>Compléter la demande…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assistance.py" line="149"/>
        <source>The status could not be changed: %1</source>
        <translation>Le statut n’a pas pu être modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="69"/>
        <source>(no priority)</source>
        <translation>(sans priorité)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="71"/>
        <source>(no lead agency)</source>
        <translation>(sans organisme chef de file)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="163"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="200"/>
        <source>Action %1: %2</source>
        <translation>Action %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="202"/>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="208"/>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="209"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="212"/>
        <source>Lead agency: %1</source>
        <translation>Organisme chef de file&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/widgets/timeline.py" line="375"/>
        <source>Overdue (!)</source>
        <translation>En retard (!)</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <location filename="../../ui/tooltips.py" line="19"/>
        <source>A date, typed as YYYY-MM-DD (for example 2019-11-05).</source>
        <translation>Une date, tapée sous la forme AAAA-MM-JJ (par exemple 2019-11-05).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="24"/>
        <source>X: the State has taken the step or given specific references</source>
        <translation>X&#xa0;: l’État a pris la mesure ou donné des références précises</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="25"/>
        <source>?: the references given may not be relevant or are incomplete</source>
        <translation>?&#xa0;: les références données ne sont peut-être pas pertinentes ou sont incomplètes</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="26"/>
        <source>NA: the field does not apply to the State</source>
        <translation>NA&#xa0;: le champ ne s’applique pas à l’État</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="27"/>
        <source>Blank: no information given or found</source>
        <translation>Vide&#xa0;: aucune information donnée ni trouvée</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="32"/>
        <source>NW: nuclear weapons</source>
        <translation>NW&#xa0;: armes nucléaires</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="33"/>
        <source>CW: chemical weapons</source>
        <translation>CW&#xa0;: armes chimiques</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="34"/>
        <source>BW: biological weapons</source>
        <translation>BW&#xa0;: armes biologiques</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="39"/>
        <source>The State profile, the coverage of the matrix and what needs attention.</source>
        <translation>Le profil de l’État, la couverture de la matrice et ce qui demande votre attention.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="41"/>
        <source>The 1540 Committee&apos;s matrix, sections A to D: your answers with their legal references.</source>
        <translation>La matrice du Comité 1540, sections A à D&#xa0;: vos réponses avec leurs références juridiques.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="43"/>
        <source>The National Implementation Action Plan: priorities, actions, submitted versions.</source>
        <translation>Le plan d’action national de mise en œuvre&#xa0;: priorités, actions, versions soumises.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="44"/>
        <source>Assistance requests to the 1540 Committee, providers and their offers.</source>
        <translation>Les demandes d’assistance au Comité 1540, les fournisseurs et leurs offres.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="45"/>
        <source>The national laws register, cited from the matrix.</source>
        <translation>Le registre national des textes, cités depuis la matrice.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="46"/>
        <source>National agencies and points of contact.</source>
        <translation>Les organismes nationaux et les points de contact.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="47"/>
        <source>Excel workbooks sent to agencies for their answers, and their import.</source>
        <translation>Les classeurs Excel envoyés aux organismes pour leurs réponses, et leur importation.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="48"/>
        <source>The national report and other documents, as PDF or Excel; submitted documents.</source>
        <translation>Le rapport national et les autres documents, en PDF ou Excel&#xa0;; les documents soumis.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="49"/>
        <source>Language, data file, backups.</source>
        <translation>Langue, fichier de données, sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="57"/>
        <source>Finds words in the answers, legal references, sources and remarks, in any of the six languages.</source>
        <translation>Trouve des mots dans les réponses, les références juridiques, les sources et les remarques, dans l’une des six langues.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="60"/>
        <source>Only the fields with this value: X = step taken, ? = references incomplete or not relevant, NA = does not apply, blank = no information.</source>
        <translation>Seulement les champs ayant cette valeur&#xa0;: X = mesure prise,&#xa0;? = références incomplètes ou non pertinentes, NA = sans objet, vide = aucune information.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="64"/>
        <source>Only one section: A = OP 1, B = OP 2, C = OP 3 (a) and (b), D = OP 3 (c) and (d).</source>
        <translation>Une seule section&#xa0;: A = OP 1, B = OP 2, C = OP 3 a) et b), D = OP 3 c) et d).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="66"/>
        <source>Only one type of weapon: NW = nuclear, CW = chemical, BW = biological.</source>
        <translation>Un seul type d’arme&#xa0;: NW = nucléaire, CW = chimique, BW = biologique.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="67"/>
        <source>Only the fields for which this agency is responsible.</source>
        <translation>Seulement les champs dont cet organisme est responsable.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="68"/>
        <source>Only the fields changed since this date, typed as YYYY-MM-DD.</source>
        <translation>Seulement les champs modifiés depuis cette date, tapée sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="69"/>
        <source>Only the fields answered X or ? that cite no law yet.</source>
        <translation>Seulement les champs marqués X ou&#xa0;? qui ne citent encore aucun texte.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="73"/>
        <source>X = the State has taken the step; ? = references incomplete or not relevant; NA = does not apply; blank = no information.</source>
        <translation>X = l’État a pris la mesure&#xa0;;&#xa0;? = références incomplètes ou non pertinentes&#xa0;; NA = sans objet&#xa0;; vide = aucune information.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="76"/>
        <source>A law of the register. To cite a law that is not listed, add it in Legislation first.</source>
        <translation>Un texte du registre. Pour citer un texte qui n’est pas listé, ajoutez-le d’abord dans Législation.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="77"/>
        <source>The article or paragraph of the law that answers this field.</source>
        <translation>L’article ou le paragraphe du texte qui répond à ce champ.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="78"/>
        <source>Add the chosen law and article to the field&apos;s legal references.</source>
        <translation>Ajouter le texte et l’article choisis aux références juridiques du champ.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="80"/>
        <source>Remove the selected legal reference from this field; the law stays in the register.</source>
        <translation>Retirer de ce champ la référence juridique sélectionnée&#xa0;; le texte reste dans le registre.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="83"/>
        <source>Where the Committee can check it: the page of the English version of the national report, or an official web site.</source>
        <translation>Où le Comité peut le vérifier&#xa0;: la page de la version anglaise du rapport national, ou un site Web officiel.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="86"/>
        <source>The national agency responsible for this field.</source>
        <translation>L’organisme national responsable de ce champ.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="87"/>
        <source>Save the value, references, source and remarks of this field (Ctrl+Enter).</source>
        <translation>Enregistrer la valeur, les références, la source et les remarques de ce champ (Ctrl+Entrée).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="91"/>
        <source>The current plan, or a version frozen when it was submitted (read-only).</source>
        <translation>Le plan courant, ou une version figée lors de sa soumission (en lecture seule).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="93"/>
        <source>Keep this version of the plan, read-only, as submitted to the 1540 Committee. This cannot be undone.</source>
        <translation>Conserver cette version du plan, en lecture seule, comme soumise au Comité 1540. Cette opération ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="96"/>
        <source>Keep the proposed action in the plan (proposed from gaps in the matrix).</source>
        <translation>Conserver l’action proposée dans le plan (proposée à partir des lacunes de la matrice).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="97"/>
        <source>Start an assistance request from the selected action.</source>
        <translation>Ouvrir une demande d’assistance à partir de l’action sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="98"/>
        <source>Only the actions with this status.</source>
        <translation>Seulement les actions ayant ce statut.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="99"/>
        <source>Only the actions of this agency.</source>
        <translation>Seulement les actions de cet organisme.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="100"/>
        <source>Show the timeline by priority or by lead agency.</source>
        <translation>Afficher le calendrier par priorité ou par organisme chef de file.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="104"/>
        <source>Start a request from an action of the plan marked as needing assistance.</source>
        <translation>Ouvrir une demande à partir d’une action du plan marquée comme nécessitant une assistance.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="107"/>
        <source>Record the next step of the selected request (sent, acknowledged, circulated…) with its date.</source>
        <translation>Enregistrer l’étape suivante de la demande sélectionnée (envoyée, accusé de réception, diffusée…) avec sa date.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="110"/>
        <source>Link an offer of assistance to the selected request; the offers are ranked by how well they fit.</source>
        <translation>Lier une offre d’assistance à la demande sélectionnée&#xa0;; les offres sont classées selon leur adéquation.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="112"/>
        <source>Only the requests at this step.</source>
        <translation>Seulement les demandes à cette étape.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="113"/>
        <source>Only the offers of the provider selected above.</source>
        <translation>Seulement les offres du fournisseur sélectionné plus haut.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="117"/>
        <source>Remove the link between the selected offer and this request; the offer stays in the register.</source>
        <translation>Retirer le lien entre l’offre sélectionnée et cette demande&#xa0;; l’offre reste dans le registre.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="119"/>
        <source>Remove the last step of the request, if it was entered by mistake.</source>
        <translation>Supprimer la dernière étape de la demande, si elle a été saisie par erreur.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="122"/>
        <source>Only the laws with this status (in force, amended, repealed, draft).</source>
        <translation>Seulement les textes ayant ce statut (en vigueur, modifié, abrogé, projet).</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="125"/>
        <source>Only the points of contact of the agency selected above.</source>
        <translation>Seulement les points de contact de l’organisme sélectionné plus haut.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="129"/>
        <source>The document to write: the national report, the matrix, the action plan or an assistance request.</source>
        <translation>Le document à produire&#xa0;: le rapport national, la matrice, le plan d’action ou une demande d’assistance.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="133"/>
        <source>Ask for the workbook back by this date; after it, it is listed as overdue.</source>
        <translation>Demander le retour du classeur à cette date&#xa0;; passé ce délai, il est signalé en retard.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="138"/>
        <source>Only the fields you changed yourself after the workbook was sent; they are left unticked.</source>
        <translation>Seulement les champs que vous avez modifiés vous-même après l’envoi du classeur&#xa0;; ils restent non cochés.</translation>
    </message>
    <message>
        <location filename="../../ui/tooltips.py" line="142"/>
        <source>The date on which the document was sent to the 1540 Committee.</source>
        <translation>La date à laquelle le document a été envoyé au Comité 1540.</translation>
    </message>
</context>
<context>
    <name>ViewKeys</name>
    <message>
        <location filename="../../ui/help.py" line="359"/>
        <source>Other commands</source>
        <translation>Autres commandes</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="364"/>
        <source>Implementation matrix</source>
        <translation>Matrice de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="374"/>
        <source>Set the selected cells to X (the step is taken)</source>
        <translation>Mettre les cellules sélectionnées à X (mesure prise)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="375"/>
        <source>Set the selected cells to ? (references incomplete or not relevant)</source>
        <translation>Mettre les cellules sélectionnées à&#xa0;? (références incomplètes ou non pertinentes)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="376"/>
        <source>Set the selected cells to NA (does not apply)</source>
        <translation>Mettre les cellules sélectionnées à NA (sans objet)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="377"/>
        <source>Empty the selected cells (no information)</source>
        <translation>Vider les cellules sélectionnées (aucune information)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="382"/>
        <source>Go to the details of the field</source>
        <translation>Aller aux détails du champ</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="383"/>
        <source>Apply the details of the field</source>
        <translation>Appliquer les détails du champ</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="384"/>
        <source>Next section</source>
        <translation>Section suivante</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="385"/>
        <source>Previous section</source>
        <translation>Section précédente</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="387"/>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="389"/>
        <source>Edit the selected record</source>
        <translation>Modifier l’enregistrement sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="392"/>
        <source>Delete the selected record</source>
        <translation>Supprimer l’enregistrement sélectionné</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/views/welcome.py" line="44"/>
        <source>Where to start</source>
        <translation>Par où commencer</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="48"/>
        <source>This database holds nothing of the State yet. Choose how to begin; you can do the others later.</source>
        <translation>Cette base de données ne contient encore rien de l’État. Choisissez comment commencer&#xa0;; vous ferez le reste plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="60"/>
        <source>Set the State profile…</source>
        <translation>Renseigner le profil de l’État…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="61"/>
        <source>Name the State, its focal point and the dates of its reports to the Committee.</source>
        <translation>Indiquez l’État, son point focal et les dates de ses rapports au Comité.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="66"/>
        <source>Start from the Committee&apos;s matrix…</source>
        <translation>Partir de la matrice du Comité…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="67"/>
        <source>Import the State&apos;s matrix as the Committee published it (an Excel workbook in its layout).</source>
        <translation>Importez la matrice de l’État telle que le Comité l’a publiée (un classeur Excel dans sa présentation).</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="72"/>
        <source>Fill in the matrix</source>
        <translation>Remplir la matrice</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="73"/>
        <source>Answer the matrix field by field: X, ?, NA, with the laws that back each answer.</source>
        <translation>Répondez à la matrice champ par champ&#xa0;: X, ?, NA, avec les textes qui fondent chaque réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="78"/>
        <source>Open the training State</source>
        <translation>Ouvrir l’État d’exercice</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="79"/>
        <source>Explore a fictional State filled in for workshops; your own database is not changed.</source>
        <translation>Découvrez un État fictif rempli pour les ateliers&#xa0;; votre propre base de données n’est pas modifiée.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="84"/>
        <source>Restore a package from your predecessor…</source>
        <translation>Restaurer le paquet de votre prédécesseur…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcome.py" line="85"/>
        <source>Take over the work from the package (.un1540) your predecessor handed over.</source>
        <translation>Reprenez le travail à partir du paquet (.un1540) que votre prédécesseur vous a remis.</translation>
    </message>
</context>
<context>
    <name>WorkbookCounts</name>
    <message numerus="yes">
        <location filename="../../ui/models/workbook_table_model.py" line="50"/>
        <source>Imported on %1: %n change(s)</source>
        <translation>
            <numerusform>Importé le %1&#xa0;: %n modification</numerusform>
            <numerusform>Importé le %1&#xa0;: %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/workbook_table_model.py" line="53"/>
        <source>Sent to %1 by %2, %n field(s).</source>
        <translation>
            <numerusform>Envoyé à %1 par %2, %n champ.</numerusform>
            <numerusform>Envoyé à %1 par %2, %n champs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkbookTableModel</name>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="67"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="70"/>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="76"/>
        <source>Reply by</source>
        <translation>Réponse d’ici le</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="80"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="82"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="84"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="85"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="117"/>
        <source>Awaited, overdue</source>
        <translation>Attendu, en retard</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="127"/>
        <source>The reply was expected by %1.</source>
        <translation>La réponse était attendue pour le %1.</translation>
    </message>
    <message>
        <location filename="../../ui/models/workbook_table_model.py" line="133"/>
        <source>Note to the agency: %1</source>
        <translation>Note à l’organisme&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WorkbooksView</name>
    <message>
        <location filename="../../ui/views/workbooks.py" line="48"/>
        <source>Agency workbooks</source>
        <translation>Classeurs des organismes</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="52"/>
        <source>A workbook is an Excel file that asks an agency to check and complete the matrix fields it knows about. The agency fills in the white cells and sends the file back to you. When you import it, you see every change it proposes next to what the database holds; nothing changes until you accept the changes.</source>
        <translation>Un classeur est un fichier Excel qui demande à un organisme de vérifier et de compléter les champs de la matrice qui relèvent de sa compétence. L’organisme remplit les cellules blanches et vous renvoie le fichier. Lorsque vous l’importez, vous voyez chaque modification proposée à côté de ce que contient la base de données&#xa0;; rien ne change tant que vous n’avez pas accepté les modifications.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="61"/>
        <source>The Committee&apos;s matrix can be imported the same way: the matrix as the 1540 Committee published it for your State, typed into Excel in the Committee&apos;s layout (the Excel export of the matrix from “Reports and exports” has that layout and serves as the blank form).</source>
        <translation>La matrice du Comité peut être importée de la même manière&#xa0;: la matrice telle que le Comité 1540 l’a publiée pour votre État, saisie dans Excel selon la présentation du Comité (l’exportation Excel de la matrice depuis «&#xa0;Rapports et exportations&#xa0;» a cette présentation et sert de formulaire vierge).</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="70"/>
        <source>New workbook for an agency…</source>
        <translation>Nouveau classeur pour un organisme…</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="73"/>
        <source>Choose the agency and the fields; the workbook is saved where you say, ready to send by e-mail.</source>
        <translation>Choisissez l’organisme et les champs&#xa0;; le classeur est enregistré à l’endroit indiqué, prêt à être envoyé par courriel.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="75"/>
        <source>Import a returned workbook…</source>
        <translation>Importer un classeur renvoyé…</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="77"/>
        <source>Read a workbook an agency sent back and see what it would change.</source>
        <translation>Lire un classeur renvoyé par un organisme et voir ce qu’il modifierait.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="78"/>
        <source>Import the Committee&apos;s matrix…</source>
        <translation>Importer la matrice du Comité…</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="82"/>
        <source>Read the Committee&apos;s matrix for your State, typed into Excel in the Committee&apos;s layout (one sheet per section A to D), and see what it would change.</source>
        <translation>Lire la matrice du Comité pour votre État, saisie dans Excel selon la présentation du Comité (une feuille par section, de A à D), et voir ce qu’elle modifierait.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="86"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="89"/>
        <source>Stop waiting for the selected workbook: it can no longer be imported.</source>
        <translation>Ne plus attendre le classeur sélectionné&#xa0;: il ne pourra plus être importé.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="118"/>
        <source>No workbook has been sent yet. Press “New workbook for an agency…” to prepare the first one.</source>
        <translation>Aucun classeur n’a encore été envoyé. Appuyez sur «&#xa0;Nouveau classeur pour un organisme…&#xa0;» pour préparer le premier.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="123"/>
        <source>Workbooks sent</source>
        <translation>Classeurs envoyés</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="200"/>
        <source>Workbook for %1 written to %2 (%3). Send it to the agency; when it comes back, use “Import a returned workbook…”.</source>
        <translation>Classeur pour %1 écrit dans %2 (%3). Envoyez-le à l’organisme&#xa0;; à son retour, utilisez «&#xa0;Importer un classeur renvoyé…&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="205"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="279"/>
        <source>Nothing to import: %1 proposes no change to the data (%2).</source>
        <translation>Rien à importer&#xa0;: %1 ne propose aucune modification des données (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="281"/>
        <source>%n field(s) read</source>
        <translation>
            <numerusform>%n champ lu</numerusform>
            <numerusform>%n champs lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="284"/>
        <source>%n of its answers are already in the database.</source>
        <translation>
            <numerusform>%n de ses réponses est déjà dans la base.</numerusform>
            <numerusform>%n de ses réponses sont déjà dans la base.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="296"/>
        <source>%n change(s) imported in %1 from %2.</source>
        <translation>
            <numerusform>%n modification importée dans %1 depuis %2.</numerusform>
            <numerusform>%n modifications importées dans %1 depuis %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="297"/>
        <source>%n field(s)</source>
        <comment>in N fields</comment>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/workbooks.py" line="301"/>
        <source>%n change(s) were not accepted.</source>
        <translation>
            <numerusform>%n modification n’a pas été acceptée.</numerusform>
            <numerusform>%n modifications n’ont pas été acceptées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="217"/>
        <source>Withdraw the workbook</source>
        <translation>Retirer le classeur</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="219"/>
        <source>Stop waiting for the workbook sent to %1 on %2? It can no longer be imported afterwards; the answers in the database do not change.</source>
        <translation>Ne plus attendre le classeur envoyé à %1 le %2&#xa0;? Il ne pourra plus être importé par la suite&#xa0;; les réponses de la base de données ne changent pas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="233"/>
        <source>Import the Committee&apos;s matrix (Excel, in the Committee&apos;s layout)</source>
        <translation>Importer la matrice du Comité (Excel, selon la présentation du Comité)</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="235"/>
        <source>Import a workbook returned by an agency</source>
        <translation>Importer un classeur renvoyé par un organisme</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="237"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="259"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="264"/>
        <source>File not imported</source>
        <translation>Fichier non importé</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="268"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="287"/>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <location filename="../../ui/views/workbooks.py" line="305"/>
        <source>Changes imported</source>
        <translation>Modifications importées</translation>
    </message>
</context>
</TS>
