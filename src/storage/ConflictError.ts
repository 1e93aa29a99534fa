import type { Flow } from '../schema/flow';

interface ConflictArgs {
  flowId: string;
  mine: Flow;
  theirs: Flow;
  baseVersion: number;
  theirVersion: number;
  base?: Flow;
  theirSavedAt?: number;
}

/**
 * Optimistic concurrency: a save states the version it was based on; when another tab saved in
 * between, the save is refused and both documents travel with the error so the user can choose.
 */
export class ConflictError extends Error {
  readonly flowId: string;
  readonly mine: Flow;
  readonly theirs: Flow;
  /** The version this tab's edits were based on. */
  readonly baseVersion: number;
  /** The version now stored (written by another tab). */
  readonly theirVersion: number;
  /** The flow both tabs started from (stored at `baseVersion`), when known: who changed what is diffed from it. */
  readonly base?: Flow;
  /** When the other tab's version was saved (ms since the epoch), when known. */
  readonly theirSavedAt?: number;

  constructor(args: ConflictArgs) {
    super(
      `"${args.theirs.name}" was saved in another tab (version ${args.theirVersion}) after this tab loaded version ${args.baseVersion}; choose which version to keep`,
    );
    this.name = 'ConflictError';
    this.flowId = args.flowId;
    this.mine = args.mine;
    this.theirs = args.theirs;
    this.baseVersion = args.baseVersion;
    this.theirVersion = args.theirVersion;
    if (args.base) this.base = args.base;
    if (args.theirSavedAt !== undefined) this.theirSavedAt = args.theirSavedAt;
  }

  /** The same conflict, knowing the flow both tabs started from. */
  withBase(base: Flow): ConflictError {
    const { flowId, mine, theirs, baseVersion, theirVersion, theirSavedAt } = this;
    return new ConflictError({ flowId, mine, theirs, baseVersion, theirVersion, theirSavedAt, base });
  }
}
