-- What an apply needs beyond HEAD: the desired state each action sent (the next update's patch is computed
-- against it), and for deletes, what the deleted component was (it is gone from HEAD once merged), with any
-- credential secrets sealed.
ALTER TABLE action_run ADD COLUMN applied_state JSONB;
ALTER TABLE action_run ADD COLUMN deleted_resource JSONB;

CREATE INDEX action_run_by_component ON action_run (component_id, finished_at DESC) WHERE state = 'SUCCEEDED';
