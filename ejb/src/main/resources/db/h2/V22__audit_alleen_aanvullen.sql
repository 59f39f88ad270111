-- No database-level guard on the embedded H2 (see V7): the append-only audit trail is enforced on PostgreSQL.
SELECT 1;
