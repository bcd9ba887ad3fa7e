import type { Edge, Node } from '@xyflow/react';
import type { DiagramEdge, DiagramNode, SocketData } from './diagram-types';
import { parentsFirst, toFlowEdge, toFlowNode } from './flow-mapping';

/**
 * What the server sends after each change: the nodes and edges added or changed and the ids of those removed
 * (dev.gantry.ui.canvas.DiagramPatch). A reset replaces everything (another change set is shown).
 */
export type DiagramPatch = {
  reset: boolean;
  viewKey: string;
  nodes: DiagramNode[];
  removedNodes: string[];
  edges: DiagramEdge[];
  removedEdges: string[];
};

/**
 * A patch as it travels (dev.gantry.ui.canvas.PatchWire): each asset's sockets once, not once per node, and edges
 * without their id, which repeats their ends and sockets.
 */
export type PatchWire = Omit<DiagramPatch, 'nodes' | 'edges'> & {
  nodes: Omit<DiagramNode, 'inputs' | 'outputs'>[];
  edges: Omit<DiagramEdge, 'id'>[];
  sockets: Record<string, { inputs: SocketData[]; outputs: SocketData[] }>;
};

/** An edge's id, as the server makes it (dev.gantry.ui.canvas.EdgeKey): kind, both ends and both sockets. */
export function edgeId(e: Omit<DiagramEdge, 'id'>): string {
  return `${e.implicit ? 'i' : 'x'}|${e.source}|${e.sourceSocket}|${e.target}|${e.targetSocket}`;
}

/** A patch as the canvas uses it: every node with its asset's sockets (the same arrays for one asset), every edge with its id. */
export function fromWire(wire: PatchWire): DiagramPatch {
  const { sockets, nodes, edges, ...rest } = wire;
  return {
    ...rest,
    nodes: nodes.map((n) => ({
      ...n,
      inputs: sockets[n.asset]?.inputs ?? [],
      outputs: sockets[n.asset]?.outputs ?? [],
    })),
    edges: edges.map((e) => ({ ...e, id: edgeId(e) })),
  };
}

/**
 * Patches arrive on the custom element, possibly before React has mounted the canvas: they wait here, in order,
 * until the canvas takes them.
 */
export class PatchQueue {
  private pending: DiagramPatch[] = [];
  private listener: (() => void) | null = null;

  push(patch: DiagramPatch): void {
    this.pending.push(patch);
    this.listener?.();
  }

  take(): DiagramPatch[] {
    const taken = this.pending;
    this.pending = [];
    return taken;
  }

  subscribe(listener: () => void): () => void {
    this.listener = listener;
    if (this.pending.length > 0) {
      listener();
    }
    return () => {
      this.listener = null;
    };
  }
}

/**
 * Applies patches to React Flow's nodes: unchanged nodes keep their object (so React Flow and the memoised cards
 * skip them), changed ones keep what only the browser knows (selection, measured size).
 */
export function patchNodes(previous: Node[], patches: DiagramPatch[]): Node[] {
  let nodes = previous;
  for (const patch of patches) {
    if (patch.reset) {
      const kept = new Map(nodes.map((n) => [n.id, n]));
      nodes = parentsFirst(patch.nodes).map((n) => toFlowNode(n, kept.get(n.id)));
      continue;
    }
    if (patch.nodes.length === 0 && patch.removedNodes.length === 0) {
      continue;
    }
    const removed = new Set(patch.removedNodes);
    const changed = new Map(patch.nodes.map((n) => [n.id, n]));
    const next: Node[] = [];
    let reordered = false;
    for (const node of nodes) {
      if (removed.has(node.id)) {
        continue;
      }
      const update = changed.get(node.id);
      if (update) {
        changed.delete(node.id);
        reordered ||= (update.parentId ?? undefined) !== node.parentId;
        next.push(toFlowNode(update, node));
      } else {
        next.push(node);
      }
    }
    for (const added of changed.values()) {
      reordered ||= !!added.parentId;
      next.push(toFlowNode(added));
    }
    nodes = reordered ? reorderParentsFirst(next) : next;
  }
  return nodes;
}

export function patchEdges(previous: Edge[], patches: DiagramPatch[]): Edge[] {
  let edges = previous;
  for (const patch of patches) {
    if (patch.reset) {
      const kept = new Map(edges.map((e) => [e.id, e]));
      edges = patch.edges.map((e) => toFlowEdge(e, kept.get(e.id)));
      continue;
    }
    if (patch.edges.length === 0 && patch.removedEdges.length === 0) {
      continue;
    }
    const removed = new Set(patch.removedEdges);
    const changed = new Map(patch.edges.map((e) => [e.id, e]));
    const next: Edge[] = [];
    for (const edge of edges) {
      if (removed.has(edge.id)) {
        continue;
      }
      const update = changed.get(edge.id);
      if (update) {
        changed.delete(edge.id);
        next.push(toFlowEdge(update, edge));
      } else {
        next.push(edge);
      }
    }
    for (const added of changed.values()) {
      next.push(toFlowEdge(added));
    }
    edges = next;
  }
  return edges;
}

/** React Flow wants parents before their children; a move into another frame or a new child can break that. */
function reorderParentsFirst(nodes: Node[]): Node[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const depths = new Map<string, number>();
  const depth = (n: Node): number => {
    const known = depths.get(n.id);
    if (known !== undefined) {
      return known;
    }
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    const d = parent ? 1 + depth(parent) : 0;
    depths.set(n.id, d);
    return d;
  };
  return [...nodes].sort((a, b) => depth(a) - depth(b));
}
