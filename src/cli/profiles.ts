/** First pass over the inputs: one site profile per folder, learnt from the articles in it. */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { decode } from '../normalise/decode.js';
import { MIN_DOCUMENTS, SiteProfileBuilder, type SiteProfile } from '../normalise/site-profile.js';
import type { InputFile } from './inputs.js';
import { holdMainYoungGeneration } from './young-generation.js';

/** Arabic letters: a text without any says nothing about an Arabic site's chrome. */
const ARABIC = /[\u0620-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]/u;
/** Articles per folder the profile is learnt from, at most. */
const MAX_SAMPLE = 300;

/**
 * Folder → profile, for folders holding enough articles to learn from. Only articles count: files
 * that cannot be read or decoded, binary, empty or whitespace-only files and texts without a single
 * Arabic letter are left out (and left to the main pass to report), so that such files never change
 * what is learnt for the others. Streams (stdin, FIFOs) can be read only once and are never learnt from.
 */
export function learnProfiles(files: InputFile[]): Map<string, SiteProfile> {
  const groups = new Map<string, InputFile[]>();
  for (const f of files) {
    if (f.path === null || f.stream) continue;
    const dir = dirname(f.path);
    const group = groups.get(dir);
    if (group) group.push(f);
    else groups.set(dir, [f]);
  }
  const out = new Map<string, SiteProfile>();
  for (const [dir, group] of groups) {
    if (group.length < MIN_DOCUMENTS) continue;
    const builder = new SiteProfileBuilder();
    // a site's chrome shows in any few hundred of its articles: a sample keeps memory flat. It is
    // the first MAX_SAMPLE articles in an order each file's own name fixes, so that other files
    // (bad ones above all, which are passed over) never change which articles are learnt from.
    const ordered = group.length <= MAX_SAMPLE ? group : [...group].sort((a, b) => sampleRank(a) - sampleRank(b) || (a.id < b.id ? -1 : 1));
    let learnt = 0;
    for (const f of ordered) {
      if (learnt >= MAX_SAMPLE) break;
      holdMainYoungGeneration();
      try {
        const { text } = decode(readFileSync(f.path!));
        if (!ARABIC.test(text)) continue;
        builder.add(text);
        learnt++;
      } catch {
        // reported when the file is processed
      }
    }
    const profile = builder.build();
    if (profile.documents >= MIN_DOCUMENTS) out.set(dir, profile);
  }
  return out;
}

/** A file's place in the sampling order: a hash (FNV-1a) of its name, which no other file affects. */
function sampleRank(f: InputFile): number {
  let h = 0x811c9dc5;
  for (const ch of basename(f.path ?? f.id)) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}

export function profileFor(profiles: Map<string, SiteProfile>, f: InputFile): SiteProfile | undefined {
  return f.path === null ? undefined : profiles.get(dirname(f.path));
}

/** The key a file's profile is stored under (its folder). */
export function profileKeyOf(f: InputFile): string {
  return dirname(f.path ?? '');
}
