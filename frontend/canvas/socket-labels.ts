/**
 * How a socket row's two labels (an input on the left, an output on the right) share the card's width. Rows keep
 * their fixed height (node-geometry.ts), so socket positions never depend on the labels: each label is as wide as
 * its name when the pair fits, the shorter one keeps its width when they do not, and a name still too long for
 * its share wraps to two smaller lines (the tooltip always has the full name).
 */
export type LabelFit = { maxWidth: number; twoLines: boolean };

const FONT_PX = 12; // .gantry-node and .gantry-frame-sockets
const SOCKET_PADDING = 24; // .gantry-socket: 12 px each side, where the handle sits
const ROW_GAP = 8; // .gantry-socket-row
/** Text measured with a font the page may not have loaded yet: a little room against a wider real font. */
const SLACK = 4;

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

export function textWidth(text: string): number {
  let width = widths.get(text);
  if (width === undefined) {
    if (context === undefined) {
      context = document.createElement('canvas').getContext('2d');
    }
    if (context) {
      const family =
        getComputedStyle(document.documentElement).getPropertyValue('--lumo-font-family').trim() ||
        'system-ui, sans-serif';
      context.font = `${FONT_PX}px ${family}`;
      width = context.measureText(text).width + SLACK;
    } else {
      width = text.length * 7;
    }
    widths.set(text, width);
  }
  return width;
}

/** {@code border}: the card's (or frame's) border width on each side. */
export function fitRow(
  input: string | undefined,
  output: string | undefined,
  nodeWidth: number,
  border: number,
): [LabelFit | null, LabelFit | null] {
  const present = (input ? 1 : 0) + (output ? 1 : 0);
  const room = nodeWidth - 2 * border - ROW_GAP - SOCKET_PADDING * present;
  const wIn = input ? textWidth(input) : 0;
  const wOut = output ? textWidth(output) : 0;
  let shareIn = room;
  let shareOut = room;
  if (input && output) {
    if (wIn + wOut <= room) {
      [shareIn, shareOut] = [room - wOut, room - wIn];
    } else if (wIn <= room / 2) {
      [shareIn, shareOut] = [wIn, room - wIn];
    } else if (wOut <= room / 2) {
      [shareIn, shareOut] = [room - wOut, wOut];
    } else {
      [shareIn, shareOut] = [room / 2, room / 2];
    }
  }
  const fit = (width: number, share: number): LabelFit => ({
    maxWidth: Math.floor(share + SOCKET_PADDING),
    twoLines: width > share,
  });
  return [input ? fit(wIn, shareIn) : null, output ? fit(wOut, shareOut) : null];
}
