-- Renewed files are append-only like the records (V7's function).
CREATE TRIGGER archiefvernieuwing_onveranderlijk BEFORE UPDATE OR DELETE ON archiefvernieuwing
    FOR EACH ROW EXECUTE FUNCTION archief_onveranderlijk();
CREATE TRIGGER archiefvernieuwing_niet_legen BEFORE TRUNCATE ON archiefvernieuwing
    FOR EACH STATEMENT EXECUTE FUNCTION archief_onveranderlijk();
