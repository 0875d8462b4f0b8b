/**
 * Resolves on the next turn of the event loop, after pending I/O: long synchronous work that
 * awaits it now and then lets a statement already handed to the driver reach the server meanwhile.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
