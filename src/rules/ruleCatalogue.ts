import type { Rule, RuleCode } from './defineRule';
import { schemaShape } from './rules/schemaShape';
import { duplicateIds } from './rules/duplicateIds';
import { edgeEndpoints } from './rules/edgeEndpoints';
import { portUsedOnce } from './rules/portUsedOnce';
import { reachability } from './rules/reachability';
import { loopsWithoutWait } from './rules/loopsWithoutWait';
import { voiceDestination } from './rules/voiceDestination';
import { sipHeaders } from './rules/sipHeaders';
import { voicePause } from './rules/voicePause';
import { voiceChannels } from './rules/voiceChannels';
import { voiceFailurePorts } from './rules/voiceFailurePorts';
import { voiceRecording } from './rules/voiceRecording';
import { zendeskDepartment } from './rules/zendeskDepartment';
import { messengerChannel } from './rules/messengerChannel';
import { noAgentsPort } from './rules/noAgentsPort';
import { botTalksOver } from './rules/botTalksOver';
import { repeatedFailureRetries } from './rules/repeatedFailureRetries';
import { humanRequestedPhrases } from './rules/humanRequestedPhrases';
import { disabledScenario } from './rules/disabledScenario';
import { handoverLimit } from './rules/handoverLimit';
import { unassignedPath } from './rules/unassignedPath';
import { staffReferences } from './rules/staffReferences';
import { staffNotifications } from './rules/staffNotifications';
import { phiContent } from './rules/phiContent';
import { calendars } from './rules/calendars';
import { hoursCheck } from './rules/hoursCheck';
import { agentContext } from './rules/agentContext';
import { whenNobodyAnswers } from './rules/whenNobodyAnswers';
import { handBack } from './rules/handBack';
import { queueWaiting } from './rules/queueWaiting';
import { voiceQueue } from './rules/voiceQueue';
import { messengerRouting } from './rules/messengerRouting';
import { messengerWebhooks } from './rules/messengerWebhooks';
import { messengerStandby } from './rules/messengerStandby';
import { zendeskSwitchboard } from './rules/zendeskSwitchboard';

/**
 * Every validator rule, in the order findings are listed. Also the documentation catalogue:
 * docs/readme/rules.md is rendered from it (renderCatalogue), so docs and code cannot drift.
 */
export const ruleCatalogue: readonly Rule[] = [
  schemaShape,
  duplicateIds,
  edgeEndpoints,
  portUsedOnce,
  reachability,
  loopsWithoutWait,
  voiceDestination,
  sipHeaders,
  voicePause,
  voiceChannels,
  voiceFailurePorts,
  voiceRecording,
  zendeskDepartment,
  messengerChannel,
  noAgentsPort,
  botTalksOver,
  repeatedFailureRetries,
  humanRequestedPhrases,
  disabledScenario,
  handoverLimit,
  unassignedPath,
  staffReferences,
  staffNotifications,
  phiContent,
  calendars,
  hoursCheck,
  agentContext,
  queueWaiting,
  messengerRouting,
  messengerWebhooks,
  messengerStandby,
  zendeskSwitchboard,
  whenNobodyAnswers,
  handBack,
  voiceQueue,
];

/** Every code with its rule and source, for lookups by code (Problems tab, CLI --explain). */
export const CODES: ReadonlyMap<string, RuleCode & { rule: string; source: string }> = new Map(
  ruleCatalogue.flatMap((rule) => rule.codes.map((c) => [c.code, { ...c, rule: rule.id, source: rule.source }] as const)),
);
