import type { Diagnostic } from '../../rules/diagnostic';
import type { QuickFixCode } from '../../rules/fixes/quickFixSummaries';
import type { Flow } from '../../schema';
import { calendarFixes } from './calendarFixes';
import { contextFixes } from './contextFixes';
import { handoverFixes } from './handoverFixes';
import { providerFixes } from './providerFixes';
import { scenarioFixes } from './scenarioFixes';
import { staffFixes } from './staffFixes';
import { structureFixes } from './structureFixes';
import type { FixProvider, QuickFix } from './types';
import { voiceFixes } from './voiceFixes';
import { waitingFixes } from './waitingFixes';

/** Every code's fixes; typed against the catalogue's list, so the docs cannot promise a fix that is missing. */
export const FIX_PROVIDERS: Readonly<Record<QuickFixCode, FixProvider>> = {
  ...structureFixes,
  ...voiceFixes,
  ...handoverFixes,
  ...scenarioFixes,
  ...staffFixes,
  ...calendarFixes,
  ...providerFixes,
  ...contextFixes,
  ...waitingFixes,
};

const NONE: readonly QuickFix[] = [];

/** The fixes a diagnostic offers on this flow (none for most info-only or judgement findings). */
export function fixesFor(diagnostic: Diagnostic, flow: Flow): readonly QuickFix[] {
  const provider = (FIX_PROVIDERS as Readonly<Record<string, FixProvider>>)[diagnostic.code];
  return provider ? provider(diagnostic, flow) : NONE;
}
