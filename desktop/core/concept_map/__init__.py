"""The concept map: which terms to draw and how they are linked (graph), and where each goes (layout). No Qt."""
