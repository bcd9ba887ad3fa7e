import type { Node } from '@xyflow/react';
import type { Dispatch, SetStateAction } from 'react';

/** The diagram as the server sends it: plain data, no behaviour. Mirrors dev.gantry.ui.canvas.Diagram. */
export type SocketData = { name: string; arity: 'ONE' | 'MANY'; annotations: string[] };

export type DiagramNode = {
  id: string;
  kind: 'component' | 'down-frame' | 'up-frame';
  name: string;
  asset: string;
  service: string;
  color: string;
  parentId?: string | null;
  x: number;
  y: number;
  width?: number | null;
  height?: number | null;
  inputs: SocketData[];
  outputs: SocketData[];
  /** The resource's status on the cloud (created, failed, …), absent before apply. */
  status?: string | null;
  /** How many qualifications (warnings and errors) the component has. */
  findings: number;
};

export type DiagramEdge = {
  id: string;
  source: string;
  sourceSocket: string;
  target: string;
  targetSocket: string;
  implicit?: boolean;
  explanation: string;
};

/** viewKey changes when the user switches change set: only then does the canvas refit its view. */
export type Diagram = { viewKey: string; nodes: DiagramNode[]; edges: DiagramEdge[] };

/** What the canvas tells the server when the user drags a new connection. */
export type ConnectionDrawn = { source: string; sourceSocket: string; target: string; targetSocket: string };

/** A node dropped after a drag: its new parent (or null for the canvas) and position relative to it. */
export type NodeMoved = { id: string; parentId: string | null; x: number; y: number };

export type NodeResized = { id: string; x: number; y: number; width: number; height: number };

/** Selections and delete requests name node ids and explicit edge ids, comma-separated. */
export type Selection = { nodes: string; edges: string };

/** Where "Tidy up" puts a node (relative to its frame); width and height for frames only. */
export type Placement = { id: string; x: number; y: number; width: number | null; height: number | null };

/**
 * The canvas's own nodes, every one of them, whatever React Flow draws at the moment (zoomed far out it draws the
 * frames only). What selects or moves nodes goes through these, not through React Flow's view of them.
 */
export type DiagramNodes = {
  getNodes: () => Node[];
  setNodes: Dispatch<SetStateAction<Node[]>>;
};
