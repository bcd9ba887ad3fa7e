import { Handle, Position, NodeResizer, type NodeProps, type Node } from '@xyflow/react';
import type { DiagramNode } from './diagram-types';

export type FrameNodeType = Node<{ diagram: DiagramNode }, 'frame'>;

/**
 * A frame: a titled region whose sockets feed (down frame) or collect from (up frame) the components inside.
 * Its sockets sit on its title bar so that they stay reachable whatever the frame holds.
 */
export function FrameNode({ data, selected }: NodeProps<FrameNodeType>) {
  const node = data.diagram;
  const label = node.kind === 'up-frame' ? 'up frame' : 'down frame';
  return (
    <div className={'gantry-frame' + (selected ? ' selected' : '')} style={{ borderColor: node.color }}
         data-testid={`node-${node.name}`}>
      <NodeResizer isVisible={selected} minWidth={240} minHeight={160} color={node.color} />
      <div className="gantry-frame-header" style={{ background: node.color }}>
        <span className="gantry-frame-name">{node.name}</span>
        <span className="gantry-frame-asset">{node.asset} · {label}</span>
      </div>
      <div className="gantry-frame-sockets">
        <div className="gantry-frame-socket-column">
        {node.inputs.map((s) => (
          <span className="gantry-socket gantry-socket-input" key={'in-' + s.name}>
            <Handle type="target" position={Position.Left} id={s.name} className="gantry-handle"
                    data-testid={`socket-${node.name}-input-${s.name}`} />
            <span className="gantry-socket-name">{s.name}</span>
          </span>
        ))}
        </div>
        <div className="gantry-frame-socket-column gantry-frame-outputs">
        {node.outputs.map((s) => (
          <span className="gantry-socket gantry-socket-output" key={'out-' + s.name}>
            <span className="gantry-socket-name">{s.name}</span>
            <Handle type="source" position={Position.Right} id={s.name} className="gantry-handle"
                    data-testid={`socket-${node.name}-output-${s.name}`} />
          </span>
        ))}
        </div>
      </div>
    </div>
  );
}
