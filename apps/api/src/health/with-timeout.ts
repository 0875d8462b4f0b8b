export class CheckTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`timeout of ${timeoutMs}ms exceeded`);
  }
}

/** Settles with `work`, or rejects with `CheckTimeoutError` once `timeoutMs` has passed. */
export async function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckTimeoutError(timeoutMs)), timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** A failure as an admin should read it: the timeout, or the error's message. */
export function failureMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
