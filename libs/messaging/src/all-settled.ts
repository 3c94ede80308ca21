/**
 * Promise.all that rejects only once every promise has settled, with the first rejection: nothing the
 * caller started is still running when it goes on, to clean up after a failure, say.
 */
export async function allSettled<T extends unknown[]>(promises: [...{ [K in keyof T]: Promise<T[K]> }]): Promise<T> {
  const outcomes = await Promise.allSettled(promises);
  const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return outcomes.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as T;
}
