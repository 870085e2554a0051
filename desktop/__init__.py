"""Buzón: the desktop inbox for buyers and stores of a cross-border marketplace."""

__version__ = "0.1.0"
