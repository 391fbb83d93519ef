-- A pathway ends its case's running measures three times (contract changes, departure, closing): without this
-- index each of those updates read every measure of the landlord (14 ms at 100,000 measures on PostgreSQL,
-- issue 15's benchmark), a cost that grew with the programme's history.
CREATE INDEX ix_measure_case_end ON accompaniment_measure (case_reference, end_date);
