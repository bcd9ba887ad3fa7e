import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { Edge, Node } from '@xyflow/react';
import type { DiagramNode, Placement } from './diagram-types';
import { sizeOf } from './node-geometry';

/**
 * ELK is 1.5 MB of script that only "Tidy up" needs: it is fetched the first time someone tidies, not with the
 * canvas (parsing it made every page load slower).
 */
let elk: Promise<{ layout(graph: ElkNode): Promise<ElkNode> }> | null = null;
function loadElk() {
  elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  return elk;
}

/** Room a frame keeps above its content: its title bar and a row per socket, as the frame draws them. */
function headerHeight(node: DiagramNode): number {
  return 44 + 20 * Math.max(node.inputs.length, node.outputs.length);
}

const LAYERED = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '64',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
};

/**
 * "Tidy up": ELK's layered layout (elkjs) of a frame and everything in it, or of the whole diagram, nested frames
 * included, with the connections between components deciding the left-to-right order. Answers where each
 * component goes relative to its frame, and the size of each frame; the frame tidied keeps its own place.
 */
export async function tidyUp(scope: string | null, nodes: Node[], edges: Edge[]): Promise<Placement[]> {
  const children = new Map<string | undefined, Node[]>();
  for (const n of nodes) {
    const list = children.get(n.parentId) ?? [];
    list.push(n);
    children.set(n.parentId, list);
  }
  const inScope = new Set<string>();
  const toElk = (n: Node): ElkNode => {
    inScope.add(n.id);
    const diagram = (n.data as { diagram: DiagramNode }).diagram;
    const inside = children.get(n.id) ?? [];
    if (n.type === 'frame' && inside.length > 0) {
      return {
        id: n.id,
        layoutOptions: { ...LAYERED, 'elk.padding': `[top=${headerHeight(diagram)},left=24,bottom=24,right=24]` },
        children: inside.map(toElk),
      };
    }
    const size = sizeOf(diagram); // a card not drawn now (zoomed far out) has no measured size
    return { id: n.id, width: n.measured?.width ?? size.width, height: n.measured?.height ?? size.height };
  };
  const roots = scope ? nodes.filter((n) => n.id === scope) : (children.get(undefined) ?? []);
  const graph: ElkNode = { id: 'root', layoutOptions: LAYERED, children: roots.map(toElk) };
  graph.edges = edges
    .filter((e) => !(e.data as { diagram: { implicit?: boolean } }).diagram.implicit)
    .filter((e) => inScope.has(e.source) && inScope.has(e.target) && e.source !== e.target)
    .map((e): ElkExtendedEdge => ({ id: e.id, sources: [e.source], targets: [e.target] }));
  const laidOut = await (await loadElk()).layout(graph);

  const placements: Placement[] = [];
  const collect = (n: ElkNode, top: boolean) => {
    const frame = (n.children?.length ?? 0) > 0;
    if (!(top && scope)) {
      placements.push({
        id: n.id,
        x: Math.round(n.x ?? 0),
        y: Math.round(n.y ?? 0),
        width: frame ? Math.round(n.width ?? 0) : null,
        height: frame ? Math.round(n.height ?? 0) : null,
      });
    } else if (frame) {
      const at = nodes.find((x) => x.id === n.id)!.position;
      placements.push({
        id: n.id,
        x: Math.round(at.x),
        y: Math.round(at.y),
        width: Math.round(n.width ?? 0),
        height: Math.round(n.height ?? 0),
      });
    }
    n.children?.forEach((c) => collect(c, false));
  };
  laidOut.children?.forEach((c) => collect(c, true));
  if (!scope) {
    // The whole diagram starts where the canvas margin is, not at ELK's origin.
    placements
      .filter((p) => !nodes.find((n) => n.id === p.id)?.parentId)
      .forEach((p) => {
        p.x += 40;
        p.y += 40;
      });
  }
  return placements;
}
