-- Archive rows cannot be changed or removed through any path, the application's own database user included.
CREATE FUNCTION archief_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Archiefstukken zijn onveranderlijk: % op % geweigerd', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER archiefstuk_onveranderlijk BEFORE UPDATE OR DELETE ON archiefstuk
    FOR EACH ROW EXECUTE FUNCTION archief_onveranderlijk();
CREATE TRIGGER archiefstuk_niet_legen BEFORE TRUNCATE ON archiefstuk
    FOR EACH STATEMENT EXECUTE FUNCTION archief_onveranderlijk();
CREATE TRIGGER archiefinhoud_onveranderlijk BEFORE UPDATE OR DELETE ON archiefinhoud
    FOR EACH ROW EXECUTE FUNCTION archief_onveranderlijk();
CREATE TRIGGER archiefinhoud_niet_legen BEFORE TRUNCATE ON archiefinhoud
    FOR EACH STATEMENT EXECUTE FUNCTION archief_onveranderlijk();
