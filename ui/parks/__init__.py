"""Parks in the window: the sector tree, the list, the record, editing, importing."""
