"""Steps 11 to 14: OSes talking to each other, sign-in throttles, the peers' replay ledger,
and MCP confirmations."""

from __future__ import annotations

from os1.memory.dialect import Connection, Dialect


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


STEPS = [m011_peers, m012_throttles, m013_peer_replay_ledger, m014_mcp_confirmations]
