import { describe, expect, it } from 'vitest';
import { validateFlow } from '../../src/rules/validateFlow';
import { chatFlow, voiceFlow } from './helpers';
import { gatedVoiceFlow } from './voiceCases';
import { structureCases } from './structureCases';
import { voiceCases } from './voiceCases';
import { handoverCases } from './handoverCases';
import { scenarioCases } from './scenarioCases';
import { runRuleCases } from './runRuleCases';
import { calendarCases, hoursFlow } from './calendarCases';
import { providerCases } from './providerCases';
import { nobodyAnswersCases, nobodyAnswersFlow } from './nobodyAnswersCases';
import { handBackCases } from './handBackCases';

describe('baseline fixtures', () => {
  it.each([
    ['chat', chatFlow],
    ['voice', voiceFlow],
    ['gated voice', gatedVoiceFlow],
    ['business hours', hoursFlow],
    ['zendesk line with voicemail', () => nobodyAnswersFlow()],
  ])('the %s fixture has no findings at all', (_, build) => {
    expect(validateFlow(build())).toEqual([]);
  });
});

describe('structure', () => runRuleCases(structureCases));
describe('voice', () => runRuleCases(voiceCases));
describe('handover destinations and ownership', () => runRuleCases(handoverCases));
describe('scenarios, staff and content', () => runRuleCases(scenarioCases));
describe('business calendars', () => runRuleCases(calendarCases));
describe("the providers' current APIs (Conversation Routing, Zendesk switchboard)", () => runRuleCases(providerCases));
describe('when nobody answers (voicemail, ticket, callback)', () => runRuleCases(nobodyAnswersCases));
describe('ownership and the hand back', () => runRuleCases(handBackCases));
