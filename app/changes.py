"""What a write operation changed: the value every operation in `app/` returns.

A screen does not ask "which operation ran?" but "did a kind of record I show change?". Each write
operation returns a `Changes`: the kinds of record it touched (their table names, e.g. `agency`,
`matrix_answer`, `plan_action_agency`), the ids of the records touched per kind, a `Description` of
the step for the undo menu and the history, and the operation's own result in `value` (the id of a
created record, the fields a change touched, an import's counts).

Kinds and ids are not declared by hand: `app.steps` records every row a step writes and builds the
`Changes` from that record, so an operation cannot forget to say what it changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")

# Every kind of record a step can change: the State's tables that hold what users enter. A view names
# the kinds it shows; tests check that the names it uses are among these.
KINDS = frozenset(
    {
        "action_plan",
        "additional_report",
        "agency",
        "agency_workbook",
        "assistance_event",
        "assistance_match",
        "assistance_offer",
        "assistance_provider",
        "assistance_request",
        "assistance_request_agency",
        "assistance_request_field",
        "attachment",
        "legal_instrument",
        "matrix_answer",
        "matrix_answer_retired",
        "matrix_citation",
        "plan_action",
        "plan_action_agency",
        "plan_action_field",
        "plan_priority",
        "point_of_contact",
        "report_settings",
        "state_profile",
        "submission",
    }
)


@dataclass(frozen=True)
class Description:
    """One step as a person would name it, without words of any language in it.

    `action` says what was done (a code such as `create`, `update`, `delete`, `set_answer`, `import`);
    `kind` the kind of record it was done to; `subject` the record's own name as the user typed or knows
    it (an agency's name, a law's title), shown as it is; `ref` points at a record whose name depends on
    the interface language (`("matrix_field", key)`), for the interface to name it in its language.
    """

    action: str
    kind: str
    subject: str = ""
    ref: tuple[str, str] | None = None


# Why a step cannot be undone (Step.reason, UndoRefused.code when it is "not_undoable").
NOT_UNDOABLE_REASONS = ("frozen", "submitted", "restored", "sent")


@dataclass(frozen=True)
class Changes(Generic[T]):
    """What one operation changed (see the module's docstring). False when nothing changed."""

    kinds: frozenset[str] = frozenset()
    ids: Mapping[str, frozenset[Any]] = field(default_factory=dict)
    description: Description | None = None
    step_id: int | None = None  # the step the undo menu can take back; None when nothing was recorded
    value: T | None = None
    everything: bool = False  # the whole database was replaced (a restore): every view reloads

    def __bool__(self) -> bool:
        return self.everything or bool(self.kinds)

    def touches(self, kinds: Iterable[str]) -> bool:
        """Whether any of `kinds` changed (always, when everything did)."""
        return self.everything or not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: str) -> frozenset[Any]:
        return self.ids.get(kind, frozenset())

    @property
    def id(self) -> Any:
        """The id of the record the operation created (its `value`), for callers that go on with it."""
        return self.value

    @classmethod
    def of_everything(cls, description: Description | None = None, value: T | None = None) -> Changes[T]:
        return cls(kinds=KINDS, description=description, value=value, everything=True)
