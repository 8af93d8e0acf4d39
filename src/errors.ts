/**
 * A mistake in how the tool was called, configured or fed data: exit code 2 with a one-line
 * reason that names the flag, file or key. `at` locates it in a file, for an annotation.
 */
export class InputError extends Error {
  override name = 'InputError';

  constructor(
    message: string,
    readonly at?: { file: string; line?: number },
  ) {
    super(message);
  }
}
