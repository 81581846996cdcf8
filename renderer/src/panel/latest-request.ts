/**
 * Search answers can arrive out of order (a short query is slower than a long one); only the
 * answer to the newest request may reach the screen.
 */
export interface LatestRequest {
  /** Starts a request and returns a check that is true while it is still the newest one. */
  begin(): () => boolean;
}

export function createLatestRequest(): LatestRequest {
  let latest = 0;
  return {
    begin() {
      const id = ++latest;
      return () => id === latest;
    },
  };
}
