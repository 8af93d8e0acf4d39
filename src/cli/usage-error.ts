/** A mistake in how the tool was called or configured: exit code 2 with a one-line reason. */
export class UsageError extends Error {
  override name = 'UsageError';
}
