import { useEffect, useRef } from 'react';
import type { DiagramNodes } from './diagram-types';

/** The server asks for a selection (a review entry, a component just added): numbered so a repeat still counts. */
export type SelectRequest = { sequence: number; nodes: string[] };

/**
 * Selects exactly the requested nodes, once per request, as soon as they are all on the canvas (a component
 * added in the same round trip arrives with the diagram, maybe after the request). React Flow then reports the
 * selection like a click would.
 */
export function useSelectRequest(
  request: SelectRequest | null,
  nodeIds: string[],
  { setNodes }: Pick<DiagramNodes, 'setNodes'>,
) {
  const applied = useRef(0);
  useEffect(() => {
    if (!request || applied.current === request.sequence || !request.nodes.every((id) => nodeIds.includes(id))) {
      return;
    }
    applied.current = request.sequence;
    const wanted = new Set(request.nodes);
    setNodes((all) => all.map((n) => (wanted.has(n.id) === !!n.selected ? n : { ...n, selected: wanted.has(n.id) })));
  }, [request, nodeIds, setNodes]);
}
