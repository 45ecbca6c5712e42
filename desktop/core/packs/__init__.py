"""Glossary packs: CSV and YAML packs read column by column, ids and names, and the pack cache."""
