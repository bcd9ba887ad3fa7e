import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import type { DiagramNode } from './diagram-types';

export type ComponentNodeType = Node<{ diagram: DiagramNode }, 'component'>;

/** A component card: its name and asset on top, input sockets on the left, output sockets on the right. */
export function ComponentNode({ data, selected }: NodeProps<ComponentNodeType>) {
  const node = data.diagram;
  const rows = Math.max(node.inputs.length, node.outputs.length);
  return (
    <div className={'gantry-node' + (selected ? ' selected' : '')} style={{ borderTopColor: node.color }}
         data-testid={`node-${node.name}`}>
      <div className="gantry-node-header">
        <div className="gantry-node-name">{node.name}</div>
        <div className="gantry-node-asset">{node.asset}</div>
      </div>
      <div className="gantry-node-sockets">
        {Array.from({ length: rows }, (_, i) => (
          <div className="gantry-socket-row" key={i}>
            <SocketLabel socket={node.inputs[i]} side="input" nodeName={node.name} />
            <SocketLabel socket={node.outputs[i]} side="output" nodeName={node.name} />
          </div>
        ))}
      </div>
    </div>
  );
}

function SocketLabel({ socket, side, nodeName }: {
  socket?: DiagramNode['inputs'][number]; side: 'input' | 'output'; nodeName: string;
}) {
  if (!socket) {
    return <span className="gantry-socket-empty" />;
  }
  const input = side === 'input';
  return (
    <span className={`gantry-socket gantry-socket-${side}`}>
      <Handle
        type={input ? 'target' : 'source'}
        position={input ? Position.Left : Position.Right}
        id={socket.name}
        className={socket.arity === 'MANY' ? 'gantry-handle gantry-handle-many' : 'gantry-handle'}
        data-testid={`socket-${nodeName}-${side}-${socket.name}`}
      />
      <span className="gantry-socket-name">{socket.name}</span>
    </span>
  );
}
