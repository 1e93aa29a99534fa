import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/runtime';
import { makeFlow, mustRun, summarize, types } from './flowFixture';

const say = (id: string, text: string) => [id, 'message', { text }] as [string, 'message', { text: string }];

/** Every scenario trigger wired to its own message, so the log says which one fired. */
function scenarioFlow(overrides: { human?: boolean; gap?: boolean; failure?: boolean; retries?: number; sensitive?: boolean } = {}) {
  return makeFlow({
    nodes: [
      ['human', 'trigger_human_requested', { enabled: overrides.human ?? true }],
      ['gap', 'trigger_knowledge_gap', { enabled: overrides.gap ?? true }],
      ['failure', 'trigger_repeated_failure', { enabled: overrides.failure ?? true, retries: overrides.retries ?? 2 }],
      ['sensitive', 'trigger_sensitive_topic', { enabled: overrides.sensitive ?? true, keywords: ['lawyer', 'data breach'] }],
      say('m_human', 'human'),
      say('m_gap', 'gap'),
      say('m_failure', 'failure'),
      say('m_sensitive', 'sensitive'),
    ],
    edges: [
      ['human', 'next', 'm_human'],
      ['gap', 'next', 'm_gap'],
      ['failure', 'next', 'm_failure'],
      ['sensitive', 'next', 'm_sensitive'],
    ],
  });
}

describe('scenarios', () => {
  it('human requested fires on a configured phrase and walks to its message', () => {
    const rt = mustRun(scenarioFlow());
    rt.start();
    const effects = rt.dispatch({ type: 'user_message', text: 'Hi! Connect me to a real person, please.' });
    expect(summarize(effects)).toEqual(['trigger_fired scenario=human_requested', 'bot_says text=human']);
    expect(effects[0]).toMatchObject({ nodeId: 'human', matched: 'Connect me to a person' });
  });

  it('a message that matches no phrase is ignored, saying the AI answers it', () => {
    const rt = mustRun(scenarioFlow());
    rt.start();
    const [effect] = rt.dispatch({ type: 'user_message', text: 'I am not a human' });
    expect(effect).toMatchObject({ type: 'ignored', event: 'user_message' });
    expect(effect.type === 'ignored' && effect.reason).toMatch(/AI agent answers/);
    // …and why: the closest phrase, its score and the negation that cancelled it.
    expect(effect.type === 'ignored' && effect.reason).toMatch(/Closest: “.+”, score 0\.75 of 0\.75 needed: .*“human”.*cancelled by “not”/);
  });

  it('says which phrase fired, with its score and the words that said it', () => {
    const rt = mustRun(scenarioFlow());
    rt.start();
    const [effect] = rt.dispatch({ type: 'user_message', text: 'can I get a real agent please' });
    expect(effect).toMatchObject({ type: 'trigger_fired', scenario: 'human_requested' });
    expect(effect.type === 'trigger_fired' && effect.score).toBeGreaterThanOrEqual(0.75);
    expect(effect.type === 'trigger_fired' && effect.because).toMatch(/as “agent” \(synonym\)/);
  });

  it('knowledge gap fires on ai_no_answer', () => {
    const rt = mustRun(scenarioFlow());
    rt.start();
    expect(summarize(rt.dispatch({ type: 'ai_no_answer' }))).toEqual(['trigger_fired scenario=knowledge_gap', 'bot_says text=gap']);
  });

  it('repeated failure retries twice, then fires on the third failure and starts counting again', () => {
    const rt = mustRun(scenarioFlow());
    rt.start();
    const fail = () => rt.dispatch({ type: 'ai_answer_failed' });
    expect(fail()).toMatchObject([{ type: 'retry', count: 1, max: 2 }]);
    expect(fail()).toMatchObject([{ type: 'retry', count: 2, max: 2 }]);
    expect(summarize(fail())).toEqual(['trigger_fired scenario=repeated_failure', 'bot_says text=failure']);
    expect(rt.state.failureCount).toBe(0);
    expect(fail()).toMatchObject([{ type: 'retry', count: 1 }]);
  });

  it('repeated failure with 0 retries fires on the first failure', () => {
    const rt = mustRun(scenarioFlow({ retries: 0 }));
    rt.start();
    expect(types(rt.dispatch({ type: 'ai_answer_failed' }))).toEqual(['trigger_fired', 'bot_says']);
  });

  it('sensitive topic matches a keyword as a word (inflections count), not inside another word', () => {
    const rt = mustRun(scenarioFlow({ human: false }));
    rt.start();
    expect(types(rt.dispatch({ type: 'user_message', text: 'What a lawyerly tone' }))).toEqual(['ignored']);
    expect(rt.dispatch({ type: 'user_message', text: 'My lawyers will call' })[0]).toMatchObject({ scenario: 'sensitive_topic', matched: 'lawyer' });
    const effects = rt.dispatch({ type: 'user_message', text: 'Was there a DATA BREACH?' });
    expect(effects[0]).toMatchObject({ type: 'trigger_fired', scenario: 'sensitive_topic', matched: 'data breach' });
  });

  it('disabled scenarios never fire', () => {
    const rt = mustRun(scenarioFlow({ human: false, gap: false, failure: false }));
    rt.start();
    const effects = [
      ...rt.dispatch({ type: 'user_message', text: 'I want to talk to a human' }),
      ...rt.dispatch({ type: 'ai_no_answer' }),
      ...rt.dispatch({ type: 'ai_answer_failed' }),
      ...rt.dispatch({ type: 'ai_answer_failed' }),
      ...rt.dispatch({ type: 'ai_answer_failed' }),
    ];
    expect(types(effects)).toEqual(['ignored', 'ignored', 'ignored', 'ignored', 'ignored']);
  });

  it('conversation start fires on start and a channel router follows the channel, else `other`', () => {
    const flow = makeFlow({
      nodes: [['start', 'trigger_conversation_start'], ['router', 'channel_router'], say('m_chat', 'chat'), say('m_other', 'other')],
      edges: [
        ['start', 'next', 'router'],
        ['router', 'web_chat', 'm_chat'],
        ['router', 'other', 'm_other'],
      ],
    });
    const chat = mustRun(flow);
    expect(summarize(chat.start({ channel: 'web_chat' }))).toEqual([
      'conversation_started',
      'trigger_fired scenario=conversation_start',
      'bot_says text=chat',
    ]);
    const messenger = mustRun(flow);
    expect(summarize(messenger.start({ channel: 'messenger' })).at(-1)).toBe('bot_says text=other');
    expect(messenger.state.visited.map((v) => `${v.nodeId}:${v.port ?? ''}`)).toEqual(['start:next', 'router:other', 'm_other:next']);
  });

  it('interpolates {{variables}} from the scene and leaves unknown ones visible', () => {
    const flow = makeFlow({
      nodes: [['start', 'trigger_conversation_start'], say('hello', 'Hi {{ name }}, order {{order}} is {{status}}')],
      edges: [['start', 'next', 'hello']],
    });
    const rt = mustRun(flow);
    const effects = rt.start({ variables: { name: 'Ada', order: '42' } });
    expect(effects.at(-1)).toMatchObject({ type: 'bot_says', text: 'Hi Ada, order 42 is {{status}}' });
  });

  it('ignores events before start and a second start', () => {
    const rt = mustRun(scenarioFlow());
    expect(rt.dispatch({ type: 'ai_no_answer' })).toMatchObject([{ type: 'ignored', event: 'ai_no_answer' }]);
    rt.start();
    expect(rt.start()).toMatchObject([{ type: 'ignored', event: 'start' }]);
  });

  it('refuses a flow with validation errors, returning them', () => {
    const flow = makeFlow({ nodes: [['gap', 'trigger_knowledge_gap', { enabled: false }]] });
    const created = createRuntime(flow);
    expect(created.ok).toBe(false);
    expect(!created.ok && created.diagnostics.map((d) => d.code)).toContain('structure.no_enabled_trigger');
  });

  it('numbers effects in order and stamps them with the virtual clock', () => {
    const flow = makeFlow({
      nodes: [['gap', 'trigger_knowledge_gap'], say('a', 'one'), ['p', 'pause', { seconds: 1.5 }], say('b', 'two')],
      edges: [
        ['gap', 'next', 'a'],
        ['a', 'next', 'p'],
        ['p', 'next', 'b'],
      ],
    });
    const rt = mustRun(flow);
    rt.start();
    rt.dispatch({ type: 'advance', ms: 1000 });
    rt.dispatch({ type: 'ai_no_answer' });
    expect(rt.log.map((e) => [e.seq, e.type, e.at])).toEqual([
      [1, 'conversation_started', 0],
      [2, 'trigger_fired', 1000],
      [3, 'bot_says', 1000],
      [4, 'pause', 1000],
      [5, 'bot_says', 2500],
    ]);
    expect(rt.state.now).toBe(2500);
  });
});
