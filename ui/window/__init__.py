"""The main window and the application around it: composition, actions, state, start-up."""
