"""The command line: parsing, the headless commands, exit codes and their output."""
