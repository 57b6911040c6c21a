"""The store: one SQLite file, one repository per system over it; nothing else touches SQL.

- connection.py: the file, a transaction per request (get_store, init_app), Store
- migrations.py and schema/NNNN_*.sql: the schema's versions (PRAGMA user_version)
- portal.py: cases, case numbers and history, drafts, evaluations, the portal's sessions
- identity.py: persons, the identity platform's sessions, SMS codes, locks, authorization codes
- outbox.py: the SMS gateway's messages

Views and services reach a repository through the request's store:
``get_store().portal.cases_of(person_id)``, ``store.identity.person(person_id)``.
"""

from .connection import Store, get_store, hold_open, init_app, migrate, transaction
from .migrations import UnusableDatabase

__all__ = ["Store", "UnusableDatabase", "get_store", "hold_open", "init_app", "migrate", "transaction"]
