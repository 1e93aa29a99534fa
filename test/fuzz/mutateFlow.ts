import fc from 'fast-check';

/**
 * Hostile edits of a flow document, as a user's file might carry them: deleted fields, wrong
 * types, 100,000-character strings, 10,000-deep nesting, duplicate ids, dangling edges, prototype
 * keys and ids, random JSON, and broken text. One generator for the bounded run in `npm test`
 * (test/fuzz/importFuzz.test.ts) and the full run in `npm run fuzz` (scripts/fuzz.ts).
 * A mutation picks its place by index (modulo the places there are), so it applies to any base.
 */
export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'wrong-type'; at: number; value: unknown }
  | { kind: 'huge-string'; at: number }
  | { kind: 'deep-nesting'; at: number; shape: 'array' | 'object' }
  | { kind: 'duplicate-id'; list: 'nodes' | 'edges' | 'settings.staff' | 'tests'; from: number; to: number }
  | { kind: 'dangling-edge'; edge: number; end: 'source' | 'target' }
  | { kind: 'proto-key'; at: number; key: string; value: unknown }
  | { kind: 'reserved-id'; at: number; key: string }
  | { kind: 'random-value'; at: number; value: unknown }
  | { kind: 'broken-text'; at: number; cut: boolean; insert: string };

export const MUTATION_KINDS = [
  'delete',
  'wrong-type',
  'huge-string',
  'deep-nesting',
  'duplicate-id',
  'dangling-edge',
  'proto-key',
  'reserved-id',
  'random-value',
  'broken-text',
] as const satisfies readonly Mutation['kind'][];

export const HUGE_STRING_LENGTH = 100_000;
export const DEEP_NESTING = 10_000;
const RESERVED = ['__proto__', 'constructor', 'prototype'];
// Stands in for a 10,000-deep value until the text is written: JSON.stringify recurses and would overflow.
const DEEP_MARK = '\u0000deep-nesting\u0000';

const json = fc.jsonValue({ maxDepth: 3 });
const at = fc.nat();

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at }),
  fc.record({ kind: fc.constant('wrong-type' as const), at, value: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.string(), fc.constant([]), fc.constant({})) }),
  fc.record({ kind: fc.constant('huge-string' as const), at }),
  fc.record({ kind: fc.constant('deep-nesting' as const), at, shape: fc.constantFrom('array' as const, 'object' as const) }),
  fc.record({ kind: fc.constant('duplicate-id' as const), list: fc.constantFrom('nodes' as const, 'edges' as const, 'settings.staff' as const, 'tests' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('dangling-edge' as const), edge: fc.nat(), end: fc.constantFrom('source' as const, 'target' as const) }),
  fc.record({ kind: fc.constant('proto-key' as const), at, key: fc.constantFrom(...RESERVED), value: json }),
  fc.record({ kind: fc.constant('reserved-id' as const), at, key: fc.constantFrom(...RESERVED) }),
  fc.record({ kind: fc.constant('random-value' as const), at, value: json }),
  fc.record({ kind: fc.constant('broken-text' as const), at, cut: fc.boolean(), insert: fc.constantFrom('', ',', '}', '"', '{', '\\', 'x') }),
);

/** A base document (one of the examples) and one to three mutations of it. */
export const mutatedFlowArbitrary = (bases: readonly { name: string; doc: unknown }[]) =>
  fc.record({ base: fc.constantFrom(...bases), mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }) });

type Container = Record<string, unknown> | unknown[];
interface Place {
  parent: Container;
  key: string | number;
}

/** Every value's place in the document (objects and arrays, at any depth), in a stable order. */
function placesIn(doc: unknown): Place[] {
  const places: Place[] = [];
  const stack: unknown[] = [doc];
  while (stack.length) {
    const current = stack.pop();
    if (!current || typeof current !== 'object') continue;
    const keys = Array.isArray(current) ? current.map((_, i) => i) : Object.keys(current);
    for (const key of keys) {
      const child = (current as Record<string | number, unknown>)[key];
      places.push({ parent: current as Container, key });
      stack.push(child);
    }
  }
  return places;
}

const pick = <T>(list: readonly T[], index: number): T | undefined => (list.length ? list[index % list.length] : undefined);

/** Sets an own property, even one named __proto__ (plain assignment would replace the prototype). */
function put(parent: Container, key: string | number, value: unknown) {
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

function listAt(doc: unknown, path: string): Record<string, unknown>[] {
  let value = doc;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(value) ? value.filter((item) => item && typeof item === 'object') : [];
}

function applyToValue(doc: unknown, mutation: Mutation): void {
  const place = 'at' in mutation ? pick(placesIn(doc), mutation.at) : undefined;
  switch (mutation.kind) {
    case 'delete':
      if (!place) return;
      if (Array.isArray(place.parent)) place.parent.splice(Number(place.key), 1);
      else delete place.parent[place.key];
      return;
    case 'wrong-type':
    case 'random-value':
      if (place) put(place.parent, place.key, mutation.value);
      return;
    case 'huge-string':
      if (place) put(place.parent, place.key, 'x'.repeat(HUGE_STRING_LENGTH));
      return;
    case 'deep-nesting':
      if (place) put(place.parent, place.key, `${DEEP_MARK}${mutation.shape}`);
      return;
    case 'duplicate-id': {
      const list = listAt(doc, mutation.list);
      const from = pick(list, mutation.from);
      const to = pick(list, mutation.to);
      if (from && to) to.id = from.id;
      return;
    }
    case 'dangling-edge': {
      const edge = pick(listAt(doc, 'edges'), mutation.edge);
      if (edge) edge[mutation.end] = 'no-such-node';
      return;
    }
    case 'proto-key': {
      const objects = placesIn(doc)
        .map(({ parent, key }) => (parent as Record<string | number, unknown>)[key])
        .filter((value): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value));
      put(pick([doc as Record<string, unknown>, ...objects], mutation.at)!, mutation.key, mutation.value);
      return;
    }
    case 'reserved-id': {
      const ids = placesIn(doc).filter(({ key, parent }) => ['id', 'source', 'target', 'assigneeId', 'variable'].includes(String(key)) && !Array.isArray(parent));
      const layout = (doc as { layout?: { nodes?: Record<string, unknown> } }).layout?.nodes;
      const chosen = pick(ids, mutation.at);
      if (chosen && (mutation.at % 4 !== 0 || !layout)) put(chosen.parent, chosen.key, mutation.key);
      else if (layout && typeof layout === 'object') put(layout, mutation.key, { x: 0, y: 0 });
      return;
    }
    case 'broken-text':
      return; // applied to the text
  }
}

const deepText = (shape: string) =>
  shape === 'array' ? '['.repeat(DEEP_NESTING) + ']'.repeat(DEEP_NESTING) : '{"a":'.repeat(DEEP_NESTING) + '1' + '}'.repeat(DEEP_NESTING);

/** The mutated document as JSON text (what a file would hold). The base is not changed. */
export function mutateFlowText(base: unknown, mutations: readonly Mutation[]): string {
  const doc: unknown = JSON.parse(JSON.stringify(base));
  for (const mutation of mutations) applyToValue(doc, mutation);
  let text = JSON.stringify(doc, null, 2).replace(/"\\u0000deep-nesting\\u0000(array|object)"/g, (_, shape: string) => deepText(shape));
  for (const mutation of mutations) {
    if (mutation.kind !== 'broken-text') continue;
    const cut = mutation.at % (text.length + 1);
    text = text.slice(0, cut) + mutation.insert + text.slice(mutation.cut ? cut + 1 : cut);
  }
  return text;
}

/** A short description for reports: `huge-string@17, proto-key(__proto__)@3`. */
export function describeMutations(mutations: readonly Mutation[]): string {
  return mutations.map((m) => `${m.kind}${'key' in m ? `(${m.key})` : ''}${'at' in m ? `@${m.at}` : ''}`).join(', ');
}
