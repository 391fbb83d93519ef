-- The rental-management system's own identifier of an alert (issue 12): the same alert sent again finds its case.
ALTER TABLE maintien_alert ADD COLUMN source_alert_id VARCHAR(80);
CREATE UNIQUE INDEX ux_maintien_alert_source ON maintien_alert (source_alert_id);
