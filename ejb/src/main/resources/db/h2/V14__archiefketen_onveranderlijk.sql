-- No database-level guard on the embedded H2 (see V7): there the chain itself is the protection; verification reports
-- any change, swap or removal.
SELECT 1;
