"""The things an OS does: notes, reminders, contacts; each a tool with a schema."""
