/** The two clocks of history: when things happened in the world, and when Parley learned of them. */
export interface Clocks {
  /** Only developments that had occurred by then (occurredAt ≤ asOf): the world as it was. */
  readonly asOf?: string;
  /** Only events recorded by then (recordedAt ≤ knownAt): what Parley knew. */
  readonly knownAt?: string;
}
