// Dev-only page (json-harness.html, served by `npx vite`): the JSON view beside a stand-in
// canvas, for looking at it before the shell mounts the tab. Not part of the production build.
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { validateFlow } from '../../rules/validateFlow';
import { parseFlow, type Flow } from '../../schema';
import example from '../../../examples/voice-zendesk.baton.json';
import '../styles/tokens.css';
import { LazyJsonView } from './LazyJsonView';

const parsed = parseFlow(example);
if (!parsed.ok) throw new Error(parsed.issues[0].message);

function Harness() {
  const [flow, setFlow] = useState<Flow>(parsed.ok ? parsed.flow : (null as never));
  const [selected, setSelected] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const diagnostics = useMemo(() => validateFlow(flow), [flow]);
  return (
    <main style={{ display: 'grid', gridTemplateColumns: '260px 1fr', height: '100vh', fontFamily: 'system-ui' }}>
      <nav aria-label="Stand-in canvas" style={{ overflow: 'auto', padding: 8 }}>
        <h1 style={{ fontSize: 14 }}>{flow.name}</h1>
        <p>{dirty ? 'Text invalid' : 'In sync'} · {diagnostics.length} diagnostics</p>
        <button type="button" onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>Theme</button>
        <button type="button" onClick={() => setFlow({ ...flow, name: flow.name + ' (canvas edit)' })}>Rename on canvas</button>
        <ul>
          {flow.nodes.map((node) => (
            <li key={node.id}>
              <button type="button" aria-pressed={node.id === selected} onClick={() => setSelected(node.id)}>
                {node.title ?? node.id} ({node.type})
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <LazyJsonView
        flow={flow}
        diagnostics={diagnostics}
        selectedNodeId={selected}
        onApply={setFlow}
        onSelectNode={setSelected}
        onDirtyChange={setDirty}
        theme={theme}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
