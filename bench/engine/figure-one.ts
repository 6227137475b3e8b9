/**
 * One path of figure (1) in a process of its own, printed as JSON on the last line (run.ts starts one process per
 * path). The naive baseline and the product call the same check functions with differently shaped settings and
 * contexts, so in one process whichever ran first left the other with polymorphic inline caches in every check:
 * the product measured 1.0-1.5 s after the baseline's rounds and 0.93-0.99 s on its own, for the same code.
 *   npx tsx <flags> engine/figure-one.ts <naive|product|checks> <resources> <rounds>
 */
import { runAllChecks } from '../../subgraphs/findings/src/domain/evaluate';
import { bestOf, naiveEvaluation, productEvaluation } from './evaluation';
import { mixedEstate } from './mixed-estate';

const [mode, resources, rounds] = process.argv.slice(2);
const estate = mixedEstate(Number(resources));
const paths = {
  naive: () => naiveEvaluation(estate),
  product: () => productEvaluation(estate),
  checks: () => ({ verdicts: runAllChecks(estate).received, rows: 0, events: 0, alerts: 0 }),
};
if (!mode || !(mode in paths)) throw new Error(`figure-one: mode must be one of ${Object.keys(paths).join(', ')}`);
console.log(JSON.stringify(bestOf(Number(rounds), paths[mode as keyof typeof paths])));
