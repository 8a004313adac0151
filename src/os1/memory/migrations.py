"""The schema, as named steps applied once each, in order, and recorded.

Every row that belongs to a person carries its `user_id`: one database can hold
many people's OSes, and no query may forget whose data it reads.

The steps are written in SQLite's words; on PostgreSQL the dialect spells the
types its own way (postgres.py), and the two steps that cannot share a text
give PostgreSQL's beside SQLite's. The step names are the same on both, so
`schema_migrations` reads the same.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from os1.memory.dialect import Connection, Dialect
from os1.memory.sqlite import SQLITE

Migration = Callable[[Connection, Dialect], None]
MIGRATIONS: list[Migration] = []


def migration(step: Migration) -> Migration:
    MIGRATIONS.append(step)
    return step


@migration
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


@migration
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


@migration
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


@migration
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


@migration
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


@migration
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


@migration
def m007_letter_studio(db: Connection, dialect: Dialect) -> None:
    # The letter studio: clients, the people they write to, what is known about
    # them (the dossier), and letters. An edit is a new letter that names the
    # one it revises, so the history of every letter stays readable.
    dialect.script(
        db,
        """
        CREATE TABLE letter_clients (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            nickname TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (user_id, name)
        );
        CREATE TABLE letter_recipients (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            client_id INTEGER NOT NULL REFERENCES letter_clients(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            nickname TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (client_id, name)
        );
        CREATE TABLE letter_dossier (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            client_id INTEGER NOT NULL REFERENCES letter_clients(id) ON DELETE CASCADE,
            recipient_id INTEGER REFERENCES letter_recipients(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN
                ('how_met', 'memory', 'nickname', 'inside_joke', 'admires', 'now', 'voice')),
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX letter_dossier_by_client ON letter_dossier (user_id, client_id);
        CREATE TABLE letters (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            client_id INTEGER NOT NULL REFERENCES letter_clients(id) ON DELETE CASCADE,
            recipient_id INTEGER NOT NULL REFERENCES letter_recipients(id) ON DELETE CASCADE,
            occasion TEXT NOT NULL,
            brief TEXT NOT NULL,
            parts TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            revises INTEGER REFERENCES letters(id) ON DELETE SET NULL
        );
        CREATE INDEX letters_by_user ON letters (user_id, id);
        """,
    )


@migration
def m008_accounts(db: Connection, dialect: Dialect) -> None:
    """Sign-in for a server: each account is one person's OS (its `users` row).

    Secrets are kept only as hashes: passwords with argon2, session tokens and
    API keys (random, 256 bits) with SHA-256, which needs no slowing down.
    """
    dialect.script(
        db,
        """
        CREATE TABLE accounts (
            user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE web_sessions (
            token_hash TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            csrf TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        );
        CREATE INDEX web_sessions_by_user ON web_sessions (user_id);
        CREATE TABLE api_keys (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            key_hash TEXT NOT NULL UNIQUE,
            prefix TEXT NOT NULL,
            created_at TEXT NOT NULL,
            revoked_at TEXT
        );
        CREATE INDEX api_keys_by_user ON api_keys (user_id);
        CREATE TABLE sign_in_failures (
            username TEXT NOT NULL COLLATE NOCASE,
            address TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX sign_in_failures_by_name ON sign_in_failures (username, at);
        """,
    )


@migration
def m009_letter_dossier_sources(db: Connection, dialect: Dialect) -> None:
    # The dossier grows from letters and conversation as well as from notes, so
    # each entry says where it came from ("note", "letter 3", "conversation"),
    # and plain facts ("his favourite song is Moon River") get a kind of their
    # own. SQLite cannot change a CHECK in place: the table is built anew;
    # PostgreSQL can.
    dialect.script(
        db,
        """
        CREATE TABLE letter_dossier_new (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            client_id INTEGER NOT NULL REFERENCES letter_clients(id) ON DELETE CASCADE,
            recipient_id INTEGER REFERENCES letter_recipients(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('how_met', 'memory', 'nickname',
                'inside_joke', 'admires', 'now', 'voice', 'fact')),
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT 'note'
        );
        INSERT INTO letter_dossier_new
            (id, user_id, client_id, recipient_id, kind, text, created_at, source)
            SELECT id, user_id, client_id, recipient_id, kind, text, created_at, 'note'
            FROM letter_dossier;
        DROP TABLE letter_dossier;
        ALTER TABLE letter_dossier_new RENAME TO letter_dossier;
        CREATE INDEX letter_dossier_by_client ON letter_dossier (user_id, client_id);
        """,
        postgresql="""
        ALTER TABLE letter_dossier DROP CONSTRAINT letter_dossier_kind_check;
        ALTER TABLE letter_dossier ADD CONSTRAINT letter_dossier_kind_check
            CHECK (kind IN ('how_met', 'memory', 'nickname',
                'inside_joke', 'admires', 'now', 'voice', 'fact'));
        ALTER TABLE letter_dossier ADD COLUMN source TEXT NOT NULL DEFAULT 'note';
        """,
    )


@migration
def m010_outreach(db: Connection, dialect: Dialect) -> None:
    """What the OS said first (conversation/initiative.py): each reason once, and whether
    it has reached the person yet."""
    dialect.script(
        db,
        """
        CREATE TABLE outreach (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            reason_key TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            delivered_at TEXT,
            UNIQUE (user_id, reason_key)
        );
        CREATE INDEX outreach_by_user ON outreach (user_id, created_at);
        """,
    )


@migration
def m011_peers(db: Connection, dialect: Dialect) -> None:
    """OSes talking to each other (os1/peers): each OS's own key pair, the peers its
    person added and what they may be told, and every envelope sent or received."""
    dialect.script(
        db,
        """
        CREATE TABLE peer_identity (
            user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
            os_id TEXT NOT NULL UNIQUE,
            private_key BLOB NOT NULL,
            address TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE peers (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            name TEXT NOT NULL COLLATE NOCASE,
            os_id TEXT NOT NULL,
            os_name TEXT NOT NULL,
            public_key TEXT NOT NULL,
            url TEXT NOT NULL,
            person TEXT,
            sharing TEXT NOT NULL,
            added_at TEXT NOT NULL,
            UNIQUE (user_id, os_id),
            UNIQUE (user_id, name)
        );
        CREATE TABLE peer_conversations (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            peer_id INTEGER NOT NULL REFERENCES peers(id) ON DELETE CASCADE,
            conversation TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('dinner', 'talk')),
            started_by TEXT NOT NULL CHECK (started_by IN ('us', 'them')),
            state TEXT NOT NULL,
            started_at TEXT NOT NULL,
            UNIQUE (user_id, peer_id, conversation)
        );
        CREATE TABLE peer_messages (
            id INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            peer_id INTEGER NOT NULL REFERENCES peers(id) ON DELETE CASCADE,
            conversation TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            envelope TEXT NOT NULL,
            at TEXT NOT NULL,
            UNIQUE (user_id, peer_id, conversation, direction, seq)
        );
        CREATE INDEX peer_messages_by_peer ON peer_messages (user_id, peer_id, id);
        """,
    )


@migration
def m012_throttles(db: Connection, dialect: Dialect) -> None:
    # Every attempt that costs a password hash (signing in, signing up, confirming a
    # password) is marked before the hash is computed, in the transaction that counts
    # the marks: the count and the mark are one step, so a burst cannot slip past the
    # limit. The failures table becomes these marks. `sign_in_places` remembers where
    # each name signed in from, so strangers guessing elsewhere do not lock its owner out
    # there. `throttle_turn` is one row each counting transaction updates first: on
    # PostgreSQL, where several workers share the database, their counts take turns
    # (SQLite's BEGIN IMMEDIATE already makes them).
    dialect.script(
        db,
        """
        DROP TABLE sign_in_failures;
        CREATE TABLE throttle_marks (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('sign-in', 'sign-up', 'password')),
            name TEXT NOT NULL COLLATE NOCASE,
            address TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX throttle_marks_by_name ON throttle_marks (kind, name, at);
        CREATE INDEX throttle_marks_by_address ON throttle_marks (kind, address, at);
        CREATE INDEX throttle_marks_by_time ON throttle_marks (at);
        CREATE TABLE sign_in_places (
            username TEXT NOT NULL COLLATE NOCASE
                REFERENCES accounts(username) ON DELETE CASCADE,
            address TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (username, address)
        );
        CREATE TABLE throttle_turn (
            one INTEGER PRIMARY KEY CHECK (one = 1),
            taken INTEGER NOT NULL
        );
        INSERT INTO throttle_turn (one, taken) VALUES (1, 0);
        """,
    )


@migration
def m013_peer_replay_ledger(db: Connection, dialect: Dialect) -> None:
    """The envelopes an OS received, by sender and number, for as long as they are fresh
    (os1/peers/ledger.py): apart from the peer row, so that removing a peer and adding
    it back does not let its envelopes be taken twice. It goes with the OS's identity."""
    dialect.script(
        db,
        """
        CREATE TABLE peer_replay_ledger (
            receiver TEXT NOT NULL REFERENCES peer_identity(os_id) ON DELETE CASCADE,
            sender TEXT NOT NULL,
            conversation TEXT NOT NULL,
            seq INTEGER NOT NULL,
            stale_at TEXT NOT NULL,
            PRIMARY KEY (receiver, sender, conversation, seq)
        );
        CREATE INDEX peer_replay_ledger_by_time ON peer_replay_ledger (stale_at);
        """,
    )


@migration
def m014_mcp_confirmations(db: Connection, dialect: Dialect) -> None:
    """Questions an MCP tool asked before acting, by a hash of their one-time token: in the
    store, so that a client that starts `os1 mcp` anew for each call can still confirm.
    Only what to ask again is kept (the arguments, the question, a fingerprint of what it
    showed); a yes runs only if asking again shows the same. Not part of an archive."""
    dialect.script(
        db,
        """
        CREATE TABLE mcp_confirmations (
            token_hash TEXT PRIMARY KEY,
            person TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('token', 'question')),
            skill TEXT NOT NULL,
            arguments TEXT NOT NULL,
            question TEXT NOT NULL,
            shown TEXT NOT NULL,
            expires_at REAL NOT NULL
        );
        CREATE INDEX mcp_confirmations_by_person ON mcp_confirmations (person, kind, expires_at);
        """,
    )


def migrate(db: Connection, dialect: Dialect = SQLITE) -> list[str]:
    """Apply the steps not yet applied; return their names."""
    dialect.script(
        db, "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
    )
    done = {row[0] for row in db.execute("SELECT name FROM schema_migrations")}
    applied = []
    for step in MIGRATIONS:
        if step.__name__ in done:
            continue
        with dialect.migrating(db):
            # Another process (a second worker starting) may have applied it meanwhile.
            if db.execute(
                "SELECT 1 FROM schema_migrations WHERE name = ?", (step.__name__,)
            ).fetchone():
                continue
            step(db, dialect)
            db.execute(
                "INSERT INTO schema_migrations VALUES (?, ?)",
                (step.__name__, datetime.now(UTC).isoformat()),
            )
        applied.append(step.__name__)
    return applied
