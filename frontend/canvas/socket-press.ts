import type { MouseEvent as ReactMouseEvent } from 'react';

/**
 * React Flow draws an edge at the height of its deeper end, so a long edge's wide, invisible hit path can lie over
 * the socket of a card it crosses, and a press on that socket grabbed the edge instead. A press there is meant for
 * the socket: it is handed to the socket, which starts a connection as if pressed directly. A press on an edge away
 * from any socket still selects and explains the edge.
 */
export function pressSocketUnderEdge(e: ReactMouseEvent) {
  if (e.button !== 0 || !(e.target instanceof Element) || !e.target.closest('.react-flow__edge')) {
    return;
  }
  const socket = document
    .elementsFromPoint(e.clientX, e.clientY)
    .find((element) => element.classList.contains('react-flow__handle'));
  if (!socket) {
    return;
  }
  e.stopPropagation();
  e.preventDefault();
  socket.dispatchEvent(
    new MouseEvent('mousedown', {
      bubbles: true,
      cancelable: true,
      clientX: e.clientX,
      clientY: e.clientY,
      button: 0,
      buttons: 1,
      view: window,
    }),
  );
}
