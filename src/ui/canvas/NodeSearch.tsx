import { useMemo, useState, type KeyboardEvent } from 'react';
import { searchNodes } from '../../editor/searchNodes';
import { NODE_KINDS, titleNode } from '../../schema';
import { indexFlow } from '../store/indexFlow';
import { useEditor } from '../store/useEditor';
import { selectFlow } from '../store/selectors';
import { summarizeNode } from '../nodes/summarizeNode';
import { useRevealNode } from './useRevealNode';

export const SEARCH_INPUT_ID = 'canvas-search';
const MAX_RESULTS = 8;

/** Find a node by text (Ctrl/⌘+F): arrows pick a result, Enter selects it and centres the view. */
export function NodeSearch() {
  const flow = useEditor(selectFlow);
  const reveal = useRevealNode();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = useMemo(() => (query.trim() ? searchNodes(flow, query).slice(0, MAX_RESULTS) : []), [flow, query]);
  const nodes = indexFlow(flow).nodeById;
  const expanded = open && query.trim() !== '';

  function go(id: string | undefined) {
    if (!id) return;
    reveal(id);
    setOpen(false);
  }
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter') go(results[active]);
    else if (e.key === 'Escape') {
      setQuery('');
      setOpen(false);
      e.currentTarget.blur();
    } else return;
    e.preventDefault();
  }

  return (
    <div className="node-search">
      <svg className="node-search-icon" width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
        <circle cx="11" cy="11" r="7" />
        <path d="m20 20-3.5-3.5" />
      </svg>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        role="combobox"
        aria-label="Search nodes"
        aria-expanded={expanded}
        aria-controls="canvas-search-results"
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `search-result-${results[active]}` : undefined}
        placeholder="Search nodes…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {!query && (<kbd className="node-search-kbd" aria-hidden="true">
        {navigator.platform.includes('Mac') ? '⌘F' : 'Ctrl F'}
      </kbd>)}
      {expanded && (
        <ul id="canvas-search-results" role="listbox" aria-label="Matching nodes" className="node-search-results">
          {results.length === 0 && <li className="node-search-empty">No node matches “{query}”</li>}
          {results.map((id, i) => {
            const node = nodes.get(id)!;
            return (
              <li
                key={id}
                id={`search-result-${id}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'is-active' : ''}
                onMouseDown={(e) => {
                  e.preventDefault();
                  go(id);
                }}
              >
                <span className="node-search-title">{titleNode(node, flow)}</span>
                <span className="node-search-sub">{summarizeNode(node)[0] ?? NODE_KINDS[node.type].label}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
