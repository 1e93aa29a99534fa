/** A failure the API reports as `{ error: { code, message, field? } }` with an HTTP status. */
export class ServerError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

export const notFound = (what: string, id: string, field?: string) => new ServerError(404, 'not_found', `No ${what} "${id}".`, field);
