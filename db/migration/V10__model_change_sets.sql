-- The model and its change sets. HEAD is the applied model; a change set stores only what it changes
-- (copy-on-write rows keyed by component id, tombstones for removals), so forking one is a single insert.

CREATE TABLE workspace (
    id           UUID PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    head_version BIGINT       NOT NULL DEFAULT 0,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

INSERT INTO workspace (id, name) VALUES ('00000000-0000-0000-0000-000000000001', 'Default');

-- data: name, asset, type, parent, geometry, domain, secrets. resource: what the cloud reported.
CREATE TABLE head_component (
    component_id UUID PRIMARY KEY,
    workspace_id UUID   NOT NULL REFERENCES workspace (id),
    data         JSONB  NOT NULL,
    resource     JSONB,
    version      BIGINT NOT NULL
);
CREATE INDEX head_component_workspace ON head_component (workspace_id);

CREATE TABLE head_edge (
    workspace_id   UUID         NOT NULL REFERENCES workspace (id),
    from_component UUID         NOT NULL,
    output_socket  VARCHAR(300) NOT NULL,
    to_component   UUID         NOT NULL,
    input_socket   VARCHAR(300) NOT NULL,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (workspace_id, from_component, output_socket, to_component, input_socket)
);

CREATE TABLE change_set (
    id              UUID PRIMARY KEY,
    workspace_id    UUID         NOT NULL REFERENCES workspace (id),
    name            VARCHAR(200) NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    base_version    BIGINT       NOT NULL,
    content_version BIGINT       NOT NULL DEFAULT 0,
    created_by      VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    approval_hash   VARCHAR(64),
    approved_by     VARCHAR(200),
    approved_at     TIMESTAMP WITH TIME ZONE,
    applied_version BIGINT,
    applied_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX change_set_workspace_status ON change_set (workspace_id, status);

-- removal: NULL while the component exists here, DELETE or ERASE for a tombstone.
-- base: HEAD's data the change rests on (NULL for a component new in this change set); the three-way merge
-- of base, HEAD and data shows HEAD's later changes and finds true conflicts.
CREATE TABLE change_set_component (
    change_set_id UUID NOT NULL REFERENCES change_set (id) ON DELETE CASCADE,
    component_id  UUID NOT NULL,
    removal       VARCHAR(10),
    data          JSONB,
    base          JSONB,
    PRIMARY KEY (change_set_id, component_id)
);

CREATE TABLE change_set_edge (
    change_set_id  UUID         NOT NULL REFERENCES change_set (id) ON DELETE CASCADE,
    from_component UUID         NOT NULL,
    output_socket  VARCHAR(300) NOT NULL,
    to_component   UUID         NOT NULL,
    input_socket   VARCHAR(300) NOT NULL,
    removed        BOOLEAN      NOT NULL,
    PRIMARY KEY (change_set_id, from_component, output_socket, to_component, input_socket)
);

CREATE TABLE audit_entry (
    id            BIGSERIAL PRIMARY KEY,
    workspace_id  UUID         NOT NULL REFERENCES workspace (id),
    change_set_id UUID,
    actor         VARCHAR(200) NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    action        VARCHAR(100) NOT NULL,
    component_id  UUID,
    before        JSONB,
    after         JSONB
);
CREATE INDEX audit_entry_change_set ON audit_entry (change_set_id, id);
