"""A PostgreSQL address as people may read it: which database, never its password.

The settings (`os1 status`) and the store (its error messages) both describe
OS1_DATABASE_URL. This sits below both and imports nothing else of os1's, so the
store does not load the settings' machinery (pydantic-settings) to name a database.
"""

from __future__ import annotations


def describe_database_url(url: str) -> str:
    """The database an address names, without its password: for messages and `os1 status`."""
    try:
        # psycopg is optional (the postgres extra): only a PostgreSQL address needs it.
        from psycopg.conninfo import conninfo_to_dict

        parts = conninfo_to_dict(url)
    except Exception:  # not a valid address, or no driver: nothing safe to show but the kind
        return "the PostgreSQL database in OS1_DATABASE_URL"
    host = parts.get("host") or "localhost"
    port = parts.get("port") or 5432
    name = parts.get("dbname") or parts.get("user") or "postgres"
    return f"PostgreSQL database {name} on {host}:{port}"
