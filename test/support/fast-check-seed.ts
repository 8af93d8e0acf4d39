/**
 * One seed for every property test, so that a run of the suite is reproducible and CI does not
 * turn red on an input no earlier run met. `FC_SEED=random npm test` explores new inputs (a
 * failure prints its seed and counterexample: write it down as a test of its own);
 * `FC_SEED=<n>` replays one run.
 */
import fc from 'fast-check';

const asked = process.env['FC_SEED'];
if (asked !== 'random') {
  const seed = asked === undefined ? 20261206 : Number(asked);
  if (!Number.isSafeInteger(seed))
    throw new Error(`FC_SEED must be an integer or "random", not ${asked}`);
  fc.configureGlobal({ seed });
}
