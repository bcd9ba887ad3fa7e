/** The diagram as the server sends it: plain data, no behaviour. Mirrors dev.gantry.ui.canvas records. */
export type SocketData = { name: string; arity: 'ONE' | 'MANY' };

export type DiagramNode = {
  id: string;
  kind: 'component' | 'down-frame' | 'up-frame';
  name: string;
  asset: string;
  color: string;
  parentId?: string | null;
  x: number;
  y: number;
  width?: number | null;
  height?: number | null;
  inputs: SocketData[];
  outputs: SocketData[];
};

export type DiagramEdge = {
  id: string;
  source: string;
  sourceSocket: string;
  target: string;
  targetSocket: string;
  implicit?: boolean;
};

export type Diagram = { nodes: DiagramNode[]; edges: DiagramEdge[] };

/** What the canvas tells the server when the user drags a new connection. */
export type ConnectionDrawn = { source: string; sourceSocket: string; target: string; targetSocket: string };
