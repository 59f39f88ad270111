-- No database-level guard on the embedded H2 (see V7); the archive chain covers every renewal.
SELECT 1;
