import { getViewportForBounds, useStore, type ReactFlowState, type Viewport } from '@xyflow/react';
import type { DiagramNode } from './diagram-types';
import { sizeOf } from './node-geometry';

/**
 * Below this zoom a card's text is too small to read: cards are drawn as their name on their service's colour,
 * without socket rows, handles or edges, as maps drop detail when zoomed out. What the browser has to draw then
 * grows with what is on screen, not with what the cards hold.
 */
export const DETAIL_ZOOM = 0.45;

const zoomedOut = (s: ReactFlowState) => s.transform[2] < DETAIL_ZOOM;

/** True while the view is zoomed out past {@link DETAIL_ZOOM}; a card re-renders only when this flips. */
export function useZoomedOut(): boolean {
  return useStore(zoomedOut);
}

/**
 * Below this zoom a card is a few pixels wide and its name unreadable: cards are not drawn as nodes at all, and each
 * frame sketches what it holds as coloured boxes in one SVG (frame-sketch.tsx). A diagram of thousands of
 * components fitted on screen is then a few dozen nodes for React Flow to draw, pan and zoom, not thousands.
 */
export const SKETCH_ZOOM = 0.12;

const sketched = (s: ReactFlowState) => s.transform[2] < SKETCH_ZOOM;

/** True while the view is zoomed out past {@link SKETCH_ZOOM}. */
export function useSketched(): boolean {
  return useStore(sketched);
}

/** Above this many nodes the minimap shows frames only: thousands of specks tell nobody anything. */
export const MINIMAP_FRAMES_ONLY_ABOVE = 300;

/** Far enough out to fit 10,000 components on one screen. */
export const MIN_ZOOM = 0.01;

/** Room around a fitted diagram, as a share of the canvas. */
export const FIT_PADDING = 0.05;

/**
 * The view that fits a whole diagram into a canvas of this size, from the sizes the server sends: set before the
 * first nodes are drawn, so that they are drawn once, at the zoom they are seen at (React Flow's fitView comes
 * after a first drawing at zoom 1).
 */
export function fittedViewport(nodes: DiagramNode[], width: number, height: number): Viewport | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    if (node.parentId) {
      continue; // inside a frame, which is sized to hold it
    }
    const size = sizeOf(node);
    left = Math.min(left, node.x);
    top = Math.min(top, node.y);
    right = Math.max(right, node.x + size.width);
    bottom = Math.max(bottom, node.y + size.height);
  }
  if (left === Infinity || width <= 0 || height <= 0) {
    return null;
  }
  const bounds = { x: left, y: top, width: right - left, height: bottom - top };
  return getViewportForBounds(bounds, width, height, MIN_ZOOM, 1, FIT_PADDING);
}
