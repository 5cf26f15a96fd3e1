"""The map canvas of the window (a maps figure inside Qt) and its words."""
