import { Position, type NodeHandle } from '@xyflow/react';
import type { DiagramNode, SocketData } from './diagram-types';

/**
 * Every card's size and socket positions follow from its sockets (the stylesheet fixes the heights they rely on),
 * so React Flow knows them without drawing the card: it can cull cards that are off screen, fit the view and draw
 * the minimap from the start, and draw an edge to a card it has not drawn. Mirrors dev.gantry.model.Layout.
 */
export const CARD_WIDTH = 250;
const CARD_HEADER = 52; // 4 px top border + a 48 px header
const CARD_SOCKETS_TOP = 4;
const CARD_BOTTOM = 8;
export const FRAME_WIDTH = 560;
export const FRAME_HEIGHT = 360;
const FRAME_HEADER = 36; // 2 px border + a 34 px header
const FRAME_SOCKETS_TOP = 4;
export const SOCKET_ROW = 20;
/** Where a dragged connection counts as on the socket: wider than the drawn handle, easy to hit zoomed out. */
const HANDLE = 22;

export type Size = { width: number; height: number };

export function sizeOf(node: DiagramNode): Size {
  if (node.kind !== 'component') {
    return { width: node.width ?? FRAME_WIDTH, height: node.height ?? FRAME_HEIGHT };
  }
  return { width: CARD_WIDTH, height: CARD_HEADER + CARD_SOCKETS_TOP + SOCKET_ROW * rowsOf(node) + CARD_BOTTOM };
}

export function rowsOf(node: DiagramNode): number {
  return Math.max(node.inputs.length, node.outputs.length);
}

/** Where each socket's handle sits on the node: inputs on the left edge, outputs on the right, a row each. */
export function handlesOf(node: DiagramNode, size: Size): NodeHandle[] {
  const top = node.kind === 'component' ? CARD_HEADER + CARD_SOCKETS_TOP : FRAME_HEADER + FRAME_SOCKETS_TOP;
  const handle = (socket: SocketData, i: number, input: boolean): NodeHandle => ({
    id: socket.name,
    type: input ? 'target' : 'source',
    position: input ? Position.Left : Position.Right,
    x: (input ? 0 : size.width) - HANDLE / 2,
    y: top + SOCKET_ROW * i + SOCKET_ROW / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  });
  return [...node.inputs.map((s, i) => handle(s, i, true)), ...node.outputs.map((s, i) => handle(s, i, false))];
}
