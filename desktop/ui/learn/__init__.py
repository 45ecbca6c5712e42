"""Learn mode: flashcards with FSRS scheduling, two quizzes and the Progress view (see `LearnPage`)."""

from desktop.ui.learn.learn_page import LearnPage
from desktop.ui.learn.texts import import_summary_text, recovery_message, unavailable_message

__all__ = ["LearnPage", "import_summary_text", "recovery_message", "unavailable_message"]
