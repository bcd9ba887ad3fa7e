-- Apply runs and their actions. Every action's state is written before and after each cloud call, so that a
-- restart resumes exactly the unfinished actions (creates are idempotent through idempotency_token).
CREATE TABLE apply_run (
    id            UUID PRIMARY KEY,
    change_set_id UUID,
    title         VARCHAR(300) NOT NULL,
    created_by    VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    finished_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE action_run (
    id                UUID PRIMARY KEY,
    apply_run_id      UUID NOT NULL REFERENCES apply_run (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    kind              VARCHAR(20) NOT NULL,
    state             VARCHAR(20) NOT NULL,
    component_id      UUID NOT NULL,
    component_name    VARCHAR(300) NOT NULL,
    resource_type     VARCHAR(300),
    depends_on        UUID[] NOT NULL DEFAULT '{}',
    idempotency_token VARCHAR(64) NOT NULL,
    attempts          INTEGER NOT NULL DEFAULT 0,
    message           TEXT,
    started_at        TIMESTAMP WITH TIME ZONE,
    finished_at       TIMESTAMP WITH TIME ZONE,
    version           BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX action_run_by_apply ON action_run (apply_run_id, position);
CREATE INDEX action_run_unfinished ON action_run (state) WHERE state IN ('QUEUED', 'RUNNING');
