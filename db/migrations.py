"""The database schema, as an ordered list of migration steps.

Each step runs in its own transaction together with the record that it was applied (sqlite-utils
`Migrations`), so a crash or a full disk in the middle of an upgrade leaves the database at the
previous version, never half upgraded. Steps are never edited once released: a change to the schema
is a new step at the end.

sqlite-utils is imported only to apply pending steps: the steps applied are read here from its table
`_sqlite_migrations` (rows of `migration_set`, `name`, `applied_at`, in the order they ran), so that
opening an up-to-date database does not import it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from db.connection import Database

if TYPE_CHECKING:
    import sqlite_utils

MIGRATION_SET = "un1540"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' `Migrations.migrations_table`
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

StepFunction = Callable[[Database], None]


class Step:
    """One migration step: its name, the function that applies it, whether it runs in a transaction."""

    __slots__ = ("fn", "name", "transactional")

    def __init__(self, name: str, fn: StepFunction, transactional: bool = True) -> None:
        self.name, self.fn, self.transactional = name, fn, transactional


class MigrationSet:
    """The steps of the set `name`, registered in order with `@migrations(name=...)`, recorded and applied
    as sqlite-utils' `Migrations` of the same name does (it applies them). Plain classes, not dataclasses:
    they are made at every start-up."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.steps: list[Step] = []

    def __call__(self, *, name: str, transactional: bool = True) -> Callable[[StepFunction], StepFunction]:
        def register(fn: StepFunction) -> StepFunction:
            if any(step.name == name for step in self.steps):
                raise ValueError(f"Migration {name!r} is already registered in set {self.name!r}")
            self.steps.append(Step(name, fn, transactional))
            return fn

        return register

    def applied(self, db: Database) -> list[str]:
        """Names of the steps applied to `db`, in the order they ran (read only)."""
        if not _has_table(db):
            return []
        return [
            row[0]
            for row in db.execute(
                f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid", [self.name]
            )
        ]

    def pending(self, db: Database) -> list[Step]:
        """The steps not applied to `db` yet, in order (read only)."""
        done = set(self.applied(db))
        return [step for step in self.steps if step.name not in done]

    def needs_apply(self, db: Database) -> bool:
        """Whether `apply` would write anything: a step is pending, or the record of steps is not in the shape
        this sqlite-utils gives it (its primary key `id`), which `apply` converts."""
        if self.pending(db):
            return True
        keys = sorted(
            (int(row[5]), str(row[1])) for row in db.execute(f"PRAGMA table_info([{MIGRATIONS_TABLE}])") if row[5]
        )
        return [name for _position, name in keys] != ["id"]

    def apply(self, db: Database, *, stop_before: str | Iterable[str] | None = None) -> None:
        """Apply the pending steps with sqlite-utils' `Migrations` (on `db`'s own connection), each in one
        transaction with the record that it ran; stop before the step(s) `stop_before`."""
        from sqlite_utils import Database as SqliteUtilsDatabase
        from sqlite_utils.migrations import Migrations

        applier = Migrations(self.name)
        for step in self.steps:
            applier(name=step.name, transactional=step.transactional)(_on(db, step.fn))
        applier.apply(SqliteUtilsDatabase(db.conn, execute_plugins=False), stop_before=stop_before)


def _has_table(db: Database) -> bool:
    return (
        db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]).fetchone()
        is not None
    )


def _on(db: Database, fn: StepFunction) -> Callable[[sqlite_utils.Database], None]:
    """The step `fn` run on `db` (whose connection sqlite-utils' `Database` shares) when sqlite-utils calls it."""

    def run(_same_connection: sqlite_utils.Database) -> None:
        fn(db)

    run.__name__ = getattr(fn, "__name__", "step")
    return run


migrations = MigrationSet(MIGRATION_SET)


def _label_columns(prefix: str = "label") -> str:
    return ",\n    ".join(f"{prefix}_{lang} TEXT NOT NULL DEFAULT ''" for lang in LANGUAGES)


@migrations(name="001_state_agencies_contacts_laws")
def _m001(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE state_profile (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            state_code TEXT NOT NULL,
            focal_point_name TEXT NOT NULL DEFAULT '',
            focal_point_title TEXT NOT NULL DEFAULT '',
            first_report_date TEXT,
            committee_approval_date TEXT,
            coordination_mechanism TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            is_training INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE additional_report (
            id INTEGER PRIMARY KEY,
            submitted_on TEXT NOT NULL,
            reference TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE agency (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            acronym TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN (
                'ministry', 'regulator', 'customs', 'law_enforcement', 'intelligence',
                'health', 'defence', 'justice', 'research', 'other')),
            parent TEXT NOT NULL DEFAULT '',
            responsibilities TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE point_of_contact (
            id INTEGER PRIMARY KEY,
            contact_type TEXT NOT NULL DEFAULT 'capital' CHECK (contact_type IN (
                'capital', 'mission', 'assistance', 'other')),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            title TEXT NOT NULL DEFAULT '',
            agency_id INTEGER REFERENCES agency(id) ON DELETE SET NULL,
            organisation TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            languages TEXT NOT NULL DEFAULT '',
            date_notified TEXT,
            date_last_confirmed TEXT,
            training_attended TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_point_of_contact_agency ON point_of_contact(agency_id)")
    db.execute(
        """
        CREATE TABLE legal_instrument (
            id INTEGER PRIMARY KEY,
            title_original TEXT NOT NULL CHECK (length(trim(title_original)) > 0),
            title_en TEXT NOT NULL DEFAULT '',
            instrument_type TEXT NOT NULL DEFAULT 'law' CHECK (instrument_type IN (
                'constitution', 'law', 'decree', 'regulation', 'order', 'other')),
            number TEXT NOT NULL DEFAULT '',
            date_adopted TEXT,
            date_in_force TEXT,
            gazette_reference TEXT NOT NULL DEFAULT '',
            link TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'in_force' CHECK (status IN (
                'in_force', 'amended', 'repealed', 'draft')),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )


@migrations(name="002_matrix_template_and_answers")
def _m002(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE matrix_template (
            version TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            loaded_at TEXT NOT NULL,
            is_current INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(
        f"""
        CREATE TABLE matrix_section (
            key TEXT PRIMARY KEY,
            ordinal INTEGER NOT NULL,
            layout TEXT NOT NULL CHECK (layout IN ('adherence', 'weapon_aspect')),
            {_label_columns()}
        )"""
    )
    db.execute(
        f"""
        CREATE TABLE matrix_row (
            key TEXT PRIMARY KEY,
            section_key TEXT NOT NULL REFERENCES matrix_section(key) ON UPDATE CASCADE,
            number INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            confirmed INTEGER NOT NULL DEFAULT 1,
            {_label_columns()}
        )"""
    )
    db.execute(
        """
        CREATE TABLE matrix_field (
            key TEXT PRIMARY KEY,
            row_key TEXT NOT NULL REFERENCES matrix_row(key) ON UPDATE CASCADE,
            weapon TEXT CHECK (weapon IS NULL OR weapon IN ('NW', 'CW', 'BW')),
            aspect TEXT NOT NULL CHECK (aspect IN ('adherence', 'legal', 'enforcement')),
            ordinal INTEGER NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_matrix_field_row ON matrix_field(row_key)")
    db.execute(
        """
        CREATE TABLE matrix_answer (
            field_key TEXT PRIMARY KEY
                REFERENCES matrix_field(key) ON UPDATE CASCADE ON DELETE RESTRICT,
            value TEXT NOT NULL DEFAULT '' CHECK (value IN ('X', '?', 'NA', '')),
            source TEXT NOT NULL DEFAULT '',
            remarks TEXT NOT NULL DEFAULT '',
            responsible_agency_id INTEGER REFERENCES agency(id) ON DELETE SET NULL,
            reviewed_on TEXT,
            signature_date TEXT,
            ratification_date TEXT,
            entry_into_force_date TEXT,
            adherence_details TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE matrix_citation (
            id INTEGER PRIMARY KEY,
            field_key TEXT NOT NULL
                REFERENCES matrix_field(key) ON UPDATE CASCADE ON DELETE CASCADE,
            legal_instrument_id INTEGER NOT NULL
                REFERENCES legal_instrument(id) ON DELETE RESTRICT,
            article TEXT NOT NULL DEFAULT '',
            ordinal INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX idx_matrix_citation_field ON matrix_citation(field_key)")
    db.execute("CREATE INDEX idx_matrix_citation_instrument ON matrix_citation(legal_instrument_id)")
    # Answers to fields that a newer template dropped are kept here, never deleted.
    db.execute(
        """
        CREATE TABLE matrix_answer_retired (
            id INTEGER PRIMARY KEY,
            field_key TEXT NOT NULL,
            template_version TEXT NOT NULL,
            answer TEXT NOT NULL,
            retired_at TEXT NOT NULL
        )"""
    )


@migrations(name="003_audit_log_and_drafts")
def _m003(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'gui',
            action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'load', 'upgrade', 'restore')),
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            changes TEXT NOT NULL DEFAULT '{}'
        )"""
    )
    db.execute("CREATE INDEX idx_audit_log_entity ON audit_log(entity, entity_id)")
    db.execute("CREATE INDEX idx_audit_log_at ON audit_log(at)")
    # Text a user is typing in a form, saved as they type so that a crash loses nothing.
    db.execute(
        """
        CREATE TABLE form_draft (
            key TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            saved_at TEXT NOT NULL
        )"""
    )


@migrations(name="004_action_plan")
def _m004(db: Database) -> None:
    # One working plan (frozen_on NULL) and any number of frozen versions, each read-only once
    # submitted; a frozen version keeps its own copy of priorities, actions and links.
    db.execute(
        """
        CREATE TABLE action_plan (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            period_start TEXT,
            period_end TEXT,
            adopting_authority TEXT NOT NULL DEFAULT '',
            adoption_decision TEXT NOT NULL DEFAULT '',
            coordination_mechanism TEXT NOT NULL DEFAULT '',
            submitted_on TEXT,
            review_dates TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            frozen_on TEXT,
            previous_id INTEGER REFERENCES action_plan(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        "CREATE UNIQUE INDEX idx_action_plan_one_working ON action_plan((frozen_on IS NULL)) WHERE frozen_on IS NULL"
    )
    db.execute(
        """
        CREATE TABLE plan_priority (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_plan_priority_plan ON plan_priority(plan_id)")
    db.execute(
        """
        CREATE TABLE plan_action (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
            priority_id INTEGER REFERENCES plan_priority(id) ON DELETE SET NULL,
            ordinal INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT NOT NULL DEFAULT '',
            operative_paragraphs TEXT NOT NULL DEFAULT '',
            weapon_scope TEXT NOT NULL DEFAULT '',
            lead_agency_id INTEGER REFERENCES agency(id) ON DELETE SET NULL,
            start_date TEXT,
            due_date TEXT,
            status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN (
                'planned', 'in_progress', 'done', 'delayed', 'cancelled')),
            progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
            expected_output TEXT NOT NULL DEFAULT '',
            indicator TEXT NOT NULL DEFAULT '',
            budget TEXT NOT NULL DEFAULT '',
            funding_source TEXT NOT NULL DEFAULT '',
            assistance_needed INTEGER NOT NULL DEFAULT 0 CHECK (assistance_needed IN (0, 1)),
            notes TEXT NOT NULL DEFAULT '',
            is_proposal INTEGER NOT NULL DEFAULT 0 CHECK (is_proposal IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_plan_action_plan ON plan_action(plan_id, priority_id)")
    db.execute(
        """
        CREATE TABLE plan_action_agency (
            action_id INTEGER NOT NULL REFERENCES plan_action(id) ON DELETE CASCADE,
            agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
            PRIMARY KEY (action_id, agency_id)
        )"""
    )
    db.execute(
        """
        CREATE TABLE plan_action_field (
            action_id INTEGER NOT NULL REFERENCES plan_action(id) ON DELETE CASCADE,
            field_key TEXT NOT NULL REFERENCES matrix_field(key) ON UPDATE CASCADE ON DELETE CASCADE,
            PRIMARY KEY (action_id, field_key)
        )"""
    )
    db.execute("CREATE INDEX idx_plan_action_field_key ON plan_action_field(field_key)")


@migrations(name="005_assistance")
def _m005(db: Database) -> None:
    # Requests on the Committee's assistance template (one per subject area), their dated status
    # history, the providers' published offers, and which offer answers which request.
    db.execute(
        """
        CREATE TABLE assistance_request (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            request_date TEXT,
            note_verbale_reference TEXT NOT NULL DEFAULT '',
            contact_id INTEGER REFERENCES point_of_contact(id) ON DELETE SET NULL,
            areas TEXT NOT NULL DEFAULT '',
            weapon_scope TEXT NOT NULL DEFAULT '',
            assistance_types TEXT NOT NULL DEFAULT '',
            need_description TEXT NOT NULL DEFAULT '',
            current_situation TEXT NOT NULL DEFAULT '',
            objectives TEXT NOT NULL DEFAULT '',
            expected_results TEXT NOT NULL DEFAULT '',
            timeframe_start TEXT,
            timeframe_end TEXT,
            timeframe TEXT NOT NULL DEFAULT '',
            estimated_resources TEXT NOT NULL DEFAULT '',
            assistance_received TEXT NOT NULL DEFAULT '',
            preferred_providers TEXT NOT NULL DEFAULT '',
            consent_to_publication TEXT NOT NULL DEFAULT '' CHECK (consent_to_publication IN ('', 'yes', 'no')),
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN (
                'draft', 'ready', 'sent', 'acknowledged', 'circulated', 'offer_received', 'matched',
                'delivered', 'closed', 'withdrawn')),
            sent_on TEXT,
            action_id INTEGER REFERENCES plan_action(id) ON DELETE SET NULL,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_assistance_request_action ON assistance_request(action_id)")
    db.execute(
        """
        CREATE TABLE assistance_request_agency (
            request_id INTEGER NOT NULL REFERENCES assistance_request(id) ON DELETE CASCADE,
            agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
            PRIMARY KEY (request_id, agency_id)
        )"""
    )
    db.execute(
        """
        CREATE TABLE assistance_request_field (
            request_id INTEGER NOT NULL REFERENCES assistance_request(id) ON DELETE CASCADE,
            field_key TEXT NOT NULL REFERENCES matrix_field(key) ON UPDATE CASCADE ON DELETE CASCADE,
            PRIMARY KEY (request_id, field_key)
        )"""
    )
    db.execute(
        """
        CREATE TABLE assistance_event (
            id INTEGER PRIMARY KEY,
            request_id INTEGER NOT NULL REFERENCES assistance_request(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            previous_status TEXT NOT NULL,
            event_date TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_assistance_event_request ON assistance_event(request_id, event_date)")
    db.execute(
        """
        CREATE TABLE assistance_provider (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL DEFAULT 'state',
            contact_name TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE assistance_offer (
            id INTEGER PRIMARY KEY,
            provider_id INTEGER NOT NULL REFERENCES assistance_provider(id) ON DELETE CASCADE,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            assistance_types TEXT NOT NULL DEFAULT '',
            weapon_scope TEXT NOT NULL DEFAULT '',
            areas TEXT NOT NULL DEFAULT '',
            regions TEXT NOT NULL DEFAULT '',
            subjects TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            published_on TEXT,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_assistance_offer_provider ON assistance_offer(provider_id)")
    db.execute(
        """
        CREATE TABLE assistance_match (
            request_id INTEGER NOT NULL REFERENCES assistance_request(id) ON DELETE CASCADE,
            offer_id INTEGER NOT NULL REFERENCES assistance_offer(id) ON DELETE CASCADE,
            linked_on TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (request_id, offer_id)
        )"""
    )
    db.execute("CREATE INDEX idx_assistance_match_offer ON assistance_match(offer_id)")


@migrations(name="006_reports_and_submissions")
def _m006(db: Database) -> None:
    # What the national report says besides the matrix (covering note, introduction, other measures),
    # and the read-only record of every document marked as submitted: the file itself and a snapshot of
    # the data behind it, against which "changes since the last submitted report" is computed.
    db.execute(
        """
        CREATE TABLE report_settings (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            report_type TEXT NOT NULL DEFAULT 'first' CHECK (report_type IN ('first', 'additional')),
            reference TEXT NOT NULL DEFAULT '',
            report_date TEXT,
            national_context TEXT NOT NULL DEFAULT '',
            other_measures TEXT NOT NULL DEFAULT '',
            updated_at TEXT
        )"""
    )
    db.execute(
        """
        CREATE TABLE submission (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('report', 'matrix', 'nap', 'assistance')),
            scope TEXT NOT NULL DEFAULT 'full' CHECK (scope IN ('full', 'changes')),
            request_id INTEGER,
            submitted_on TEXT NOT NULL,
            reference TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            lang TEXT NOT NULL,
            format TEXT NOT NULL CHECK (format IN ('pdf', 'xlsx')),
            file_name TEXT NOT NULL,
            document BLOB NOT NULL,
            sha256 TEXT NOT NULL,
            snapshot TEXT NOT NULL,
            counts TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX idx_submission_kind ON submission(kind, submitted_on)")
    # A submission is a record of what was sent: never changed. Only resetting the training State
    # may delete them.
    db.execute(
        "CREATE TRIGGER submission_read_only BEFORE UPDATE ON submission "
        "BEGIN SELECT RAISE(ABORT, 'a submitted document is read-only'); END"
    )
    db.execute(
        "CREATE TRIGGER submission_kept BEFORE DELETE ON submission "
        "WHEN coalesce((SELECT is_training FROM state_profile WHERE id = 1), 0) = 0 "
        "BEGIN SELECT RAISE(ABORT, 'a submitted document is kept for the record'); END"
    )


@migrations(name="007_attachments_and_agency_workbooks")
def _m007(db: Database) -> None:
    # Documents kept as evidence (the text of a law, a note verbale, ...). The file itself lives in the
    # documents folder beside the database, named by its SHA-256, so it is written once however often it
    # is attached and a package can check every byte of it.
    db.execute(
        """
        CREATE TABLE attachment (
            id INTEGER PRIMARY KEY,
            entity TEXT NOT NULL CHECK (entity IN (
                'state_profile', 'legal_instrument', 'matrix_field', 'plan_action', 'assistance_request')),
            entity_id TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size >= 0),
            description TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL,
            added_by TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX idx_attachment_entity ON attachment(entity, entity_id)")
    db.execute("CREATE INDEX idx_attachment_sha256 ON attachment(sha256)")
    # A workbook sent to an agency: which fields it covers and what they held when it left, so that an
    # import proposes only what the agency changed and marks what the focal point changed meanwhile.
    db.execute(
        """
        CREATE TABLE agency_workbook (
            id INTEGER PRIMARY KEY,
            token TEXT NOT NULL UNIQUE,
            agency_id INTEGER REFERENCES agency(id) ON DELETE SET NULL,
            agency_name TEXT NOT NULL,
            lang TEXT NOT NULL,
            template_version TEXT NOT NULL,
            field_keys TEXT NOT NULL,
            baseline TEXT NOT NULL,
            file_name TEXT NOT NULL,
            due_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            exported_at TEXT NOT NULL,
            exported_by TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'imported', 'withdrawn')),
            imported_at TEXT,
            imported_changes INTEGER
        )"""
    )
    db.execute("CREATE INDEX idx_agency_workbook_status ON agency_workbook(status, exported_at)")


@migrations(name="008_steps_for_undo")
def _m008(db: Database) -> None:
    # Each write operation is one step (app/steps.py): what it was, for the undo menu and the history, and
    # every row it wrote as it was before and after (JSON), from which undo and redo put rows back. Steps
    # older than the last few hundred are forgotten with their rows; the audit log keeps the history.
    db.execute(
        """
        CREATE TABLE step (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'gui',
            action TEXT NOT NULL,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            ref_kind TEXT,
            ref_key TEXT,
            reason TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'dropped'))
        )"""
    )
    db.execute("CREATE INDEX idx_step_state ON step(state, id)")
    db.execute(
        """
        CREATE TABLE step_row (
            id INTEGER PRIMARY KEY,
            step_id INTEGER NOT NULL,
            tbl TEXT NOT NULL,
            key TEXT NOT NULL,
            before TEXT,
            after TEXT
        )"""
    )
    db.execute("CREATE INDEX idx_step_row_step ON step_row(step_id)")
    db.execute("CREATE INDEX idx_step_row_key ON step_row(tbl, key)")
    # Which step wrote an audit entry (none for entries older than steps, or made outside one).
    db.execute("ALTER TABLE audit_log ADD COLUMN step_id INTEGER")


@migrations(name="009_committee_note_answered")
def _m009(db: Database) -> None:
    # The Committee's note verbale that the report answers, if any (its reference and date), which the
    # covering note cites: "with reference to the Committee's note S/AC.44/2026/OC.12 of 5 March 2026".
    db.execute("ALTER TABLE report_settings ADD COLUMN committee_note_reference TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE report_settings ADD COLUMN committee_note_date TEXT")


def migration_names() -> list[str]:
    """Names of every step this version of the application knows, in order."""
    return [step.name for step in migrations.steps]


def applied_names(db: Database) -> list[str]:
    """Names of the steps already applied to `db`, in the order they ran."""
    return migrations.applied(db)
