/** First pass over the inputs: one site profile per folder, learnt from the articles in it. */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { decode } from '../normalise/decode.js';
import { MIN_DOCUMENTS, SiteProfileBuilder, type SiteProfile } from '../normalise/site-profile.js';
import type { InputFile } from './inputs.js';

/** Folder → profile, for folders holding enough articles to learn from. Unreadable files are left to the main pass. */
export function learnProfiles(files: InputFile[]): Map<string, SiteProfile> {
  const groups = new Map<string, InputFile[]>();
  for (const f of files) {
    if (f.path === null) continue;
    const dir = dirname(f.path);
    groups.set(dir, [...(groups.get(dir) ?? []), f]);
  }
  const out = new Map<string, SiteProfile>();
  for (const [dir, group] of groups) {
    if (group.length < MIN_DOCUMENTS) continue;
    const builder = new SiteProfileBuilder();
    for (const f of group) {
      try {
        builder.add(decode(readFileSync(f.path!)).text);
      } catch {
        // reported when the file is processed
      }
    }
    out.set(dir, builder.build());
  }
  return out;
}

export function profileFor(profiles: Map<string, SiteProfile>, f: InputFile): SiteProfile | undefined {
  return f.path === null ? undefined : profiles.get(dirname(f.path));
}
