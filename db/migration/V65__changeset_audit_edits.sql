-- Undo and redo: the audit rows written by one edit share an edit id; an undo's rows name the edit they undo,
-- a redo's rows the undo they take back. Rows written before this migration belong to no edit (never undone).
ALTER TABLE audit_entry ADD COLUMN edit_id uuid;
ALTER TABLE audit_entry ADD COLUMN undoes uuid;
ALTER TABLE audit_entry ADD COLUMN redoes uuid;
CREATE INDEX audit_entry_edit ON audit_entry (change_set_id, edit_id);
