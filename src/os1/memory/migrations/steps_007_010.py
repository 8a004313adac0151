"""Steps 7 to 10: the letter studio, sign-in for a server, the dossier's sources, and what
the OS said first."""

from __future__ import annotations

from os1.memory.dialect import Connection, Dialect


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


STEPS = [m007_letter_studio, m008_accounts, m009_letter_dossier_sources, m010_outreach]
