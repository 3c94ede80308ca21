/**
 * Refreshes the planner's statistics before reads are timed. A production PostgreSQL has autovacuum
 * analyse tables as they grow; the one on this machine runs with autovacuum off, so tables just
 * filled by ingest or a backlog would be planned as if still empty, and read by full scans.
 */
export const ANALYZE = 'ANALYZE';
