// Preloaded into the bench's server child (node --import): counts the statements the process sends
// to the database (every pg Client query: the server's, pg-boss's, BEGIN and COMMIT) and prints the
// count as one JSON line, {"batonQueries":N}, on SIGUSR2, next to the server's memory report.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../package.json', import.meta.url));
const { Client } = require('pg');
let queries = 0;
const query = Client.prototype.query;
Client.prototype.query = function countedQuery(...args) {
  queries++;
  return query.apply(this, args);
};
process.on('SIGUSR2', () => process.stdout.write(`${JSON.stringify({ batonQueries: queries })}\n`));
