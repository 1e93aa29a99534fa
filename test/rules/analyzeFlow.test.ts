import { describe, expect, it } from 'vitest';
import { analyzeFlow, channelsOfMask } from '../../src/rules/analyzeFlow';
import { edge, flowOf, node } from './helpers';

describe('analyzeFlow', () => {
  it('narrows channels at a router; the other port carries unconnected channels', () => {
    const flow = flowOf(
      [node('trigger_conversation_start', 't'), node('channel_router', 'r'), node('message', 'voice'), node('message', 'rest'), node('message', 'after')],
      [edge('t', 'next', 'r'), edge('r', 'phone_voice', 'voice'), edge('r', 'other', 'rest'), edge('voice', 'next', 'after'), edge('rest', 'next', 'after')],
      { channels: ['web_chat', 'phone_voice', 'messenger'] },
    );
    const graph = analyzeFlow(flow);
    const at = (id: string) => channelsOfMask(graph.channelMask.get(id) ?? 0);
    expect(at('voice')).toEqual(['phone_voice']);
    expect(at('rest')).toEqual(['web_chat', 'messenger']);
    expect(at('after')).toEqual(['web_chat', 'phone_voice', 'messenger']);
  });

  it('follows only edges the runtime can take: existing port, step target, first edge per port', () => {
    const flow = flowOf(
      [node('trigger_human_requested', 't'), node('message', 'a'), node('message', 'b'), node('message', 'c')],
      [edge('t', 'next', 'a'), edge('t', 'next', 'b', 'second'), edge('a', 'nope', 'c'), edge('a', 'next', 't', 'back')],
    );
    const graph = analyzeFlow(flow);
    expect([...graph.reachable].sort()).toEqual(['a', 't']);
    expect(graph.inEdges.get('t')).toBeUndefined();
  });

  it('finds loops that pass no wait, and none through a handover or pause bot', () => {
    const flow = flowOf(
      [node('trigger_human_requested', 't'), node('condition', 'c'), node('message', 'm'), node('message', 'self'), node('handover', 'h'), node('message', 'w')],
      [edge('t', 'next', 'c'), edge('c', 'true', 'm'), edge('m', 'next', 'c'), edge('c', 'false', 'self'), edge('self', 'next', 'self'), edge('h', 'timeout', 'w'), edge('w', 'next', 'h')],
    );
    expect(analyzeFlow(flow).loops).toEqual([['c', 'm'], ['self']]);
  });

  it('handles a long chain without overflowing the stack', () => {
    const nodes = [node('trigger_human_requested', 't'), ...Array.from({ length: 10000 }, (_, i) => node('message', `m${i}`))];
    const edges = [edge('t', 'next', 'm0'), ...Array.from({ length: 9999 }, (_, i) => edge(`m${i}`, 'next', `m${i + 1}`))];
    edges.push(edge('m9999', 'next', 'm0'));
    const graph = analyzeFlow(flowOf(nodes, edges));
    expect(graph.reachable.size).toBe(10001);
    expect(graph.loops).toHaveLength(1);
    expect(graph.loops[0]).toHaveLength(10000);
  });
});
