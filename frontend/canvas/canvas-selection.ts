import { applyNodeChanges, type Edge, type Node, type NodeChange, type OnSelectionChangeParams } from '@xyflow/react';
import {
  startTransition,
  useCallback,
  useMemo,
  useRef,
  useState,
  type MouseEvent as ReactMouseEvent,
  type RefObject,
  type SetStateAction,
} from 'react';
import type { DiagramEdge, DiagramNodes, Selection } from './diagram-types';

/** The explicit connections among edges (a frame's implied ones cannot be selected away), as the server names them. */
export function explicitEdgeIds(edges: Edge[]): string {
  return edges
    .filter((e) => !(e.data as { diagram: DiagramEdge }).diagram.implicit)
    .map((e) => e.id)
    .join(',');
}

function withSelection(all: Node[], wanted: ReadonlySet<string>): Node[] {
  return all.map((n) => (wanted.has(n.id) === !!n.selected ? n : { ...n, selected: wanted.has(n.id) }));
}

/**
 * The canvas's nodes. A new selection is drawn as a transition: on a large diagram React redraws a thousand cards,
 * and drawn at once that held back the click's request to the server (and so the property panel) by about 40 ms.
 * What reads the nodes (the keys, the next click) reads `getNodes`, which already holds the selection React may still
 * be drawing: a Delete pressed right after a click deletes what was clicked.
 */
export function useCanvasNodes() {
  const [nodes, setDrawn] = useState<Node[]>([]);
  const latest = useRef<Node[]>(nodes);
  const update = useCallback((change: SetStateAction<Node[]>, later: boolean) => {
    const next = typeof change === 'function' ? change(latest.current) : change;
    if (next === latest.current) {
      return;
    }
    latest.current = next;
    // A value, not an updater: whichever React draws first, the last state it draws is this one.
    if (later) {
      startTransition(() => setDrawn(next));
    } else {
      setDrawn(next);
    }
  }, []);
  const diagramNodes: DiagramNodes = useMemo(
    () => ({ getNodes: () => latest.current, setNodes: (change) => update(change, false) }),
    [update],
  );
  // React Flow's own changes: a selection (a click, a box) is drawn later; moves, sizes and removals at once.
  const onNodesChange = useCallback(
    (changes: NodeChange<Node>[]) =>
      update(
        (all) => applyNodeChanges(changes, all),
        changes.every((c) => c.type === 'select'),
      ),
    [update],
  );
  const select = useCallback(
    (wanted: ReadonlySet<string>) => update((all) => withSelection(all, wanted), true),
    [update],
  );
  return { nodes, diagramNodes, onNodesChange, select };
}

/**
 * How clicks select, and how the server hears of the selection: a press on a card tells it before anything is
 * redrawn, so the property panel is on its way sooner.
 */
export function useSelectionClicks(
  { getNodes }: DiagramNodes,
  select: (wanted: ReadonlySet<string>) => void,
  selectionChanged: (s: Selection) => void,
  host: RefObject<HTMLElement | null>,
) {
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  // The adapter hands over a new callback on every render; the handlers stay and call the latest one.
  const tell = useRef(selectionChanged);
  tell.current = selectionChanged;
  const lastSelection = useRef('');
  /** Tells the server the selection, once per change. */
  const announce = useCallback((selection: Selection) => {
    const key = selection.nodes + '|' + selection.edges;
    if (key !== lastSelection.current) {
      lastSelection.current = key;
      tell.current(selection);
    }
  }, []);

  // What was selected when the button went down: React Flow applies its own change for a click before the canvas
  // hears of the click, so the click reads the selection from here. Taken on the pointer's press, not the mouse's:
  // with Shift held React Flow starts a selection box there and cancels the mouse events.
  const selectedAtPress = useRef<ReadonlySet<string>>(new Set());

  // Pressing a card that is not selected selects it (React Flow's own rule). A press on a socket starts a connection.
  // Not while a field outside the canvas has the focus: the press takes it away, and the value typed there must reach
  // the server before the selection does, or it would be saved on the newly selected component; the click tells.
  const onPress = useCallback(
    (e: ReactMouseEvent) => {
      const selected = getNodes().filter((n) => n.selected);
      selectedAtPress.current = new Set(selected.map((n) => n.id));
      const target = e.target instanceof Element ? e.target : null;
      const id = target?.closest('.react-flow__node')?.getAttribute('data-id');
      const plain = e.button === 0 && !e.shiftKey && !e.ctrlKey && !e.metaKey;
      const focused = document.activeElement;
      const typing = !!focused && focused !== document.body && !host.current?.contains(focused);
      if (!id || !plain || typing || target?.closest('.react-flow__handle') || selectedAtPress.current.has(id)) {
        return;
      }
      announce({ nodes: id, edges: '' });
    },
    [announce, getNodes, host],
  );

  // A click decides the selection from its own modifier keys: Shift/Ctrl/Cmd+click adds (or takes back) a node, a
  // plain click selects that node alone. React Flow's own rule reads a tracked "modifier held" state instead, which
  // can lag behind the keys and turned a plain click on a selected node into deselecting it.
  const onNodeClick = useCallback(
    (event: ReactMouseEvent, clicked: Node) => {
      const adding = event.shiftKey || event.ctrlKey || event.metaKey;
      const wanted = new Set(adding ? selectedAtPress.current : []);
      if (adding && wanted.has(clicked.id)) {
        wanted.delete(clicked.id);
      } else {
        wanted.add(clicked.id);
      }
      if (!adding) {
        announce({ nodes: clicked.id, edges: '' });
      }
      select(wanted);
    },
    [announce, select],
  );

  const onSelectionChange = useCallback(
    ({ nodes, edges }: OnSelectionChangeParams) => {
      setSelectedIds(new Set(nodes.map((x) => x.id)));
      announce({ nodes: nodes.map((x) => x.id).join(','), edges: explicitEdgeIds(edges) });
    },
    [announce],
  );
  return { selectedIds, onPress, onNodeClick, onSelectionChange };
}
