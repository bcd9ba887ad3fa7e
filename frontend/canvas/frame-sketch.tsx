import { useStore, type Node, type ReactFlowState } from '@xyflow/react';
import { createContext, memo, useMemo, useRef } from 'react';
import { tint } from './component-node';
import type { DiagramNode } from './diagram-types';
import { sizeOf } from './node-geometry';

/**
 * Zoomed out past SKETCH_ZOOM (level-of-detail.ts), the cards inside frames are not React Flow nodes: each frame
 * sketches the cards it holds as coloured boxes in one SVG. What the browser draws, pans and zooms then grows with
 * the number of frames, not of components. A selected card stays drawn, so the selection still shows.
 */

/** The cards each frame holds directly, by frame id (empty unless sketched). */
export const SketchContext = createContext<ReadonlyMap<string, readonly Node[]>>(new Map());

const EMPTY = new Map<string, readonly Node[]>();

function sketchedCard(node: Node): boolean {
  return node.type === 'component' && !!node.parentId && !node.selected;
}

/**
 * The nodes React Flow draws: all of them, or, sketched, only the frames and the cards no frame sketches. The
 * sketched cards are left out, not hidden: React Flow goes over every node it is given on each change, so a patch to
 * a diagram of a thousand cards cost a sketched view as much as a drawn one.
 */
export function useDrawnNodes(nodes: Node[], sketched: boolean): Node[] {
  return useMemo(() => (sketched ? nodes.filter((n) => !sketchedCard(n)) : nodes), [nodes, sketched]);
}

/**
 * Which cards each frame sketches. A frame keeps its list (the same array) while none of its cards changed, so a
 * patch redraws only the sketches it touched.
 */
export function useSketches(nodes: Node[], sketched: boolean): ReadonlyMap<string, readonly Node[]> {
  const previous = useRef<ReadonlyMap<string, readonly Node[]>>(EMPTY);
  return useMemo(() => {
    if (!sketched) {
      previous.current = EMPTY;
      return EMPTY;
    }
    const byFrame = new Map<string, Node[]>();
    for (const node of nodes) {
      if (node.type === 'component' && node.parentId) {
        const cards = byFrame.get(node.parentId) ?? [];
        cards.push(node);
        byFrame.set(node.parentId, cards);
      }
    }
    const stable = new Map<string, readonly Node[]>();
    for (const [frame, cards] of byFrame) {
      const before = previous.current.get(frame);
      const same = before && before.length === cards.length && before.every((card, i) => card === cards[i]);
      stable.set(frame, same ? before : cards);
    }
    previous.current = stable;
    return stable;
  }, [nodes, sketched]);
}

/** The boxes of a frame's cards, where React Flow would draw them (positions are relative to the frame). */
export const FrameSketch = memo(function FrameSketch({ cards }: { cards: readonly Node[] }) {
  return (
    <svg className="gantry-frame-sketch" aria-hidden="true">
      {cards.map((card) => {
        const node = (card.data as { diagram: DiagramNode }).diagram;
        const size = sizeOf(node);
        return (
          <rect
            key={card.id}
            x={card.position.x}
            y={card.position.y}
            width={size.width}
            height={size.height}
            rx={8}
            fill={tint(node.color, '55')}
            stroke={node.color}
            strokeWidth={6}
          />
        );
      })}
    </svg>
  );
});

const zoomOf = (s: ReactFlowState) => s.transform[2];

/** Below this width on screen a frame's name would not fit: it is left out, as maps leave out small places' names. */
const TITLE_ROOM = 80;

/**
 * A sketched frame's name, drawn at a readable size whatever the zoom (its title bar is then a few pixels high), so
 * that a diagram fitted on screen still says which frame is which.
 */
export const FarTitle = memo(function FarTitle({ node }: { node: DiagramNode }) {
  const zoom = useStore(zoomOf);
  if (sizeOf(node).width * zoom < TITLE_ROOM) {
    return null;
  }
  return (
    <div
      className="gantry-frame-far-title"
      style={{ fontSize: `${12 / zoom}px`, padding: `${2 / zoom}px ${6 / zoom}px`, background: node.color }}
    >
      {node.name}
    </div>
  );
});
