"""Buzón's Qt user interface. Everything that is not GUI lives in desktop.core."""
