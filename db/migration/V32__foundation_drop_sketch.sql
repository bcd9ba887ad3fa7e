-- The foundation's placeholder diagram is gone: the editor works on components and change sets (V10).
DROP TABLE sketch_connection;
