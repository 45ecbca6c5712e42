""" "Myth or fact?": the misconceptions as statements to judge, with the myth and its correction shown after."""

from __future__ import annotations

from collections.abc import Collection
from html import escape
from typing import Any

from desktop.core.content.markup import render_inline
from desktop.core.learning.quiz import MythQuestion, myth_questions
from desktop.document import Style, plain_join
from desktop.ui.learn.quiz_view import QuizView, shorten
from desktop.ui.learn.texts import box


class MythQuizView(QuizView[MythQuestion]):
    """ "Myth or fact?": a statement about a term; say whether it is a common myth or a fact."""

    KIND = "myth"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.setObjectName("myth-quiz")
        self.retranslate()

    def _make_questions(self, seed: int, term_ids: Collection[str] | None) -> list[MythQuestion]:
        return myth_questions(self._glossary, seed=seed, term_ids=term_ids)

    def _choices(self, question: MythQuestion) -> list[tuple[str, str]]:
        return [("myth", self.tr("Myth")), ("fact", self.tr("Fact"))]

    def _right_value(self, question: MythQuestion) -> str:
        return "fact" if question.is_fact else "myth"

    def _answer_term(self, question: MythQuestion) -> str:
        return question.term_id

    def _display_name(self) -> str:
        return self.tr("Myth or fact? question")

    def _verdict_text(self, question: MythQuestion, chosen: str) -> str:
        right = chosen == self._right_value(question)
        if question.is_fact:
            return self.tr("Right: this is a fact.") if right else self.tr("Not quite: this is a fact.")
        return self.tr("Right: this is a myth.") if right else self.tr("Not quite: this is a common myth.")

    def _empty_text(self) -> str:
        return self.tr("No misconceptions are written for the terms of this study set.")

    def _missed_html(self, question: MythQuestion) -> str:
        verdict = self.tr("a fact") if question.is_fact else self.tr("a myth")
        return f"{escape(shorten(question.statement))} → {escape(verdict)} · {self._link(question.term_id)}"

    def _question_html(self, question: MythQuestion, style: Style) -> str:
        ask = self.tr("Myth or fact?")
        about = escape(self.tr("About %1")).replace("%1", self._link(question.term_id))
        return f'<h2>{escape(ask)}</h2><p style="color:{style.muted}">{about}</p>' + box(
            f"<b>{escape(question.statement)}</b>", style.box, style.box_border
        )

    def _feedback_html(self, question: MythQuestion, chosen: str, style: Style) -> str:
        right = chosen == self._right_value(question)
        text = self._verdict_text(question, chosen)
        myth_label, fact_label = escape(self.tr("Myth")), escape(self.tr("Fact"))
        # Framed paragraphs, not a table (a table reaches a screen reader between U+FDD0/U+FDD1 markers).
        fact = render_inline(plain_join(question.fact), self._known)
        return (
            self._verdict(right, escape(text), style)
            + box(f"<b>{myth_label}:</b> {render_inline(question.myth, self._known)}", style.myth, style.box_border)
            + box(f"<b>{fact_label}:</b> {fact}", style.fact, style.box_border)
        )
