import { useStore, type ReactFlowState } from '@xyflow/react';

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

/** Above this many nodes the minimap shows frames only: thousands of specks tell nobody anything. */
export const MINIMAP_FRAMES_ONLY_ABOVE = 300;
