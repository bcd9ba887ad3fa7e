import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useReactFlow, type Edge } from '@xyflow/react';
import { explicitEdgeIds } from './canvas-selection';
import type { DiagramNodes, NodeMoved, Selection } from './diagram-types';

/** The event that asks the canvas to give the keyboard back to the workspace (Escape in the property panel). */
export const WORKSPACE_EVENT = 'gantry-workspace';

export type KeyEvents = {
  nodeMoved: (m: NodeMoved) => void;
  deleteRequested: (s: Selection) => void;
  copyRequested: (s: Selection) => void;
  pasteRequested: (target: { parentId: string | null }) => void;
  undoRequested: (what: { redo: boolean }) => void;
};

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** How long a nudge may take to show in React's state; later, a node back at its old spot was moved there. */
const STALE_MS = 1000;

function typingInAField(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0] as HTMLElement | undefined;
  return !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function withinCanvas(event: KeyboardEvent, host: HTMLElement | null): boolean {
  return !!host && (event.composedPath().includes(host) || document.activeElement === document.body);
}

/**
 * The editor's keyboard habits on top of React Flow's: Delete and Backspace ask the server to delete the selection
 * (it confirms frames first; the canvas never deletes by itself), Ctrl+A selects everything, Ctrl+C / Ctrl+V copy and paste
 * through the server (the clipboard is the user's session, so a paste may go into another change set), arrow-key
 * nudges are saved when the key is released, `?` shows the shortcuts, and the workspace event deselects everything.
 */
export function useEditingKeys(
  host: HTMLElement | null,
  events: KeyEvents,
  { getNodes, setNodes }: DiagramNodes,
  getEdges: () => Edge[],
) {
  const { zoomIn, zoomOut } = useReactFlow();
  const [help, setHelp] = useState(false);
  // The adapter hands over new callbacks on every render; the listeners stay and call the latest ones.
  const latest = useRef(events);
  latest.current = events;
  // Where arrow keys have moved the selection since the last release (saved then), and where they last put each
  // node: a key pressed again before React has applied the previous move starts from there, not from stale state.
  const nudged = useRef(new Map<string, NodeMoved>());
  const lastNudge = useRef(new Map<string, { from: { x: number; y: number }; to: NodeMoved; at: number }>());

  useEffect(() => {
    const deselect = () => setNodes((all) => all.map((n) => (n.selected ? { ...n, selected: false } : n)));
    window.addEventListener(WORKSPACE_EVENT, deselect);
    return () => window.removeEventListener(WORKSPACE_EVENT, deselect);
  }, [setNodes]);

  useEffect(() => {
    const selected = () => getNodes().filter((n) => n.selected);
    const onKeyDown = (e: KeyboardEvent) => {
      if (typingInAField(e) || !withinCanvas(e, host)) {
        return;
      }
      const mod = e.ctrlKey || e.metaKey;
      if ((e.key === 'Delete' || e.key === 'Backspace') && !mod) {
        // Ours, not React Flow's: its delete key reads its own store, which may not yet hold a selection the canvas
        // is still drawing (a Delete right after a click); getNodes already does.
        const nodes = selected()
          .map((n) => n.id)
          .join(',');
        const edges = explicitEdgeIds(getEdges().filter((edge) => edge.selected));
        if (nodes || edges) {
          e.preventDefault();
          latest.current.deleteRequested({ nodes, edges });
        }
      } else if (mod && (e.key.toLowerCase() === 'z' || e.key.toLowerCase() === 'y')) {
        e.preventDefault();
        latest.current.undoRequested({ redo: e.key.toLowerCase() === 'y' || e.shiftKey });
      } else if (mod && e.key.toLowerCase() === 'a') {
        e.preventDefault();
        setNodes((all) => all.map((n) => ({ ...n, selected: true })));
      } else if (mod && e.key.toLowerCase() === 'c' && selected().length > 0) {
        latest.current.copyRequested({
          nodes: selected()
            .map((n) => n.id)
            .join(','),
          edges: '',
        });
      } else if (mod && e.key.toLowerCase() === 'v') {
        e.preventDefault();
        const target = selected().find((n) => n.type === 'frame');
        latest.current.pasteRequested({ parentId: target?.id ?? null });
      } else if (mod && (e.key === '=' || e.key === '+')) {
        e.preventDefault();
        zoomIn();
      } else if (mod && e.key === '-') {
        e.preventDefault();
        zoomOut();
      } else if (e.key in ARROWS && selected().length > 0) {
        // Ours alone: React Flow would also move a focused node, and its move is never reported for saving.
        e.preventDefault();
        e.stopPropagation();
        nudge(ARROWS[e.key], e.shiftKey ? 20 : 5);
      } else if (e.key === '?') {
        setHelp((shown) => !shown);
      } else if (e.key === 'Escape') {
        setHelp(false);
      }
    };
    const nudge = ([dx, dy]: [number, number], step: number) => {
      const moves = selected().map((n) => {
        const last = lastNudge.current.get(n.id);
        const stale =
          last && Date.now() - last.at < STALE_MS && last.from.x === n.position.x && last.from.y === n.position.y;
        const from = stale ? { x: last.to.x, y: last.to.y } : n.position;
        const to = {
          id: n.id,
          parentId: n.parentId ?? null,
          x: Math.round(from.x + dx * step),
          y: Math.round(from.y + dy * step),
        };
        lastNudge.current.set(n.id, { from: n.position, to, at: Date.now() });
        nudged.current.set(n.id, to);
        return to;
      });
      const moved = new Map(moves.map((m) => [m.id, m]));
      setNodes((all) =>
        all.map((n) => {
          const m = moved.get(n.id);
          return m ? { ...n, position: { x: m.x, y: m.y } } : n;
        }),
      );
    };
    // The release saves where the nudges put the selection (one save per node, however long the key was held).
    const onKeyUp = (e: KeyboardEvent) => {
      if (!(e.key in ARROWS) || nudged.current.size === 0) {
        return;
      }
      const moves = [...nudged.current.values()];
      nudged.current.clear();
      moves.forEach((m) => latest.current.nodeMoved(m));
    };
    // Capture: the canvas hears its keys before React Flow's own handlers on the nodes.
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', onKeyUp, true);
    };
  }, [host, getNodes, getEdges, setNodes, zoomIn, zoomOut]);
  return { help, closeHelp: () => setHelp(false) };
}

const SHORTCUTS: [string, string][] = [
  ['Delete / Backspace', 'Delete the selection (a frame with contents asks first)'],
  ['Ctrl+Z / Ctrl+Shift+Z', 'Undo / redo your last edit in this change set'],
  ['Ctrl+C / Ctrl+V', 'Copy / paste the selection (into the selected frame; also in another change set)'],
  ['Ctrl+A', 'Select everything'],
  ['Shift+click, Ctrl+click', 'Add to the selection (or take back a selected one)'],
  ['Shift+drag', 'Select with a box'],
  ['Arrow keys', 'Nudge the selection (saved on release)'],
  ['Escape', 'Leave the property panel (the value is kept) and deselect'],
  ['Ctrl+scroll, Ctrl+= / Ctrl+-', 'Zoom'],
  ['?', 'Show or hide this help'],
];

export function ShortcutHelp({ onClose }: { onClose: () => void }): ReactElement {
  return (
    <div className="gantry-shortcuts" data-testid="shortcut-help" role="dialog" aria-label="Keyboard shortcuts">
      <div className="gantry-shortcuts-title">
        <strong>Keyboard and mouse</strong>
        <button type="button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      <table>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
