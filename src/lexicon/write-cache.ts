/** Build step (`npm run build`): the compiled lexicon cached beside the lexicon loader in dist/ (see `readLexiconCache`). */
import { CACHE_PATH, writeLexiconCache } from './load.js';

if (writeLexiconCache()) process.stderr.write(`lexicon cache → ${CACHE_PATH}\n`);
