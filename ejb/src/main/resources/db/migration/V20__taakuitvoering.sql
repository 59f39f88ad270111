-- Issue 18: several instances on one database. A scheduled job (the nightly renewal of document time-stamps) fires on
-- every instance; the instance that first records the run of a minute does the work, the others find the row and skip.
CREATE TABLE taakuitvoering (
    taak      VARCHAR(60)              NOT NULL,
    tijdvak   TIMESTAMP WITH TIME ZONE NOT NULL,
    instantie VARCHAR(200)             NOT NULL,
    gestart_op TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (taak, tijdvak)
);
