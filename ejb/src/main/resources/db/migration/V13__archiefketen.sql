-- The archive chain (issue 15): each link binds one archive record (all its columns, the hash of its signed PDF
-- included), or one renewal of a record's file (vernieuwing_id), to the link before it. Records archived before this
-- version are chained at the next start, in order.
CREATE TABLE archiefketen (
    volgnummer     BIGINT       PRIMARY KEY,
    archiefstuk_id BIGINT       NOT NULL,
    vernieuwing_id BIGINT,
    vorige_hash    CHAR(64)     NOT NULL,
    hash           CHAR(64)     NOT NULL UNIQUE,
    vastgelegd_op  TIMESTAMP WITH TIME ZONE NOT NULL
);
