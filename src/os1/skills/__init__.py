"""The things an OS does: notes, reminders, contacts, calendar, mail, letters; each a tool
with a schema.

A skill lives in a unit: one module holds its arguments, its skills, the words
that ask for them and its commands. How to add a skill (tests/test_skill_recipe.py
follows this for a die):

1. Write one module, say `os1/skills/dice.py`:
   - the arguments: a pydantic model, which validates every caller's and is the
     JSON Schema a brain and an MCP client see;
   - the skills (`skill.Skill`), built by a function from the person's parts
     (`unit.Parts`: the store, the user, the clock, the calendar, contacts,
     reminders, the mail account, the brains, the letter desk). A skill that
     sends, deletes, moves or spends asks first: its arguments are `Confirmable`
     and its `ask_first` says exactly what will happen (see `skill.py`); one that
     only reads says `reads_only=True` (an agent over MCP may call it freely);
   - its rules (`grammar.rule`): a pattern for the request, between the polite
     opening and ending every rule shares, and how a match becomes arguments.
     `Precedence` says when they are tried among every unit's rules; USUAL
     unless another unit's rule could read the same words;
   - its commands, if it has any: click commands that run the skill through
     `commands.do` (which asks first on the terminal, and takes `--yes`);
   - if it keeps rows of a person's (say the rolls, in a table `rolls`), the
     module is the table's one owner: its SQL on `rolls` is there and nowhere
     else, and so is how the rows go into the person's archive and back:
     `dump_rows(store, user_id)` returns `{"rolls": [...]}`, and
     `load_rows(db, user_id, rows, ids)` inserts them in the caller's
     transaction (see `notes.py`);
   - `UNIT = Unit(build_skills, RULES, (command,))`, and with a table
     `Unit(..., archived=Archived("memory.json", ("rolls",), dump_rows, load_rows))`.
2. Add one line to `registry.UNITS`, naming the module and each command with the
   line `os1 --help` shows for it:
   `Listed("os1.skills.dice", {"dice": "Dice: roll one, fairly."})`.
3. Only with a table: create it in a new migration step (a function at the end of
   the last `memory/migrations/steps_*.py` group, with the next number, and in its
   `STEPS`), with a `user_id` that references `users(id) ON DELETE CASCADE`; name
   its owner in `tests/test_store.py`'s `TABLE_OWNERS`; and give the archive's file
   the new list (`archive/memory_file.py`: its row model, and its place in `_PARTS`).

Nothing else changes: a person's catalogue (`os1.assembly.skills`), the
conversation's grammar (`intents.understand`), MCP's tools, the `os1` command
and the archive's owners (`os1.archive.owners`) all collect from the registry.
"""
