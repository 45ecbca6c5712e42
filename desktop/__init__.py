"""Alignment Atlas: a desktop glossary that teaches AI alignment."""

__version__ = "0.1.0"
APP_NAME = "Alignment Atlas"
