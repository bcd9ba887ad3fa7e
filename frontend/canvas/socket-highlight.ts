import { createContext, useContext } from 'react';
import { fits } from './flow-mapping';
import type { SocketData } from './diagram-types';

/** The socket a connection is being dragged from, while the drag lasts. */
export type Dragging = { nodeId: string; socket: SocketData; side: 'input' | 'output' } | null;

export const DraggingContext = createContext<Dragging>(null);

/**
 * Whether a socket could take the connection being dragged: the other side, another node, and the server's
 * matching rule. Those sockets light up so the user sees where the connection may go.
 */
export function useCompatible(nodeId: string, socket: SocketData, side: 'input' | 'output'): boolean {
  const dragging = useContext(DraggingContext);
  if (!dragging || dragging.nodeId === nodeId || dragging.side === side) {
    return false;
  }
  return side === 'input' ? fits(dragging.socket, socket) : fits(socket, dragging.socket);
}

/** What a socket's tooltip says: its full name, direction, how many it takes and the type it carries. */
export function describeSocket(socket: SocketData, side: 'input' | 'output'): string {
  const arity = socket.arity === 'MANY' ? 'many connections' : 'one connection';
  return `${socket.name} — ${side}, ${arity}\ntype: ${socket.annotations.join(', ')}`;
}
