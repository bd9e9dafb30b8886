/** The entry of a worker thread of the bundled CLI (see start.cts): the bundle's worker, from the code cache. */
import { bundle } from './start.cjs';

void bundle().startWorker();
