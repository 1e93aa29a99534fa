import { describe, expect, it } from 'vitest';
import { createRuntime, EXISTING_ASSIGNEE } from '../../src/runtime';
import { snapshotConversationState, stateOfSnapshot, type ConversationState } from '../../src/runtime/conversationState';
import { makeFlow, mustRun, summarize, types } from './flowFixture';

const HOUR = 3_600_000;

/** Knowledge gap → assign → task → tag → pause bot → (resumed) message: the product page's actions. */
function actionsFlow(opts: { skipIfAssigned?: boolean; danaConversation?: boolean; danaTask?: boolean; taskAssignee?: string | null } = {}) {
  return makeFlow({
    staff: [{ id: 'dana', conversationAssigned: opts.danaConversation ?? true, taskAssigned: opts.danaTask ?? true }, { id: 'sam' }],
    nodes: [
      ['gap', 'trigger_knowledge_gap'],
      ['assign', 'assign', { assigneeId: 'dana', skipIfAssigned: opts.skipIfAssigned ?? true }],
      ['task', 'create_task', { title: 'Call back', assigneeId: opts.taskAssignee === undefined ? 'dana' : opts.taskAssignee, dueHours: 24 }],
      ['tag', 'add_tag'],
      ['pause', 'pause_bot', { days: 0, hours: 2, minutes: 30 }],
      ['back', 'message', { text: 'I am back' }],
    ],
    edges: [
      ['gap', 'next', 'assign'],
      ['assign', 'next', 'task'],
      ['task', 'next', 'tag'],
      ['tag', 'next', 'pause'],
      ['pause', 'resumed', 'back'],
    ],
  });
}

describe('follow-up actions', () => {
  it('assigns, notifies, creates a task due 24 h after the trigger, tags and pauses the bot', () => {
    const rt = mustRun(actionsFlow());
    rt.start();
    rt.dispatch({ type: 'advance', ms: 5000 });
    const effects = rt.dispatch({ type: 'ai_no_answer' });
    expect(summarize(effects)).toEqual([
      'trigger_fired scenario=knowledge_gap',
      'assigned staffId=dana',
      'staff_notified staffId=dana reason=conversation_assigned',
      'task_created',
      'staff_notified staffId=dana reason=task_assigned',
      'tag_added tag=human_handover',
      'bot_paused',
    ]);
    expect(effects[3]).toMatchObject({ taskId: 'task-1', title: 'Call back', assigneeId: 'dana', dueAt: 5000 + 24 * HOUR });
    expect(effects[6]).toMatchObject({ until: 5000 + 2.5 * HOUR });
    expect(rt.state).toMatchObject({ bot: 'paused', pausedUntil: 5000 + 2.5 * HOUR, waitingNodeId: 'pause' });
    expect(rt.state.contact).toMatchObject({ assigneeId: 'dana', tags: ['human_handover'] });
  });

  it('keeps an existing assignee when skipIfAssigned is on', () => {
    const rt = mustRun(actionsFlow());
    rt.start({ contactAssigned: true });
    const effects = rt.dispatch({ type: 'ai_no_answer' });
    expect(effects[1]).toMatchObject({ type: 'assign_skipped', currentAssigneeId: EXISTING_ASSIGNEE });
    expect(types(effects)).not.toContain('assigned');
    expect(rt.state.contact.assigneeId).toBe(EXISTING_ASSIGNEE);
  });

  it('reassigns an assigned contact when skipIfAssigned is off', () => {
    const rt = mustRun(actionsFlow({ skipIfAssigned: false }));
    rt.start({ contactAssigned: true });
    expect(rt.dispatch({ type: 'ai_no_answer' })[1]).toMatchObject({ type: 'assigned', staffId: 'dana' });
  });

  it('skips notifications that a staff member turned off, per kind', () => {
    const rt = mustRun(actionsFlow({ danaConversation: false, danaTask: true }));
    rt.start();
    const effects = rt.dispatch({ type: 'ai_no_answer' });
    expect(effects.filter((e) => e.type === 'notification_skipped')).toMatchObject([
      { staffId: 'dana', reason: 'conversation_assigned', because: 'setting_off' },
    ]);
    expect(effects.filter((e) => e.type === 'staff_notified')).toMatchObject([{ staffId: 'dana', reason: 'task_assigned' }]);
  });

  it('an unassigned task notifies nobody', () => {
    const rt = mustRun(actionsFlow({ taskAssignee: null }));
    rt.start();
    const effects = rt.dispatch({ type: 'ai_no_answer' });
    expect(effects.filter((e) => e.type === 'staff_notified')).toHaveLength(1);
  });

  it('ignores the user and the AI while paused, then resumes by itself and follows `resumed`', () => {
    const rt = mustRun(actionsFlow());
    rt.start();
    rt.dispatch({ type: 'ai_no_answer' });
    expect(rt.dispatch({ type: 'user_message', text: 'hello?' })).toMatchObject([{ type: 'ignored', event: 'user_message' }]);
    expect(rt.dispatch({ type: 'ai_answer_failed' })).toMatchObject([{ type: 'ignored', event: 'ai_answer_failed' }]);
    expect(rt.nextTimerAt()).toBe(2.5 * HOUR);
    expect(rt.dispatch({ type: 'advance', ms: 2.5 * HOUR - 1 })).toEqual([]);
    const resumed = rt.dispatch({ type: 'advance', ms: 1 });
    expect(summarize(resumed)).toEqual(['bot_resumed', 'bot_says text=I am back']);
    expect(resumed.map((e) => e.at)).toEqual([2.5 * HOUR, 2.5 * HOUR]);
    expect(rt.state.bot).toBe('active');
  });

  it('marks a task due when the clock passes its due time, at that time', () => {
    const rt = mustRun(actionsFlow());
    rt.start();
    rt.dispatch({ type: 'ai_no_answer' });
    const effects = rt.dispatch({ type: 'advance', ms: 30 * HOUR });
    expect(effects.map((e) => [e.type, e.at])).toEqual([
      ['bot_resumed', 2.5 * HOUR],
      ['bot_says', 2.5 * HOUR],
      ['task_due', 24 * HOUR],
    ]);
    expect(rt.state.contact.tasks[0].due).toBe(true);
    expect(rt.state.now).toBe(30 * HOUR);
    expect(rt.nextTimerAt()).toBeNull();
  });

  it('does not add a tag twice', () => {
    const flow = makeFlow({
      nodes: [['gap', 'trigger_knowledge_gap'], ['t1', 'add_tag', { tag: 'vip' }], ['t2', 'add_tag', { tag: 'vip' }]],
      edges: [
        ['gap', 'next', 't1'],
        ['t1', 'next', 't2'],
      ],
    });
    const rt = mustRun(flow);
    rt.start();
    rt.dispatch({ type: 'ai_no_answer' });
    expect(rt.state.contact.tags).toEqual(['vip']);
  });
});

describe('conditions', () => {
  const conditionFlow = (data: Record<string, unknown>) =>
    makeFlow({
      nodes: [['gap', 'trigger_knowledge_gap'], ['c', 'condition', data], ['yes', 'message', { text: 'yes' }], ['no', 'message', { text: 'no' }]],
      edges: [
        ['gap', 'next', 'c'],
        ['c', 'true', 'yes'],
        ['c', 'false', 'no'],
      ],
    });
  const answer = (data: Record<string, unknown>, scene: Record<string, unknown>, events: { type: 'agents_available'; available: boolean }[] = []) => {
    const rt = mustRun(conditionFlow(data));
    rt.start(scene);
    events.forEach((e) => rt.dispatch(e));
    const said = rt.dispatch({ type: 'ai_no_answer' }).at(-1);
    return said?.type === 'bot_says' ? said.text : said?.type;
  };

  it('checks the contact, agents, hours and events that change them', () => {
    expect(answer({ check: 'contact_assigned' }, { contactAssigned: true })).toBe('yes');
    expect(answer({ check: 'contact_assigned' }, {})).toBe('no');
    expect(answer({ check: 'agents_available' }, { agentsAvailable: false })).toBe('no');
    expect(answer({ check: 'agents_available' }, { agentsAvailable: false }, [{ type: 'agents_available', available: true }])).toBe('yes');
    expect(answer({ check: 'within_hours' }, { withinHours: false })).toBe('no');
  });

  it('compares variables: equals, not_equals, contains, exists', () => {
    const plan = { variables: { plan: 'premium-eu' } };
    expect(answer({ check: 'variable', variable: 'plan', operator: 'equals', value: 'premium-eu' }, plan)).toBe('yes');
    expect(answer({ check: 'variable', variable: 'plan', operator: 'equals', value: 'premium' }, plan)).toBe('no');
    expect(answer({ check: 'variable', variable: 'plan', operator: 'not_equals', value: 'basic' }, plan)).toBe('yes');
    expect(answer({ check: 'variable', variable: 'plan', operator: 'contains', value: 'premium' }, plan)).toBe('yes');
    expect(answer({ check: 'variable', variable: 'plan', operator: 'contains', value: 'us' }, plan)).toBe('no');
    expect(answer({ check: 'variable', variable: 'plan', operator: 'exists' }, plan)).toBe('yes');
    expect(answer({ check: 'variable', variable: 'email', operator: 'exists' }, plan)).toBe('no');
  });
});

describe('bounds', () => {
  it('stops a turn that runs away with a runtime_error instead of hanging', () => {
    // Valid for the validator (deployed for phone calls, where Rejected comes later from the dial),
    // endless on a browser call, which the transfer rejects at once.
    const flow = makeFlow({
      nodes: [
        ['gap', 'trigger_knowledge_gap'],
        ['h', 'handover', { destination: { kind: 'voice', to: '+14155550100' } }],
        ['sorry', 'add_tag', { tag: 'retry' }],
      ],
      edges: [
        ['gap', 'next', 'h'],
        ['h', 'rejected', 'sorry'],
        ['sorry', 'next', 'h'],
      ],
      channels: ['phone_voice'],
    });
    const created = createRuntime(flow, { maxStepsPerTurn: 50 });
    if (!created.ok) throw new Error(created.diagnostics.map((d) => d.message).join('\n'));
    const rt = created.runtime;
    rt.start({ channel: 'web_voice' });
    const effects = rt.dispatch({ type: 'ai_no_answer' });
    expect(effects.at(-1)).toMatchObject({ type: 'runtime_error' });
    expect(effects.at(-1)?.type === 'runtime_error' && effects.at(-1)).toMatchObject({ message: expect.stringMatching(/Stopped after 50 steps/) });
    // The next turn runs normally again.
    expect(rt.dispatch({ type: 'agents_available', available: true })).toEqual([]);
  });

  it('tells an observer of each effect with the state that already holds its change, mid-turn', () => {
    const seen: { type: string; state: ConversationState }[] = [];
    const created = createRuntime(actionsFlow(), { onEffect: (effect, state) => seen.push({ type: effect.type, state: stateOfSnapshot(snapshotConversationState(state)) }) });
    if (!created.ok) throw new Error('fixture must run');
    created.runtime.start();
    created.runtime.dispatch({ type: 'ai_no_answer' });
    const at = (type: string) => seen.find((s) => s.type === type)!.state;
    expect(at('trigger_fired').contact).toMatchObject({ assigneeId: null, tags: [], tasks: [] });
    expect(at('assigned').contact).toMatchObject({ assigneeId: 'dana', tags: [], tasks: [] });
    expect(at('task_created').contact.tasks).toHaveLength(1);
    expect(at('task_created').contact.tags).toEqual([]);
    expect(at('tag_added').contact.tags).toEqual(['human_handover']);
    expect(at('tag_added').bot).toBe('active');
    expect(at('bot_paused').bot).toBe('paused');
    // The visited steps as far as the walk had gone: the snapshot shares the list and reads it back to its length.
    expect(at('bot_paused').visited.length).toBeGreaterThan(at('trigger_fired').visited.length);
    expect(at('bot_paused').visited).toEqual(created.runtime.state.visited.slice(0, at('bot_paused').visited.length));
    // One call per effect, in log order; the observer changes nothing in the run.
    expect(seen.map((s) => s.type)).toEqual(created.runtime.log.map((e) => e.type));
    const plain = mustRun(actionsFlow());
    plain.start();
    plain.dispatch({ type: 'ai_no_answer' });
    expect(plain.log).toEqual(created.runtime.log);
  });
});
