import { describe, expect, it } from 'vitest';
import { NODE_TYPES, createNode, nameNode, titleNode, type FlowNode } from '../../src/schema';
import { flowOf, STAFF } from './helpers';

const n = createNode;

// One untitled node of each kind, named by what it does, never by its generated id.
const cases: [string, FlowNode, string][] = [
  ['human requested', n('trigger_human_requested', 'trigger-aFC5sRR0_1'), 'Human requested'],
  ['knowledge gap', n('trigger_knowledge_gap', 'trigger-aFC5sRR0_2'), 'Knowledge gap'],
  ['repeated failure', n('trigger_repeated_failure', 'trigger-aFC5sRR0_3'), 'Repeated failure'],
  ['sensitive topic', n('trigger_sensitive_topic', 'trigger-aFC5sRR0_4', { keywords: ['lawyer', 'cancel my account', 'complaint'] }), 'Sensitive topic "lawyer, cancel my account…"'],
  ['sensitive topic without keywords', n('trigger_sensitive_topic', 'trigger-aFC5sRR0_5'), 'Sensitive topic'],
  ['conversation start', n('trigger_conversation_start', 'trigger-aFC5sRR0_6'), 'Conversation start'],
  ['message', n('message', 'message-aFC5sRR0_7', { text: 'Let me get someone who can help you with that.' }), 'Message "Let me get someone who can…"'],
  ['short message on several lines', n('message', 'message-aFC5sRR0_8', { text: 'Hi!\n  Welcome.' }), 'Message "Hi! Welcome."'],
  ['pause', n('pause', 'pause-aFC5sRR0_9', { seconds: 1.5 }), 'Pause 1.5 s'],
  ['voice transfer', n('handover', 'handover-aFC5sRR0_3', { destination: { kind: 'voice', to: ' sip:agent@example.com ' } }), 'Voice transfer to sip:agent@example.com'],
  ['live chat to a staff member', n('handover', 'handover-aFC5sRR0_10', { destination: { kind: 'live_chat', assigneeId: 'dana' } }), 'Handover to Dana Reyes'],
  ['live chat queue', n('handover', 'handover-aFC5sRR0_11'), 'Handover to Live chat'],
  ['zendesk department', n('handover', 'handover-aFC5sRR0_12', { destination: { kind: 'zendesk', department_routing: '360001' } }), 'Handover to Zendesk department 360001'],
  ['zendesk without department', n('handover', 'handover-aFC5sRR0_13', { destination: { kind: 'zendesk' } }), 'Handover to Zendesk'],
  ['messenger', n('handover', 'handover-aFC5sRR0_14', { destination: { kind: 'messenger' } }), 'Handover to Messenger inbox'],
  ['channel router', n('channel_router', 'router-aFC5sRR0_15'), 'Channel router'],
  ['condition on agents', n('condition', 'condition-aFC5sRR0_16'), 'Condition: agents available?'],
  ['condition on a variable', n('condition', 'condition-aFC5sRR0_17', { check: 'variable', variable: 'plan', operator: 'not_equals', value: 'gold' }), 'Condition: {{plan}} not equals "gold"'],
  ['condition on a variable existing', n('condition', 'condition-aFC5sRR0_18', { check: 'variable', variable: 'plan', operator: 'exists' }), 'Condition: {{plan}} exists'],
  ['end', n('end', 'end-aFC5sRR0_19'), 'End'],
  ['assign', n('assign', 'assign-aFC5sRR0_20', { assigneeId: 'dana' }), 'Assign to Dana Reyes'],
  ['assign to someone not on the staff list', n('assign', 'assign-aFC5sRR0_21', { assigneeId: 'sam' }), 'Assign to sam'],
  ['create task', n('create_task', 'task-aFC5sRR0_22'), 'Task "Follow up on handover"'],
  ['add tag', n('add_tag', 'tag-aFC5sRR0_23'), 'Tag human_handover'],
  ['pause bot', n('pause_bot', 'pausebot-aFC5sRR0_24', { days: 1, hours: 2, minutes: 0 }), 'Pause bot 1 d 2 h'],
  ['note', n('note', 'note-aFC5sRR0_25', { text: 'Ask Dana' }), 'Note "Ask Dana"'],
  ['empty note', n('note', 'note-aFC5sRR0_26'), 'Note'],
];

describe('titleNode and nameNode', () => {
  it.each(cases)('names an untitled %s by what it does', (_, node, expected) => {
    const flow = flowOf([node], [], { staff: STAFF });
    expect(titleNode(node, flow)).toBe(expected);
    // In a sentence an untitled node reads the same: the description already starts with its kind.
    expect(nameNode(node, flow)).toBe(expected);
  });

  it('covers every node kind and never falls back to the id', () => {
    for (const type of NODE_TYPES) {
      const node = n(type, `${type}-aFC5sRR0_9`);
      const name = titleNode(node, flowOf([node]));
      expect(name.length).toBeGreaterThan(2);
      expect(name).not.toContain('aFC5sRR0');
    }
  });

  it('uses the title when there is one: alone on the canvas, with its kind in a sentence', () => {
    const node = { ...n('handover', 'h1'), title: '  Call sales ' };
    expect(titleNode(node)).toBe('Call sales');
    expect(nameNode(node)).toBe('Handover "Call sales"');
    // A blank title is no title.
    expect(titleNode({ ...n('pause', 'p1'), title: '   ' })).toBe('Pause 1.5 s');
  });

  it('numbers nodes of a kind by flow order when nothing better is known, and only when there are several', () => {
    const first = n('handover', 'h-x1', { destination: { kind: 'voice', to: 'sip:a@example.com' } });
    const second = n('handover', 'h-x2', { destination: { kind: 'voice' } });
    const ends = [n('end', 'e-b'), n('end', 'e-a')];
    const flow = flowOf([first, ends[0], second, ends[1]]);
    expect(titleNode(second, flow)).toBe('Handover 2');
    expect(titleNode(ends[0], flow)).toBe('End 1');
    expect(titleNode(ends[1], flow)).toBe('End 2');
    // Without the flow there is no order to count in: the kind alone.
    expect(titleNode(second)).toBe('Handover');
    expect(titleNode(ends[0], flowOf([ends[0]]))).toBe('End');
  });

  it('is stable: the same flow gives the same names, a new flow version is counted afresh', () => {
    const a = n('end', 'a');
    const b = n('end', 'b');
    const flow = flowOf([a, b]);
    expect([titleNode(a, flow), titleNode(b, flow)]).toEqual(['End 1', 'End 2']);
    const reordered = { ...flow, nodes: [b, a] };
    expect([titleNode(a, reordered), titleNode(b, reordered)]).toEqual(['End 2', 'End 1']);
    expect(titleNode(a, flow)).toBe('End 1');
  });
});
