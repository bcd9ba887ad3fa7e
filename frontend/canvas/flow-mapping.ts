import type { Edge, InternalNode, Node } from '@xyflow/react';
import type { DiagramEdge, DiagramNode, SocketData } from './diagram-types';
import { handlesOf, sizeOf } from './node-geometry';

export function isFrame(node: DiagramNode): boolean {
  return node.kind !== 'component';
}

/**
 * Keeps what only the browser knows (selection) when the server sends a node again. Its size and socket positions
 * are known up front (see node-geometry.ts), so React Flow needs to draw a node only when it is on screen.
 */
export function toFlowNode(node: DiagramNode, previous?: Node): Node {
  const frame = isFrame(node);
  const size = sizeOf(node);
  return {
    ...(previous ?? {}),
    id: node.id,
    type: frame ? 'frame' : 'component',
    position: { x: node.x, y: node.y },
    parentId: node.parentId ?? undefined,
    width: size.width,
    height: size.height,
    measured: size,
    handles: handlesOf(node, size),
    zIndex: frame ? 0 : 1,
    // A frame moves by its title bar only: a drag on its body must never carry it (and what it holds) away.
    dragHandle: frame ? '.gantry-frame-header' : undefined,
    data: { diagram: node },
    selected: previous?.selected ?? false,
  };
}

export function toFlowEdge(edge: DiagramEdge, previous?: Edge): Edge {
  return {
    id: edge.id,
    source: edge.source,
    sourceHandle: edge.sourceSocket,
    target: edge.target,
    targetHandle: edge.targetSocket,
    className: edge.implicit ? 'gantry-edge-implicit' : 'gantry-edge',
    // Implicit connections come from frames: they are explained, not deleted.
    deletable: !edge.implicit,
    selectable: true,
    selected: previous?.selected ?? false,
    // React Flow lifts an edge into a frame to its child's level plus this: implicit edges stay under the
    // cards they cross, so a card is always clickable.
    zIndex: edge.implicit ? -1 : 0,
    data: { diagram: edge },
  };
}

/** React Flow wants parents before their children. */
export function parentsFirst(nodes: DiagramNode[]): DiagramNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const depth = (n: DiagramNode): number => (n.parentId && byId.has(n.parentId) ? 1 + depth(byId.get(n.parentId)!) : 0);
  return [...nodes].sort((a, b) => depth(a) - depth(b));
}

/** The SocketMatcher rule: an input annotation is a case-insensitive suffix of an output annotation. */
export function fits(output: SocketData | undefined, input: SocketData | undefined): boolean {
  if (!output || !input) {
    return false;
  }
  return input.annotations.some((i) => output.annotations.some((o) => o.toLowerCase().endsWith(i.toLowerCase())));
}

/**
 * The innermost frame under a point, never the dragged node itself nor anything inside it (a frame cannot
 * go inside its own content).
 */
export function frameUnder(
  point: { x: number; y: number },
  dragged: string,
  nodes: InternalNode[],
): InternalNode | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const insideDragged = (n: InternalNode): boolean => {
    for (let p: InternalNode | undefined = n; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
      if (p.id === dragged) {
        return true;
      }
    }
    return false;
  };
  let best: InternalNode | null = null;
  for (const n of nodes) {
    if (n.type !== 'frame' || insideDragged(n)) {
      continue;
    }
    const { x, y } = n.internals.positionAbsolute;
    const w = n.measured?.width ?? n.width ?? 0;
    const h = n.measured?.height ?? n.height ?? 0;
    const inside = point.x >= x && point.x <= x + w && point.y >= y && point.y <= y + h;
    if (inside && (!best || w * h < area(best))) {
      best = n;
    }
  }
  return best;
}

function area(n: InternalNode): number {
  return (n.measured?.width ?? n.width ?? 0) * (n.measured?.height ?? n.height ?? 0);
}
