import { createNode, flowSchema, type Flow, type FlowNode } from '../../schema';

const PER_ROW = 30;
const PITCH_X = 200;
const PITCH_Y = 60;
/** "At most 6 handover actions per bot" (product page): the validator refuses more. */
const HANDOVER_ROWS = 6;
const DESTINATIONS = [
  { kind: 'live_chat', assigneeId: null },
  { kind: 'zendesk', department_routing: '360001234' },
  { kind: 'messenger', metadata: 'bench' },
  { kind: 'voice', to: 'sip:agent@example.com', attributes: [{ name: 'X-Customer-Id', value: '{{customer_id}}' }] },
];

type Spec = [type: FlowNode['type'], data?: Record<string, unknown>];

/** The repeating body of a row: the follow-up actions, logic and notes a real flow mixes. */
const BODY: Spec[] = [
  ['message', { text: 'Let me check that for you, {{name}}.' }],
  ['add_tag', { tag: 'bench' }],
  ['note', { text: 'Why this branch exists' }],
  ['pause', { seconds: 1 }],
  ['condition', { check: 'agents_available' }],
  ['assign', { assigneeId: 'dana', skipIfAssigned: true }],
  ['create_task', { title: 'Follow up', assigneeId: 'sam' }],
  ['channel_router', {}],
  ['message', { text: 'One moment please.' }],
];

/** Which row a conversation lands in: the scene variable `topic` = `t<row>`. */
export const topicOfRow = (row: number) => `t${row}`;

function rowSpecs(row: number, length: number, handoverRow: boolean): Spec[] {
  const specs: Spec[] = [['condition', { check: 'variable', variable: 'topic', operator: 'equals', value: topicOfRow(row) }]];
  const tail: Spec[] =
    handoverRow
      ? [['handover', { destination: DESTINATIONS[row % DESTINATIONS.length] }], ['add_tag', {}], ['create_task', {}], ['pause_bot', { hours: 2 }]]
      : [['message', { text: 'Anything else?' }], ['add_tag', { tag: 'done' }], ['note', { text: 'End of topic' }], ['end', {}]];
  while (specs.length < PER_ROW - tail.length) specs.push(BODY[(specs.length + row) % BODY.length]);
  return [...specs, ...tail].slice(0, length);
}

/**
 * A valid flow of n nodes for benchmarks: four scenario triggers, then rows of 30 (laid out at a
 * 200×60 px pitch). Each row starts with a topic condition (true: into the row, false: the next
 * row), so a walk visits at most rows + 30 nodes, as in a real topic router. The last six full rows
 * end in a handover (destinations in turn) with its follow-up actions; the other rows end the
 * conversation. Notes sit in the rows unconnected.
 */
export function generateFlow(n: number): Flow {
  const nodes: FlowNode[] = [
    createNode('trigger_human_requested', 'human'),
    createNode('trigger_knowledge_gap', 'gap'),
    createNode('trigger_repeated_failure', 'failure'),
    createNode('trigger_sensitive_topic', 'sensitive', { keywords: ['lawyer', 'complaint'] }),
  ];
  const rows: string[][] = [];
  // The handovers sit in the last full rows, so reaching one walks past most topic conditions.
  const fullRows = Math.floor((n - nodes.length) / PER_ROW);
  for (let row = 0; nodes.length < n; row++) {
    const ids: string[] = [];
    rowSpecs(row, n - nodes.length, row >= fullRows - HANDOVER_ROWS && row < fullRows).forEach(([type, data], k) => {
      const id = `r${row}n${k}`;
      nodes.push(createNode(type, id, data));
      ids.push(id);
    });
    rows.push(ids);
  }

  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edges: { id: string; source: string; sourcePort: string; target: string }[] = [];
  const link = (source: string, sourcePort: string, target: string | undefined) => {
    if (target !== undefined) edges.push({ id: `e${edges.length}`, source, sourcePort, target });
  };
  for (const trigger of ['human', 'gap', 'failure', 'sensitive']) link(trigger, 'next', rows[0]?.[0]);
  rows.forEach((ids, row) => {
    const chain = ids.filter((id) => byId.get(id)!.type !== 'note');
    link(chain[0], 'false', rows[row + 1]?.[0]);
    chain.slice(0, -1).forEach((id, i) => {
      const node = byId.get(id)!;
      const next = chain[i + 1];
      if (node.type === 'condition') link(id, 'true', next);
      if (node.type === 'condition' && i > 0) link(id, 'false', next);
      else if (node.type === 'channel_router') link(id, 'other', next);
      else if (node.type === 'handover') link(id, 'transferred', next);
      else if (node.type !== 'condition' && node.type !== 'end' && node.type !== 'pause_bot') link(id, 'next', next);
    });
  });

  const layout = Object.fromEntries(nodes.map((node, i) => [node.id, { x: (i % PER_ROW) * PITCH_X, y: Math.floor(i / PER_ROW) * PITCH_Y }]));
  return flowSchema.parse({
    format: 'baton.flow',
    version: 1,
    id: `bench-${n}`,
    name: `Benchmark flow, ${n} nodes`,
    settings: {
      // No browser voice: the voice handover rows would otherwise be refused (voice.channel.browser).
      channels: ['web_chat', 'phone_voice', 'messenger', 'zendesk'],
      staff: [
        { id: 'dana', name: 'Dana Reyes' },
        { id: 'sam', name: 'Sam Okafor', notifications: { taskAssigned: false } },
      ],
    },
    nodes,
    edges,
    layout: { nodes: layout },
  });
}
