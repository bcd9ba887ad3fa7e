import { ReactAdapterElement, type RenderHooks } from 'Frontend/generated/flow/ReactAdapter.js';
import {
  ReactFlow,
  ReactFlowProvider,
  Background,
  ControlButton,
  Controls,
  MiniMap,
  useEdgesState,
  useReactFlow,
  type MiniMapNodeProps,
  type Connection,
  type Edge,
  type FinalConnectionState,
  type Node,
} from '@xyflow/react';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent as ReactDragEvent,
  type ReactElement,
} from 'react';
import '@xyflow/react/dist/style.css';
import './gantry-canvas.css';
import { ComponentNode } from './component-node';
import { FrameNode, FrameResizeContext } from './frame-node';
import { fits, frameUnder } from './flow-mapping';
import { PatchQueue, patchEdges, patchNodes, fromWire, type DiagramPatch, type PatchWire } from './diagram-patches';
import {
  FIT_PADDING,
  MIN_ZOOM,
  MINIMAP_FRAMES_ONLY_ABOVE,
  fittedViewport,
  useSketched,
  useZoomedOut,
} from './level-of-detail';
import { SketchContext, useDrawnNodes, useSketches } from './frame-sketch';
import { ShortcutHelp, useEditingKeys } from './editing-keys';
import { useSelectRequest, type SelectRequest } from './select-request';
import { useCanvasNodes, useSelectionClicks } from './canvas-selection';
import { DraggingContext, type Dragging } from './socket-highlight';
import { pressSocketUnderEdge } from './socket-press';
import { tidyUp } from './tidy-up';
import type { ConnectionDrawn, DiagramEdge, DiagramNode, NodeMoved, NodeResized, Selection } from './diagram-types';

const nodeTypes = { component: ComponentNode, frame: FrameNode };
const NO_EDGES: Edge[] = [];

type Events = {
  connectionDrawn: (c: ConnectionDrawn) => void;
  nodeMoved: (m: NodeMoved) => void;
  nodeResized: (r: NodeResized) => void;
  selectionChanged: (s: Selection) => void;
  deleteRequested: (s: Selection) => void;
  copyRequested: (s: Selection) => void;
  pasteRequested: (target: { parentId: string | null }) => void;
  undoRequested: (what: { redo: boolean }) => void;
  layoutApplied: (layout: { placements: string }) => void;
  assetDropped: (drop: AssetDrop) => void;
};

/** What a palette card carries when dragged (AssetPalette.DRAG_TYPE): the asset's name. */
const ASSET_DRAG_TYPE = 'application/x-gantry-asset';
/** Where the pointer holds a dropped card: a little inside its top left corner, on its title. */
const DROP_GRIP = { x: 24, y: 16 };

type AssetDrop = { asset: string; parentId: string | null; x: number; y: number };

/** Ids of the nodes the minimap draws when it shows frames only (null: all of them). */
const MiniMapShown = createContext<ReadonlySet<string> | null>(null);

function MiniMapNode({ id, x, y, width, height, color, strokeColor, strokeWidth }: MiniMapNodeProps) {
  const shown = useContext(MiniMapShown);
  if (shown && !shown.has(id)) {
    return null;
  }
  return (
    <rect
      x={x}
      y={y}
      width={width}
      height={height}
      rx={4}
      fill={color}
      stroke={strokeColor}
      strokeWidth={strokeWidth}
    />
  );
}

const miniMapColor = (node: Node) => (node.data as { diagram: DiagramNode }).diagram.color;

function Canvas({
  patches,
  events,
  selectRequest,
}: {
  patches: PatchQueue;
  events: Events;
  selectRequest: SelectRequest | null;
}) {
  // Zoomed far out React Flow holds the frames only: what selects, copies or lays out reads the canvas's own nodes.
  const { nodes, diagramNodes, onNodesChange, select } = useCanvasNodes();
  const { setNodes } = diagramNodes;
  const [edges, setEdges, onEdgesChange] = useEdgesState<Edge>([]);
  const edgesNow = useRef(edges);
  edgesNow.current = edges;
  const [viewKey, setViewKey] = useState('');
  const [explained, setExplained] = useState<{ edge: DiagramEdge; pinned: boolean } | null>(null);
  const [allFrameConnections, setAllFrameConnections] = useState(false);
  const zoomedOut = useZoomedOut();
  const sketched = useSketched();
  const drawnNodes = useDrawnNodes(nodes, sketched);
  const sketches = useSketches(nodes, sketched);

  const { fitView, getInternalNode, getNodes, screenToFlowPosition, setViewport } = useReactFlow();
  const [host, setHost] = useState<HTMLDivElement | null>(null);
  const hostRef = useRef<HTMLDivElement | null>(null);
  // One callback for the canvas's life: a new one on every render made React call it again (with null, then the
  // element) after each commit, and those state updates can chain into more renders (React's "maximum update depth",
  // seen after deleting a large frame).
  const hostElement = useCallback((element: HTMLDivElement | null) => {
    hostRef.current = element;
    setHost(element);
  }, []);
  const fitted = useRef('');
  const [dragging, setDragging] = useState<Dragging>(null);
  const { selectedIds, onPress, onNodeClick, onSelectionChange } = useSelectionClicks(
    diagramNodes,
    select,
    events.selectionChanged,
    hostRef,
  );
  const getEdges = useCallback(() => edgesNow.current, []);
  const shortcuts = useEditingKeys(host, events, diagramNodes, getEdges);

  // A Region or Credential frame feeds every component inside it: drawn all at once, those connections hide
  // the diagram. They show for the selection (or all of them, on demand) and are always explainable.
  const shownEdges = useMemo(
    () =>
      edges.map((e) => {
        const implicit = (e.data as { diagram: DiagramEdge }).diagram.implicit;
        const hidden = !!implicit && !allFrameConnections && !selectedIds.has(e.source) && !selectedIds.has(e.target);
        return (e.hidden ?? false) === hidden ? e : { ...e, hidden };
      }),
    [edges, selectedIds, allFrameConnections],
  );
  const nodeIds = useMemo(() => nodes.map((n) => n.id), [nodes]);
  useSelectRequest(selectRequest, nodeIds, diagramNodes);

  // The server sends what changed; each patch is merged in, keeping the browser's selection and viewport.
  useEffect(
    () =>
      patches.subscribe(() => {
        const taken: DiagramPatch[] = patches.take();
        if (taken.length === 0) {
          return;
        }
        const last = taken[taken.length - 1];
        const fit = last.reset && fitted.current !== last.viewKey && hostRef.current;
        const view = fit ? fittedViewport(last.nodes, fit.clientWidth, fit.clientHeight) : null;
        if (view) {
          fitted.current = last.viewKey;
          void setViewport(view);
        }
        setNodes((prev) => patchNodes(prev, taken));
        setEdges((prev) => patchEdges(prev, taken));
        setViewKey(last.viewKey);
      }),
    [patches, setNodes, setEdges, setViewport],
  );

  // Fit once per change set: never on an ordinary edit. A new diagram is fitted before it is drawn (above); this
  // is for one that arrived before the canvas had a size.
  useEffect(() => {
    if (nodes.length > 0 && fitted.current !== viewKey) {
      fitted.current = viewKey;
      void fitView({ padding: FIT_PADDING, maxZoom: 1, minZoom: MIN_ZOOM });
    }
  }, [nodes.length, viewKey, fitView]);

  // Large diagrams: the minimap shows the frames only. The set changes only when the frames do: a new one on every
  // patch made each of the minimap's thousand nodes draw itself again.
  const miniMapFrames = useMemo(
    () =>
      nodes.length > MINIMAP_FRAMES_ONLY_ABOVE
        ? nodes
            .filter((n) => n.type === 'frame')
            .map((n) => n.id)
            .join(',')
        : null,
    [nodes],
  );
  const miniMapShown = useMemo(
    () => (miniMapFrames === null ? null : new Set(miniMapFrames.split(','))),
    [miniMapFrames],
  );

  const socketsOf = useCallback(
    (id: string | null) =>
      id ? (getInternalNode(id)?.data as { diagram: DiagramNode } | undefined)?.diagram : undefined,
    [getInternalNode],
  );

  const isValidConnection = useCallback(
    (c: Connection | Edge) => {
      const output = socketsOf(c.source)?.outputs.find((s) => s.name === c.sourceHandle);
      const input = socketsOf(c.target)?.inputs.find((s) => s.name === c.targetHandle);
      return c.source !== c.target && fits(output, input);
    },
    [socketsOf],
  );

  const onConnect = (c: Connection) => {
    if (c.source && c.target && c.sourceHandle && c.targetHandle) {
      events.connectionDrawn({
        source: c.source,
        sourceSocket: c.sourceHandle,
        target: c.target,
        targetSocket: c.targetHandle,
      });
    }
  };

  // While a connection is dragged, the sockets that could take it light up (socket-highlight.ts).
  const onConnectStart = (
    _: MouseEvent | TouchEvent,
    from: { nodeId: string | null; handleId: string | null; handleType: 'source' | 'target' | null },
  ) => {
    const side = from.handleType === 'source' ? 'output' : 'input';
    const node = socketsOf(from.nodeId);
    const socket = (side === 'output' ? node?.outputs : node?.inputs)?.find((s) => s.name === from.handleId);
    setDragging(from.nodeId && socket ? { nodeId: from.nodeId, socket, side } : null);
  };

  // A drop on a socket that does not fit still goes to the server, which refuses it and says why.
  const onConnectEnd = (_: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    setDragging(null);
    if (state.isValid !== false || !state.fromHandle || !state.toHandle || !state.toHandle.id || !state.fromHandle.id) {
      return;
    }
    const [out, into] =
      state.fromHandle.type === 'source' ? [state.fromHandle, state.toHandle] : [state.toHandle, state.fromHandle];
    events.connectionDrawn({ source: out.nodeId, sourceSocket: out.id!, target: into.nodeId, targetSocket: into.id! });
  };

  const onNodeDragStop = (event: MouseEvent | TouchEvent, dragged: Node, all: Node[]) => {
    const at = 'changedTouches' in event ? event.changedTouches[0] : event;
    const pointer = screenToFlowPosition({ x: at.clientX, y: at.clientY });
    for (const node of all) {
      const internal = getInternalNode(node.id);
      if (!internal) {
        continue;
      }
      const abs = internal.internals.positionAbsolute;
      const w = internal.measured?.width ?? 0;
      const h = internal.measured?.height ?? 0;
      const point = node.id === dragged.id ? pointer : { x: abs.x + w / 2, y: abs.y + h / 2 };
      const internals = getNodes()
        .map((n) => getInternalNode(n.id))
        .filter((n) => n !== undefined);
      const frame = frameUnder(point, node.id, internals);
      const origin = frame ? frame.internals.positionAbsolute : { x: 0, y: 0 };
      events.nodeMoved({
        id: node.id,
        parentId: frame?.id ?? null,
        x: Math.round(abs.x - origin.x),
        y: Math.round(abs.y - origin.y),
      });
    }
  };

  // A palette card dropped on the canvas: the new component goes where it was let go, into the innermost frame there.
  const onDragOver = (event: ReactDragEvent) => {
    if (event.dataTransfer.types.includes(ASSET_DRAG_TYPE)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  };
  const onDrop = (event: ReactDragEvent) => {
    const asset = event.dataTransfer.getData(ASSET_DRAG_TYPE);
    if (!asset) {
      return;
    }
    event.preventDefault();
    const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const internals = getNodes()
      .map((n) => getInternalNode(n.id))
      .filter((n) => n !== undefined);
    const frame = frameUnder(point, '', internals);
    const origin = frame ? frame.internals.positionAbsolute : { x: 0, y: 0 };
    events.assetDropped({
      asset,
      parentId: frame?.id ?? null,
      x: Math.round(point.x - origin.x - DROP_GRIP.x),
      y: Math.round(point.y - origin.y - DROP_GRIP.y),
    });
  };

  const explain = (edge: Edge, pinned: boolean) =>
    setExplained({ edge: (edge.data as { diagram: DiagramEdge }).diagram, pinned });

  const tidy = () => {
    const selected = nodes.filter((n) => n.selected);
    const scope = selected.length === 1 && selected[0].type === 'frame' ? selected[0].id : null;
    // A sketched card is not drawn, so it has no measured size: tidy-up then takes the size the server sends
    const measured = nodes.map((n) => getInternalNode(n.id) ?? n);
    void tidyUp(scope, measured, edges).then((placements) =>
      events.layoutApplied({ placements: JSON.stringify(placements) }),
    );
  };

  return (
    <DraggingContext.Provider value={dragging}>
      <SketchContext.Provider value={sketches}>
        <FrameResizeContext.Provider value={events.nodeResized}>
          <div
            ref={hostElement}
            className="gantry-canvas-keys"
            tabIndex={-1}
            onDragOver={onDragOver}
            onDrop={onDrop}
            onMouseDownCapture={pressSocketUnderEdge}
            onPointerDownCapture={onPress}
          >
            <ReactFlow
              nodes={drawnNodes}
              edges={zoomedOut ? NO_EDGES : shownEdges}
              onlyRenderVisibleElements
              nodeTypes={nodeTypes}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              onConnect={onConnect}
              onConnectStart={onConnectStart}
              onConnectEnd={onConnectEnd}
              connectionRadius={36}
              autoPanSpeed={6}
              isValidConnection={isValidConnection}
              onNodeDragStop={onNodeDragStop}
              onNodeClick={onNodeClick}
              onSelectionChange={onSelectionChange}
              onEdgeClick={(_, edge) => explain(edge, true)}
              onEdgeMouseEnter={(_, edge) => !explained?.pinned && explain(edge, false)}
              onEdgeMouseLeave={() => !explained?.pinned && setExplained(null)}
              onPaneClick={() => setExplained(null)}
              deleteKeyCode={null}
              multiSelectionKeyCode={null}
              minZoom={MIN_ZOOM}
              proOptions={{ hideAttribution: true }}
            >
              <Background gap={24} size={1.5} color="#c9d2de" />
              {nodes.length > 0 && (
                <MiniMapShown.Provider value={miniMapShown}>
                  <MiniMap pannable zoomable nodeStrokeWidth={2} nodeColor={miniMapColor} nodeComponent={MiniMapNode} />
                </MiniMapShown.Provider>
              )}
              <Controls showInteractive={false}>
                <ControlButton
                  onClick={tidy}
                  data-testid="tidy-up"
                  title="Tidy up: lay out the selected frame, or the whole diagram (ELK layered)"
                >
                  <svg viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M2 3h5v4H2zM9 9h5v4H9zM7 5h2v6" />
                  </svg>
                </ControlButton>
                <ControlButton
                  onClick={() => setAllFrameConnections((all) => !all)}
                  data-testid="toggle-frame-connections"
                  title={
                    allFrameConnections ? 'Show frame connections of the selection only' : 'Show every frame connection'
                  }
                  className={allFrameConnections ? 'gantry-control-on' : undefined}
                >
                  <svg viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M2 13 L14 3" strokeDasharray="2.5 2" />
                  </svg>
                </ControlButton>
              </Controls>
            </ReactFlow>
          </div>
          {shortcuts.help && <ShortcutHelp onClose={shortcuts.closeHelp} />}
          {explained && (
            <div className="gantry-edge-explanation" data-testid="edge-explanation">
              <strong>{explained.edge.implicit ? 'Implicit connection' : 'Connection'}</strong>
              <span>{explained.edge.explanation}</span>
            </div>
          )}
          {nodes.length === 0 && viewKey !== '' && (
            <div className="gantry-canvas-empty">
              <strong>Nothing here yet</strong>
              <span>Search the asset palette on the left; click an asset to add it, or drag it here.</span>
            </div>
          )}
        </FrameResizeContext.Provider>
      </SketchContext.Provider>
    </DraggingContext.Provider>
  );
}

/**
 * The diagram canvas: the server sends it patches of the diagram (applyPatch) and hears what the user does through
 * events
 * (connection-drawn, node-moved, node-resized, selection-changed, delete-requested).
 */
class GantryCanvasElement extends ReactAdapterElement {
  private readonly patches = new PatchQueue();

  /** Called by the server (DiagramCanvas.show) with each patch, in order. */
  applyPatch(patch: PatchWire): void {
    this.patches.push(fromWire(patch));
  }

  override async connectedCallback(): Promise<void> {
    // Patches the server sent before this element was upgraded wait on it.
    const early = (this as unknown as { pendingPatches?: PatchWire[] }).pendingPatches;
    if (early) {
      delete (this as unknown as { pendingPatches?: PatchWire[] }).pendingPatches;
      early.forEach((p) => this.patches.push(fromWire(p)));
    }
    await super.connectedCallback();
  }

  protected override render(hooks: RenderHooks): ReactElement | null {
    const [selectRequest] = hooks.useState<SelectRequest | null>('selectRequest', null);
    const events: Events = {
      connectionDrawn: hooks.useCustomEvent<ConnectionDrawn>('connection-drawn'),
      nodeMoved: hooks.useCustomEvent<NodeMoved>('node-moved'),
      nodeResized: hooks.useCustomEvent<NodeResized>('node-resized'),
      selectionChanged: hooks.useCustomEvent<Selection>('selection-changed'),
      deleteRequested: hooks.useCustomEvent<Selection>('delete-requested'),
      copyRequested: hooks.useCustomEvent<Selection>('copy-requested'),
      pasteRequested: hooks.useCustomEvent<{ parentId: string | null }>('paste-requested'),
      undoRequested: hooks.useCustomEvent<{ redo: boolean }>('undo-requested'),
      layoutApplied: hooks.useCustomEvent<{ placements: string }>('layout-applied'),
      assetDropped: hooks.useCustomEvent<AssetDrop>('asset-dropped'),
    };
    return (
      <div className="gantry-canvas" data-testid="canvas">
        <ReactFlowProvider>
          <Canvas patches={this.patches} events={events} selectRequest={selectRequest} />
        </ReactFlowProvider>
      </div>
    );
  }
}

customElements.define('gantry-canvas', GantryCanvasElement);
