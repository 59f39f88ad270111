-- The chain is append-only like the records it binds (V7's function).
CREATE TRIGGER archiefketen_onveranderlijk BEFORE UPDATE OR DELETE ON archiefketen
    FOR EACH ROW EXECUTE FUNCTION archief_onveranderlijk();
CREATE TRIGGER archiefketen_niet_legen BEFORE TRUNCATE ON archiefketen
    FOR EACH STATEMENT EXECUTE FUNCTION archief_onveranderlijk();
