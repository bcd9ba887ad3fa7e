-- Who may do what. Accounts sign in with a password (local) or through an OpenID Connect provider (no password
-- here); a membership gives an account its role in a workspace; personal access tokens act as their account and
-- are stored only as a SHA-256 digest (they are long random strings, so a fast digest is enough).
CREATE TABLE account (
    username        VARCHAR(100) PRIMARY KEY,
    password_hash   VARCHAR(500),
    source          VARCHAR(20)  NOT NULL DEFAULT 'local',
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    failed_sign_ins INTEGER      NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE
);

CREATE TABLE workspace_member (
    workspace_id UUID         NOT NULL REFERENCES workspace (id),
    username     VARCHAR(100) NOT NULL REFERENCES account (username) ON DELETE CASCADE,
    role         VARCHAR(20)  NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, username)
);

CREATE TABLE access_token (
    id           UUID PRIMARY KEY,
    username     VARCHAR(100) NOT NULL REFERENCES account (username) ON DELETE CASCADE,
    name         VARCHAR(200) NOT NULL,
    token_hash   CHAR(64)     NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX access_token_owner ON access_token (username);
