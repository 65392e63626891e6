/** Polls until `probe` gives a value other than undefined/false; fails with `what` after the deadline. */
export async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 90_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
