"""Drafting in the window: undo stacks, the role board, indicators, ledger, comparison, suggestion."""
