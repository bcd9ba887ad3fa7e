import { NodeResizer, type NodeProps, type Node } from '@xyflow/react';
import { createContext, memo, useContext } from 'react';
import { FarTitle, FrameSketch, SketchContext } from './frame-sketch';
import { NodeBadges, SocketRows, tint, useHandlesRemeasured } from './component-node';
import type { DiagramNode, NodeResized } from './diagram-types';
import { useSketched, useZoomedOut } from './level-of-detail';

export type FrameNodeType = Node<{ diagram: DiagramNode }, 'frame'>;

/** Lets a frame report the size the user dragged it to without threading callbacks through node data. */
export const FrameResizeContext = createContext<(resized: NodeResized) => void>(() => undefined);

/**
 * A frame: a titled region whose sockets feed (down frame) or collect from (up frame) the components inside.
 * Its sockets sit under its title bar so that they stay reachable whatever the frame holds; zoomed out, the title
 * bar alone.
 */
export const FrameNode = memo(function FrameNode({ id, data, selected }: NodeProps<FrameNodeType>) {
  const node = data.diagram;
  const onResized = useContext(FrameResizeContext);
  const zoomedOut = useZoomedOut();
  const sketch = useContext(SketchContext).get(id);
  const sketched = useSketched();
  useHandlesRemeasured(id, zoomedOut);
  const label = node.kind === 'up-frame' ? 'up frame' : 'down frame';
  return (
    <div
      className={'gantry-frame' + (selected ? ' selected' : '')}
      style={{ borderColor: node.color, background: tint(node.color, '0d') }}
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
      {!zoomedOut && <SocketRows node={node} nodeId={id} className="gantry-frame-sockets" />}
      {sketched && sketch && <FrameSketch cards={sketch} />}
      {sketched && <FarTitle node={node} />}
    </div>
  );
});
