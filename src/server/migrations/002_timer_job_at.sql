-- Wall time (epoch ms) of the earliest timer job queued for the conversation and not run yet, or null.
-- A timer that moves later needs no new job (the queued one fires early, finds nothing due and
-- queues the next), so a turn that only pushes a timer back stays off the job queue.
ALTER TABLE conversations ADD COLUMN timer_job_at double precision;
