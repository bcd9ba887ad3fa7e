import { NodeResizer, type NodeProps, type Node } from '@xyflow/react';
import { createContext, useContext } from 'react';
import { NodeBadges, SocketRows } from './component-node';
import type { DiagramNode, NodeResized } from './diagram-types';

export type FrameNodeType = Node<{ diagram: DiagramNode }, 'frame'>;

/** Lets a frame report the size the user dragged it to without threading callbacks through node data. */
export const FrameResizeContext = createContext<(resized: NodeResized) => void>(() => undefined);

/**
 * A frame: a titled region whose sockets feed (down frame) or collect from (up frame) the components inside.
 * Its sockets sit under its title bar so that they stay reachable whatever the frame holds.
 */
export function FrameNode({ id, data, selected }: NodeProps<FrameNodeType>) {
  const node = data.diagram;
  const onResized = useContext(FrameResizeContext);
  const label = node.kind === 'up-frame' ? 'up frame' : 'down frame';
  return (
    <div
      className={'gantry-frame' + (selected ? ' selected' : '')}
      style={{ borderColor: node.color, background: tint(node.color) }}
      data-testid={`node-${node.name}`}
    >
      <NodeResizer
        isVisible={selected}
        minWidth={260}
        minHeight={160}
        color={node.color}
        onResizeEnd={(_, p) => onResized({ id, x: p.x, y: p.y, width: p.width, height: p.height })}
      />
      <div className="gantry-frame-header" style={{ background: node.color }}>
        <span className="gantry-frame-name">{node.name}</span>
        <span className="gantry-frame-asset">
          {node.asset} · {label}
        </span>
        <NodeBadges node={node} />
      </div>
      <SocketRows node={node} nodeId={id} className="gantry-frame-sockets" />
    </div>
  );
}

/** A faint wash of the frame's colour, so nested frames stay distinguishable. */
function tint(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color + '0d' : 'transparent';
}
