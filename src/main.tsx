import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createEditorStore } from './editor/createEditorStore';
import { createEmptyFlow } from './editor/createEmptyFlow';
import { parseFlow } from './schema';
import example from '../examples/voice-zendesk.baton.json';

// Until the library (persistence) is wired in, open the voice example, or an empty flow if it
// no longer parses.
const parsed = parseFlow(example);
const store = createEditorStore(parsed.ok ? parsed.flow : createEmptyFlow('Untitled flow'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
