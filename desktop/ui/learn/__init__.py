"""Learn mode: flashcards with FSRS scheduling, two quizzes and the Progress view (`learn_page.LearnPage`).

Nothing is imported here, so that the small modules (`texts`) can be used before the Learn page is built without
loading the page and its views.
"""
