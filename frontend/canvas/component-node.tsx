import { Handle, Position, useUpdateNodeInternals, type NodeProps, type Node } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';
import type { DiagramNode, SocketData } from './diagram-types';
import { useZoomedOut } from './level-of-detail';
import { sizeOf } from './node-geometry';
import { describeSocket, useCompatible } from './socket-highlight';
import { fitRow, type LabelFit } from './socket-labels';

export type ComponentNodeType = Node<{ diagram: DiagramNode }, 'component'>;

/**
 * A component card: name, asset and status on top, input sockets on the left, output sockets on the right.
 * Zoomed out, only its name on its service's colour. Memoised: a patch re-renders the cards it changed only.
 */
export const ComponentNode = memo(function ComponentNode({ id, data, selected }: NodeProps<ComponentNodeType>) {
  const node = data.diagram;
  const zoomedOut = useZoomedOut();
  useHandlesRemeasured(id, zoomedOut);
  if (zoomedOut) {
    return (
      <div
        className={'gantry-node gantry-node-lod' + (selected ? ' selected' : '')}
        style={{ borderTopColor: node.color, background: tint(node.color, '26') }}
        data-testid={`node-${node.name}`}
      >
        <span className="gantry-node-name">{node.name}</span>
      </div>
    );
  }
  return (
    <div
      className={'gantry-node' + (selected ? ' selected' : '')}
      style={{ borderTopColor: node.color }}
      data-testid={`node-${node.name}`}
    >
      <div className="gantry-node-header">
        <div className="gantry-node-title">
          <span className="gantry-node-name">{node.name}</span>
          <NodeBadges node={node} />
        </div>
        <div className="gantry-node-asset" title={node.asset}>
          {node.asset}
        </div>
      </div>
      <SocketRows node={node} nodeId={id} className="gantry-node-sockets" />
    </div>
  );
});

/**
 * React Flow measures where handles are when a node is first drawn or changes size; a card drawn zoomed out has
 * none, so when its sockets come back on zooming in it is measured again.
 */
export function useHandlesRemeasured(id: string, zoomedOut: boolean) {
  const updateNodeInternals = useUpdateNodeInternals();
  const wasZoomedOut = useRef(zoomedOut);
  useEffect(() => {
    if (wasZoomedOut.current && !zoomedOut) {
      updateNodeInternals(id);
    }
    wasZoomedOut.current = zoomedOut;
  }, [id, zoomedOut, updateNodeInternals]);
}

/** A wash of a service colour (#rrggbb plus an alpha in hex). */
export function tint(color: string, alpha: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color + alpha : 'transparent';
}

/** The resource's status and the number of qualifications: what a reviewer scans the canvas for. */
export function NodeBadges({ node }: { node: DiagramNode }) {
  return (
    <span className="gantry-node-badges">
      {node.status && (
        <span className={`gantry-badge gantry-status-${node.status.toLowerCase()}`} data-testid={`status-${node.name}`}>
          {node.status}
        </span>
      )}
      {node.findings > 0 && (
        <span className="gantry-badge gantry-findings" title={`${node.findings} qualification finding(s)`}>
          ⚠ {node.findings}
        </span>
      )}
    </span>
  );
}

/** Inputs on the left, outputs on the right, a row each, as cards and frame headers show them. */
export function SocketRows({ node, nodeId, className }: { node: DiagramNode; nodeId: string; className: string }) {
  const rows = Math.max(node.inputs.length, node.outputs.length);
  const width = sizeOf(node).width;
  const border = node.kind === 'component' ? CARD_BORDER : FRAME_BORDER;
  return (
    <div className={className}>
      {Array.from({ length: rows }, (_, i) => {
        const [inFit, outFit] = fitRow(node.inputs[i]?.name, node.outputs[i]?.name, width, border);
        return (
          <div className="gantry-socket-row" key={i}>
            <SocketLabel socket={node.inputs[i]} fit={inFit} side="input" node={node} nodeId={nodeId} />
            <SocketLabel socket={node.outputs[i]} fit={outFit} side="output" node={node} nodeId={nodeId} />
          </div>
        );
      })}
    </div>
  );
}

const CARD_BORDER = 1; // .gantry-node
const FRAME_BORDER = 2; // .gantry-frame

type SocketProps = {
  socket?: SocketData;
  fit: LabelFit | null;
  side: 'input' | 'output';
  node: DiagramNode;
  nodeId: string;
};

function SocketLabel(props: SocketProps) {
  if (!props.socket || !props.fit) {
    return <span className="gantry-socket-empty" />;
  }
  return <Socket {...props} socket={props.socket} fit={props.fit} />;
}

function Socket({ socket, fit, side, node, nodeId }: SocketProps & { socket: SocketData; fit: LabelFit }) {
  const input = side === 'input';
  const many = socket.arity === 'MANY';
  const compatible = useCompatible(nodeId, socket, side);
  return (
    <span
      className={`gantry-socket gantry-socket-${side}`}
      style={{ maxWidth: fit.maxWidth }}
      title={describeSocket(socket, side)}
    >
      <Handle
        type={input ? 'target' : 'source'}
        position={input ? Position.Left : Position.Right}
        id={socket.name}
        className={
          (many ? 'gantry-handle gantry-handle-many' : 'gantry-handle') +
          (compatible ? ' gantry-handle-compatible' : '')
        }
        data-testid={`socket-${node.name}-${side}-${socket.name}`}
      />
      <span className={fit.twoLines ? 'gantry-socket-name gantry-socket-name-wrapped' : 'gantry-socket-name'}>
        {socket.name}
      </span>
    </span>
  );
}
