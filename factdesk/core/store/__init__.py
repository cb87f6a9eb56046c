"""The desk: SQLite store via sqlite-utils, numbered migrations, queries, history. All SQL lives here."""
