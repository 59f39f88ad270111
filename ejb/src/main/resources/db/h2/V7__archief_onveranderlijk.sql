-- The embedded H2 database (development and demo) has no database-level guard: H2 triggers are Java classes on
-- the server's class path, outside the application. The application offers no path to change or remove archive
-- rows; production runs on PostgreSQL, where V7 adds the guard as a trigger.
SELECT 1;
