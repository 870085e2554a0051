"""Everything in Buzón that is not GUI. Nothing under this package imports Qt."""
