-- Reviews of change sets: every approval and rejection, by whom, on which content (the content hash), with the
-- reviewer's comment. An approval counts only while the change set still has the content it approved; a workspace
-- decides how many approvals (by members who did not edit the change set) it takes.
ALTER TABLE workspace ADD COLUMN min_approvals INTEGER NOT NULL DEFAULT 1
    CONSTRAINT workspace_min_approvals CHECK (min_approvals BETWEEN 1 AND 10);

CREATE TABLE change_set_review (
    id            BIGSERIAL PRIMARY KEY,
    change_set_id UUID         NOT NULL REFERENCES change_set (id) ON DELETE CASCADE,
    reviewer      VARCHAR(200) NOT NULL,
    decision      VARCHAR(10)  NOT NULL,
    content_hash  VARCHAR(64)  NOT NULL,
    content_version BIGINT     NOT NULL,
    comment       TEXT,
    at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX change_set_review_by_change_set ON change_set_review (change_set_id, id);
