-- The foundation's placeholder diagram: connections a user drew between the sockets of the sample
-- components. The real model (components, frames, change sets) arrives in later migrations.
CREATE TABLE sketch_connection (
    id            UUID PRIMARY KEY,
    source_node   VARCHAR(100) NOT NULL,
    source_socket VARCHAR(200) NOT NULL,
    target_node   VARCHAR(100) NOT NULL,
    target_socket VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT sketch_connection_unique UNIQUE (source_node, source_socket, target_node, target_socket)
);
