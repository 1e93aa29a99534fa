import type { ReactNode } from 'react';
import { Handle, Position } from '@xyflow/react';
import { acceptsInput, kindOf, plural, portsOf, type FlowNode } from '../../schema';
import type { Diagnostic } from '../../rules/diagnostic';
import { KindIcon } from './KindIcon';
import { groupClass } from './groupClass';
import { summarizeNode } from './summarizeNode';
import { nodeGeometry } from './nodeGeometry';
import { useCompactNodes } from './useCompactNodes';
import { useNodeTitle } from './useNodeTitle';
import './nodes.css';

interface Props {
  node: FlowNode;
  selected: boolean;
  diagnostics: readonly Diagnostic[];
  connectedPorts: ReadonlySet<string> | undefined;
  /** Extra header content (e.g. a trigger's On/Off pill). */
  badge?: ReactNode;
  /** Ports that need attention when left unconnected (voice: the call drops). */
  dangerPorts?: readonly string[];
}

function DiagnosticBadge({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  if (!diagnostics.length) return null;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const severity = errors ? 'error' : warnings ? 'warning' : 'info';
  const count = errors || warnings || diagnostics.length;
  const title = diagnostics.map((d) => d.message).join('\n');
  return (
    <span className={`node-diag node-diag-${severity}`} title={title} aria-label={plural(count, severity, severity === 'info' ? 'info' : undefined)}>
      {severity === 'error' ? '!' : severity === 'warning' ? '▲' : 'i'} {count}
    </span>
  );
}

/**
 * Edge anchors of the compact face, where the full face has its handles (nodeGeometry). React Flow
 * reads a node's handles from the DOM when it mounts (elements classed `source` / `target` with
 * `data-handleid` and `data-handlepos`) and keeps them as its edges' anchors until the node resizes,
 * so a node first mounted compact must anchor its edges exactly as the full face would. Plain
 * elements, not <Handle>: thousands of Handle components, each subscribed to the store, were half
 * the cost of fitting 3,000 nodes. Nothing connects from them; zoom in to connect.
 */
function CompactAnchors({ node }: { node: FlowNode }) {
  return nodeGeometry(node).handles.map((h) => (
    <span
      key={`${h.type}-${h.id}`}
      aria-hidden="true"
      className={`flow-anchor ${h.type}`}
      data-handleid={h.id}
      data-handlepos={h.position}
      style={{ left: h.x, top: h.y, width: h.width, height: h.height }}
    />
  ));
}

/**
 * The shared look of a flow step: header (icon, title, kind, badge), summary lines and one labelled
 * output row per port with its handle. Heights follow nodeGeometry.ts exactly. Zoomed out below
 * COMPACT_ZOOM it draws only its title, large, and its badges: a fraction of the elements,
 * which is what lets thousands of nodes mount at once when the whole flow is in view.
 */
export function NodeFrame({ node, selected, diagnostics, connectedPorts, badge, dangerPorts = [] }: Props) {
  const compact = useCompactNodes();
  const kind = kindOf(node);
  const title = useNodeTitle(node.id) ?? kind.label;
  if (compact) {
    return (
      <div className={`flow-node is-compact ${groupClass(node.type)}${selected ? ' is-selected' : ''}`}>
        <span className="flow-node-compact-bar" aria-hidden="true" />
        <bdi className="flow-node-compact-title">{title}</bdi>
        {badge}
        <DiagnosticBadge diagnostics={diagnostics} />
        <CompactAnchors node={node} />
      </div>
    );
  }
  const lines = summarizeNode(node);
  const ports = portsOf(node);
  return (
    <div className={`flow-node ${groupClass(node.type)}${selected ? ' is-selected' : ''}`}>
      <div className="flow-node-header">
        {acceptsInput(node) && <Handle type="target" position={Position.Left} id="in" className="flow-handle flow-handle-in" />}
        <span className="flow-node-icon">
          <KindIcon type={node.type} />
        </span>
        <span className="flow-node-titles">
          <bdi className="flow-node-title">{title}</bdi>
          {node.title?.trim() && <span className="flow-node-kind">{kind.label}</span>}
        </span>
        {badge}
        <DiagnosticBadge diagnostics={diagnostics} />
      </div>
      {lines.length > 0 && (
        <div className="flow-node-body">
          {lines.map((line, i) => (
            <div key={i} className="flow-node-line" title={line}>
              {line}
            </div>
          ))}
        </div>
      )}
      {ports.length > 0 && (
        <div className="flow-node-ports">
          {ports.map((port) => {
            const connected = connectedPorts?.has(port.id) ?? false;
            const danger = !connected && dangerPorts.includes(port.id);
            return (
              <div key={port.id} className={`flow-port${connected ? ' is-connected' : ''}${danger ? ' is-danger' : ''}`}>
                <span className="flow-port-label">{port.label}</span>
                {danger && <span className="flow-port-note">drops call</span>}
                <Handle type="source" position={Position.Right} id={port.id} className="flow-handle" role="img" aria-label={`${port.label} output`} />
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
