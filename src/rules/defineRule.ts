import type { Flow } from '../schema';
import type { FlowAnalysis } from './analyzeFlow';
import type { Diagnostic, Severity } from './diagnostic';

export interface RuleCode {
  readonly code: string;
  readonly severity: Severity;
  /** One line for the catalogue: what the finding means. */
  readonly summary: string;
}

export interface RuleContext {
  flow: Flow;
  graph: FlowAnalysis;
}

/** One validator rule: a module under rules/, listed in the catalogue. */
export interface Rule {
  id: string;
  codes: readonly RuleCode[];
  source: string;
  check(ctx: RuleContext): Diagnostic[];
}

/** What a rule says about one place; the code fixes severity, rule and source. */
export type Finding = Pick<Diagnostic, 'message' | 'nodeId' | 'edgeId' | 'path'>;

export interface RuleSpec<Codes extends readonly RuleCode[]> {
  id: string;
  source: string;
  codes: Codes;
  run(ctx: RuleContext, report: (code: Codes[number]['code'], finding: Finding) => void): void;
}

/**
 * Builds a rule whose findings can only carry the codes it declares, so the catalogue
 * (and the docs generated from it) always lists every code the validator can emit.
 */
export function defineRule<const Codes extends readonly RuleCode[]>(spec: RuleSpec<Codes>): Rule {
  const severities = new Map(spec.codes.map((c) => [c.code, c.severity]));
  return {
    id: spec.id,
    codes: spec.codes,
    source: spec.source,
    check(ctx) {
      const out: Diagnostic[] = [];
      spec.run(ctx, (code, finding) => {
        const severity = severities.get(code);
        if (!severity) throw new Error(`Rule ${spec.id} emitted ${code}, which it does not declare`);
        out.push({ code, severity, message: finding.message, ...pick(finding), rule: spec.id, source: spec.source });
      });
      return out;
    },
  };
}

function pick(finding: Finding): Partial<Diagnostic> {
  const out: Partial<Diagnostic> = {};
  if (finding.nodeId !== undefined) out.nodeId = finding.nodeId;
  if (finding.edgeId !== undefined) out.edgeId = finding.edgeId;
  if (finding.path !== undefined) out.path = finding.path;
  return out;
}
