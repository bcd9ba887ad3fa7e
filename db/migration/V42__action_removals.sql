-- The run history is never rewritten: removing a queued, held or failed action marks it REMOVED, with who and when,
-- instead of deleting the row.
ALTER TABLE action_run ADD COLUMN removed_by VARCHAR(200);
ALTER TABLE action_run ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
