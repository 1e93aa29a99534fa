-- Flows and their versions: a conversation runs on the version it started with.
CREATE TABLE flow_versions (
  flow_id text NOT NULL,
  version integer NOT NULL,
  document jsonb NOT NULL,
  digest text NOT NULL,
  source text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (flow_id, version)
);

CREATE TABLE flows (
  flow_id text PRIMARY KEY,
  current_version integer NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (flow_id, current_version) REFERENCES flow_versions (flow_id, version)
);

-- One row per conversation: the engine's state after the last turn. Turns lock this row.
CREATE TABLE conversations (
  id text PRIMARY KEY,
  flow_id text NOT NULL,
  flow_version integer NOT NULL,
  scene jsonb NOT NULL,
  state jsonb NOT NULL,
  -- seq the next effect gets; inputs are numbered apart
  next_seq integer NOT NULL,
  next_input integer NOT NULL DEFAULT 1,
  -- wall time (epoch ms) of the engine's virtual 0
  origin_ms double precision NOT NULL,
  -- wall time (epoch ms) the next timer falls due, or null
  timer_at double precision,
  refs jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (flow_id, flow_version) REFERENCES flow_versions (flow_id, version)
);
CREATE INDEX conversations_timer_at ON conversations (timer_at) WHERE timer_at IS NOT NULL;

-- Provider identifiers (call SID, PSID, chat id) a webhook finds its conversation by.
CREATE TABLE conversation_refs (
  kind text NOT NULL,
  value text NOT NULL,
  conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  PRIMARY KEY (kind, value)
);

-- The effect log, gap-free per conversation: engine effects and server records (provider_request_failed).
CREATE TABLE effects (
  conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  type text NOT NULL,
  effect jsonb NOT NULL,
  -- what caused it: 'request' (the API), 'provider' (a webhook), 'timer', 'server'
  cause text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conversation_id, seq)
);

-- Every turn's input, for replay and for provider retries (same dedupe key → same answer).
CREATE TABLE inputs (
  conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  n integer NOT NULL,
  -- the virtual clock the engine was advanced to before the event
  clock double precision NOT NULL,
  -- null: a timer tick (the clock alone)
  event jsonb,
  dedupe_key text,
  first_seq integer NOT NULL,
  next_seq integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conversation_id, n),
  UNIQUE (conversation_id, dedupe_key)
);

-- Transactional outbox: a handover's provider request, stored with the turn that made it.
CREATE TABLE outbox (
  conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  idempotency_key text NOT NULL UNIQUE,
  request jsonb NOT NULL,
  -- pending | sent | failed
  status text NOT NULL DEFAULT 'pending',
  attempts integer NOT NULL DEFAULT 0,
  -- a dispatcher holds the row until then while it sends
  lease_until timestamptz,
  last_status integer,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  PRIMARY KEY (conversation_id, seq)
);
CREATE INDEX outbox_pending ON outbox (created_at) WHERE status = 'pending';
