"""The planning domain in plain Python: regions, names, errors (no Qt, no matplotlib)."""
