"""Steps 1 to 6: the person, their turns and state, the mind's record, vectors, facts, and
what the skills keep."""

from __future__ import annotations

from os1.memory.dialect import Connection, Dialect


def m001_people_sessions_turns(db: Connection, dialect: Dialect) -> None:
    dialect.script(
        db,
        """
        CREATE TABLE users (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL
        );
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            started_at TEXT NOT NULL,
            ended_at TEXT
        );
        CREATE TABLE turns (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            tokens INTEGER,
            meta TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX turns_by_user ON turns (user_id, id);
        """,
    )


def m002_user_state(db: Connection, dialect: Dialect) -> None:
    # Small JSON documents per person (persona, interview answers): the parts
    # that own them define their shape, the store only keeps them.
    dialect.script(
        db,
        """
        CREATE TABLE user_state (
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (user_id, key)
        );
        """,
    )


def m003_feelings_and_journal(db: Connection, dialect: Dialect) -> None:
    # The mind's record: one row per change of mood or affinity, with what caused
    # it (the turn, or time apart), and the journal the OS writes each day.
    dialect.script(
        db,
        """
        CREATE TABLE feelings (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            turn_id INTEGER REFERENCES turns(id) ON DELETE SET NULL,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            record TEXT NOT NULL
        );
        CREATE INDEX feelings_by_user ON feelings (user_id, at);
        CREATE TABLE journal (
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            day TEXT NOT NULL,
            text TEXT NOT NULL,
            written_at TEXT NOT NULL,
            PRIMARY KEY (user_id, day)
        );
        """,
    )


def m004_turn_vectors(db: Connection, dialect: Dialect) -> None:
    # Sentence vectors of turns, for retrieval. A vector goes with its turn:
    # forgetting the turn deletes it.
    dialect.script(
        db,
        """
        CREATE TABLE turn_vectors (
            turn_id INTEGER PRIMARY KEY REFERENCES turns(id) ON DELETE CASCADE,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            model TEXT NOT NULL,
            vector BLOB NOT NULL
        );
        CREATE INDEX turn_vectors_by_user ON turn_vectors (user_id);
        """,
    )


def m005_facts(db: Connection, dialect: Dialect) -> None:
    # Facts consolidated from turns. A fact cites the turns it came from; when
    # any of them is forgotten or corrected the fact goes (the trigger), since
    # it was derived from words that are no longer there. A superseded fact is
    # kept, pointing at the one that replaced it.
    dialect.script(
        db,
        """
        CREATE TABLE facts (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            about TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            confidence REAL NOT NULL,
            created_at TEXT NOT NULL,
            superseded_by INTEGER REFERENCES facts(id) ON DELETE SET NULL,
            extractor TEXT NOT NULL
        );
        CREATE INDEX facts_by_user ON facts (user_id, id);
        CREATE TABLE fact_sources (
            fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            turn_id INTEGER NOT NULL REFERENCES turns(id) ON DELETE CASCADE,
            PRIMARY KEY (fact_id, turn_id)
        );
        CREATE INDEX fact_sources_by_turn ON fact_sources (turn_id);
        CREATE TABLE consolidated_turns (
            turn_id INTEGER PRIMARY KEY REFERENCES turns(id) ON DELETE CASCADE
        );
        """,
    )
    dialect.script(
        db,
        """
        CREATE TRIGGER facts_go_with_their_turns AFTER DELETE ON fact_sources
        BEGIN
            DELETE FROM facts WHERE id = OLD.fact_id;
        END;
        """,
        postgresql="""
        CREATE FUNCTION facts_go_with_their_turns() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM facts WHERE id = OLD.fact_id;
            RETURN NULL;
        END $$;
        CREATE TRIGGER facts_go_with_their_turns AFTER DELETE ON fact_sources
            FOR EACH ROW EXECUTE FUNCTION facts_go_with_their_turns();
        """,
    )


def m006_notes_reminders_contacts(db: Connection, dialect: Dialect) -> None:
    # What the skills keep for a person. A reminder is fired once: `fired_at`
    # is set when it was announced, so one due while os1 was closed is
    # announced on the next start.
    dialect.script(
        db,
        """
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX notes_by_user ON notes (user_id, id);
        CREATE TABLE reminders (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            due_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            fired_at TEXT
        );
        CREATE INDEX reminders_due ON reminders (user_id, fired_at, due_at);
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            phone TEXT,
            email TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX contacts_by_user ON contacts (user_id, name);
        """,
    )


STEPS = [
    m001_people_sessions_turns,
    m002_user_state,
    m003_feelings_and_journal,
    m004_turn_vectors,
    m005_facts,
    m006_notes_reminders_contacts,
]
