/** Where a development was reported: the provenance every development may carry. */
export interface Source {
  readonly publisher: string;
  readonly url?: string;
  readonly publishedAt?: string;
}
