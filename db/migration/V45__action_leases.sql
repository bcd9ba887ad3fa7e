-- Several Gantry instances may share this database. An instance claims an action by setting its lease (the owner is
-- the instance's per-boot token, the expiry is renewed by the owner's heartbeat); an expired lease means the owner
-- died or lost the database, and any other instance may queue the action again and run it with the same
-- idempotency token. The history keeps which instance ran each action, and from which one it was taken over.
ALTER TABLE action_run ADD COLUMN lease_owner VARCHAR(100);
ALTER TABLE action_run ADD COLUMN lease_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE action_run ADD COLUMN instance VARCHAR(200);
ALTER TABLE action_run ADD COLUMN taken_over_from VARCHAR(200);

CREATE INDEX action_run_leases ON action_run (lease_owner) WHERE state = 'RUNNING';
CREATE INDEX apply_run_unfinished ON apply_run (created_at) WHERE finished_at IS NULL;

-- The instance that drives a run (starts its ready actions as others finish) holds it by the same kind of lease:
-- when the driver's lease expires, another instance adopts the run.
ALTER TABLE apply_run ADD COLUMN driver VARCHAR(100);
ALTER TABLE apply_run ADD COLUMN driver_expires_at TIMESTAMP WITH TIME ZONE;
