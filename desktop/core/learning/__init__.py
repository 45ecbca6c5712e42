"""Learning: the progress store, FSRS scheduling, quizzes, progress files, handouts and Anki decks."""
