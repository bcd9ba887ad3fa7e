import { ReactAdapterElement, type RenderHooks } from 'Frontend/generated/flow/ReactAdapter.js';
import {
  ReactFlow, ReactFlowProvider, Background, Controls, MiniMap, useNodesState, useEdgesState,
  useNodesInitialized, useReactFlow, type Connection, type Edge, type Node,
} from '@xyflow/react';
import { useEffect, useMemo, type ReactElement } from 'react';
import '@xyflow/react/dist/style.css';
import './gantry-canvas.css';
import { ComponentNode } from './component-node';
import { FrameNode } from './frame-node';
import type { ConnectionDrawn, Diagram, DiagramEdge, DiagramNode } from './diagram-types';

const nodeTypes = { component: ComponentNode, frame: FrameNode };
const EMPTY: Diagram = { nodes: [], edges: [] };

function toFlowNode(node: DiagramNode): Node {
  const frame = node.kind !== 'component';
  return {
    id: node.id,
    type: frame ? 'frame' : 'component',
    position: { x: node.x, y: node.y },
    parentId: node.parentId ?? undefined,
    extent: node.parentId ? 'parent' : undefined,
    style: frame ? { width: node.width ?? 480, height: node.height ?? 320 } : undefined,
    zIndex: frame ? 0 : 1,
    data: { diagram: node },
  };
}

function toFlowEdge(edge: DiagramEdge): Edge {
  return {
    id: edge.id,
    source: edge.source,
    sourceHandle: edge.sourceSocket,
    target: edge.target,
    targetHandle: edge.targetSocket,
    className: edge.implicit ? 'gantry-edge-implicit' : 'gantry-edge',
    animated: false,
    data: { testId: `edge-${edge.sourceSocket}-${edge.targetSocket}` },
  };
}

/** React Flow wants parents before their children. */
function parentsFirst(nodes: DiagramNode[]): DiagramNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const depth = (n: DiagramNode): number => (n.parentId && byId.has(n.parentId) ? 1 + depth(byId.get(n.parentId)!) : 0);
  return [...nodes].sort((a, b) => depth(a) - depth(b));
}

function Canvas({ diagram, onConnectionDrawn }: {
  diagram: Diagram; onConnectionDrawn: (c: ConnectionDrawn) => boolean;
}) {
  const initialNodes = useMemo(() => parentsFirst(diagram.nodes).map(toFlowNode), [diagram]);
  const initialEdges = useMemo(() => diagram.edges.map(toFlowEdge), [diagram]);
  const [nodes, setNodes, onNodesChange] = useNodesState(initialNodes);
  const [edges, setEdges, onEdgesChange] = useEdgesState(initialEdges);

  // The server owns the diagram: whenever it sends a new one, show exactly that.
  useEffect(() => setNodes(initialNodes), [initialNodes, setNodes]);
  useEffect(() => setEdges(initialEdges), [initialEdges, setEdges]);

  // Fit the view once the first diagram's nodes have been measured (the fitView prop fires too early,
  // before the server's diagram has arrived).
  const { fitView } = useReactFlow();
  const measured = useNodesInitialized();
  useEffect(() => {
    if (measured) {
      fitView({ padding: 0.15 });
    }
  }, [measured, fitView]);

  const onConnect = (c: Connection) => {
    if (c.source && c.target && c.sourceHandle && c.targetHandle) {
      onConnectionDrawn({ source: c.source, sourceSocket: c.sourceHandle, target: c.target, targetSocket: c.targetHandle });
    }
  };

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      minZoom={0.2}
      proOptions={{ hideAttribution: true }}
    >
      <Background gap={24} size={1.5} color="#c9d2de" />
      <MiniMap pannable zoomable nodeStrokeWidth={2} />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}

/** The diagram canvas: the server sets its `diagram` state and listens to its `connection-drawn` events. */
class GantryCanvasElement extends ReactAdapterElement {
  protected override render(hooks: RenderHooks): ReactElement | null {
    const [diagram] = hooks.useState<Diagram>('diagram', EMPTY);
    const onConnectionDrawn = hooks.useCustomEvent<ConnectionDrawn>('connection-drawn');
    return (
      <div className="gantry-canvas" data-testid="canvas">
        <ReactFlowProvider>
          <Canvas diagram={diagram ?? EMPTY} onConnectionDrawn={onConnectionDrawn} />
        </ReactFlowProvider>
      </div>
    );
  }
}

customElements.define('gantry-canvas', GantryCanvasElement);
