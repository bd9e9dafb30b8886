import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pageData, scriptJson, timelineHtml, when, type PageData } from '../../src/export/html.js';
import type { Document, Output, TimelineRow } from '../../src/schema.js';
import { runCli } from '../helpers.js';

const output: Output = JSON.parse(runCli(['extract', 'fixtures']).stdout);
const { documents, timeline } = output;

/** The JSON the page embeds, read back. */
function embedded(html: string): PageData {
  const m = /<script type="application\/json" id="rasid-data">([\s\S]*?)<\/script>/u.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]!) as PageData;
}
/** The page without its embedded data: the markup, style and script. */
const markup = (html: string): string => html.replace(/<script type="application\/json" id="rasid-data">[\s\S]*?<\/script>/u, '');

describe('the HTML page (unit)', () => {
  const html = timelineHtml(documents, timeline, { version: output.meta.version, lexiconVersion: output.meta.lexiconVersion });

  it('is what `rasid extract --format html` writes, byte for byte', () => {
    const r = runCli(['extract', 'fixtures', '--format', 'html']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(html);
  });

  it('is an RTL Arabic UTF-8 page', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/u);
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('loads nothing: no external URL, no resource element, a CSP that forbids everything but its own script and style', () => {
    expect(html).not.toMatch(/https?:\/\//iu);
    const page = markup(html);
    expect(page).not.toMatch(/\b(?:src|href|srcset|action|formaction|poster|background|xlink:href)\s*=/iu);
    expect(page).not.toMatch(/<(?:link|img|iframe|object|embed|audio|video|source|base|frame)\b/iu);
    expect(page).not.toMatch(/@import|url\(|@font-face/iu);
    expect(page.match(/<script\b/giu)).toHaveLength(1); // the inline script; the other is the JSON data
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(html)?.[1]?.replace(/&#39;/gu, "'");
    expect(csp).toMatch(/^default-src 'none';/u);
    // the hashes allow exactly the inline script and style (or the browser would block them)
    const script = /<script>([\s\S]*?)<\/script>/u.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/u.exec(html)![1]!;
    const hash = (s: string): string => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
  });

  it('carries every timeline event: in the data, the count and the no-script list', () => {
    const data = embedded(html);
    expect(data.events).toHaveLength(timeline.length);
    expect(html).toContain(`data-count="${timeline.length}"`);
    expect(html.match(/<li class="s-(?:occurred|planned|cancelled)">/gu)).toHaveLength(timeline.length);
    expect(data.documents).toBe(documents.length);
    const names = new Set(timeline.flatMap((r) => r.participants.map((p) => p.ar)));
    for (const n of names) expect(html).toContain(n);
  });

  it('puts dated events on the axis in date order, X-years and undated in the last lane', () => {
    const data = embedded(html);
    const lanes = data.events.map((e) => e.lane);
    expect(lanes.indexOf('undated')).toBe(lanes.lastIndexOf('dated') + 1);
    for (const e of data.events) {
      const dated = e.date !== null && /^\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?$/u.test(e.date);
      expect(e.lane).toBe(dated ? 'dated' : 'undated');
      expect(e.axis !== null).toBe(dated);
      if (e.axis) expect(e.axis.from).toBeGreaterThanOrEqual(0);
      if (e.axis) expect(e.axis.from + e.axis.width).toBeLessThanOrEqual(100);
    }
    const starts = data.events.filter((e) => e.axis).map((e) => e.axis!.from);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(data.events.some((e) => e.date?.startsWith('XXXX') && e.lane === 'undated')).toBe(true);
    expect(data.axis?.undated).toBe(data.events.filter((e) => e.lane === 'undated').length);
  });

  it('says dates in Arabic', () => {
    expect(when('2025-04-09').label).toBe('9 أبريل 2025');
    expect(when('2025-W16').label).toBe('الأسبوع 16 من 2025 (14 أبريل – 20 أبريل)');
    expect(when('2025-W16').span).toEqual({ start: Date.UTC(2025, 3, 14) / 86_400_000, end: Date.UTC(2025, 3, 21) / 86_400_000 });
    expect(when('2025-04', 'END').label).toBe('أواخر أبريل 2025');
    expect(when('2025').span!.end - when('2025').span!.start).toBe(365);
    expect(when('XXXX-04-11')).toEqual({ span: null, label: '11 أبريل (السنة غير معروفة)' });
    expect(when(null).span).toBeNull();
  });

  it('lists persons and places for the filters, Arabic with English', () => {
    const data = embedded(html);
    expect(data.persons.find((p) => p.id === 'person:vladimir-putin')).toMatchObject({ ar: 'فلاديمير بوتين', en: 'Vladimir Putin' });
    expect(data.persons.every((p) => p.id.startsWith('person:'))).toBe(true);
    expect(data.places.every((p) => p.id.startsWith('place:'))).toBe(true);
    expect(data.places.map((p) => p.id)).toContain('place:moscow');
    const putin = data.events.filter((e) => e.who.includes('person:vladimir-putin')).length;
    expect(putin).toBe(timeline.filter((r) => r.participants.some((p) => p.id === 'person:vladimir-putin')).length);
    expect(data.persons.find((p) => p.id === 'person:vladimir-putin')!.n).toBe(putin);
  });

  it('highlights the trigger and the participant and place mentions in the evidence', () => {
    const data = embedded(html);
    for (const e of data.events) {
      for (const x of e.evidence) {
        // the runs put back together are the evidence sentence
        const row = timeline.find((r) => r.evidence.some((v) => v.document === x.document && v.start === x.start))!;
        expect(x.segments.map((s) => s[0]).join('')).toBe(row.evidence.find((v) => v.document === x.document && v.start === x.start)!.text);
        expect(x.segments.some((s) => s[1] === 'trigger')).toBe(true);
      }
    }
    const meeting = data.events.find((e) => e.evidence.some((x) => x.document.endsWith('002_2e52cb4734095ae0.txt') && x.start === 11))!;
    const marks = meeting.evidence[0]!.segments.filter((s) => s.length === 3).map((s) => `${s[1]}:${s[0]}`);
    expect(marks).toContain('trigger:يلتقي');
    expect(marks).toContain('participant:بوتين');
  });

  it('counts offsets in code points and keeps only marks whose text matches', () => {
    const text = '😀 التقى بوتين في موسكو.';
    const cp = (s: string): number => Array.from(s).length;
    const at = (s: string): number => cp(text.slice(0, text.indexOf(s)));
    const span = (s: string): { text: string; start: number; end: number } => ({ text: s, start: at(s), end: at(s) + cp(s) });
    const doc: Document = {
      id: 'a.txt', encoding: 'utf-8', warnings: [], docDate: null, headline: null, dates: [], boilerplate: [],
      entities: [
        { id: 'person:vladimir-putin', type: 'person', name: { ar: 'فلاديمير بوتين', en: 'Vladimir Putin' }, source: 'gazetteer', mentions: [{ ...span('بوتين'), rule: 'x' }] },
        { id: 'place:moscow', type: 'place', name: { ar: 'موسكو', en: 'Moscow' }, source: 'gazetteer', mentions: [{ ...span('موسكو'), rule: 'x' }, { text: 'موسكو', start: 1, end: 6, rule: 'wrong offsets' }] },
      ],
      events: [{
        id: 'a.txt#e1', type: 'meeting', status: 'occurred', participants: ['person:vladimir-putin'], location: 'place:moscow', date: null,
        cameo: '040', trigger: span('التقى'), evidence: { text, start: 0, end: cp(text) }, mentions: [], rule: 'x',
      }],
    };
    const row: TimelineRow = {
      date: null, grain: null, status: 'occurred', type: 'meeting', cameo: '040', documents: ['a.txt'],
      participants: [{ id: 'person:vladimir-putin', ar: 'فلاديمير بوتين', en: 'Vladimir Putin' }],
      location: { id: 'place:moscow', ar: 'موسكو', en: 'Moscow' },
      evidence: [{ document: 'a.txt', text, start: 0, end: cp(text) }],
    };
    const segs = pageData([doc], [row]).events[0]!.evidence[0]!.segments;
    expect(segs.filter((s) => s.length === 3).map((s) => `${s[1]}:${s[0]}`)).toEqual(['trigger:التقى', 'participant:بوتين', 'location:موسكو']);
    expect(segs.map((s) => s[0]).join('')).toBe(text);
  });

  it('escapes article text: nothing in it can close the data script or add markup', () => {
    const evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)> <!-- \u2028';
    const doc: Document = {
      id: `evil</script>.txt`, encoding: 'utf-8', warnings: [], docDate: null, headline: { text: evil, start: 0, end: 1 },
      entities: [], dates: [], events: [], boilerplate: [],
    };
    const row: TimelineRow = {
      date: evil, grain: null, status: 'occurred', type: 'meeting', cameo: '040', documents: [doc.id],
      participants: [{ id: 'person:x', ar: evil, en: evil }], location: { id: 'place:y', ar: evil },
      evidence: [{ document: doc.id, text: evil, start: 0, end: Array.from(evil).length }],
    };
    const page = timelineHtml([doc], [row]);
    expect(page.match(/<script\b/giu)).toHaveLength(2);
    expect(page.match(/<\/script>/giu)).toHaveLength(2);
    expect(page).not.toMatch(/<img/iu);
    expect(page).not.toContain('<!--');
    const data = embedded(page);
    expect(data.events[0]!.participants[0]!.ar).toBe(evil);
    expect(data.events[0]!.evidence[0]!.segments.map((s) => s[0]).join('')).toBe(evil);
    expect(scriptJson('<>&')).toBe('"\\u003c\\u003e\\u0026"');
  });

  it('shows an empty timeline as such', () => {
    const page = timelineHtml([], []);
    expect(embedded(page).events).toEqual([]);
    expect(embedded(page).axis).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// in a real browser

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const inCi = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());

describe('the HTML page in headless Chromium', () => {
  if (!haveChromium) {
    // CI installs chromium (.ci/run): there the test must not pass by skipping
    if (inCi) it('needs chromium in CI', () => expect.fail(`${CHROMIUM} is missing (CI is set): install Debian's chromium package`));
    else it.skip(`needs ${CHROMIUM}`, () => {});
    return;
  }

  const dir = mkdtempSync(join(tmpdir(), 'rasid-html-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = join(dir, 'timeline.html');
  const built = runCli(['extract', 'fixtures', '--format', 'html', '--out', page]);

  /** The DOM after the page's scripts ran, and what Chromium logged. */
  function dump(hash = ''): { dom: string; log: string } {
    const profile = mkdtempSync(join(dir, 'profile-'));
    const r = spawnSync(
      CHROMIUM,
      [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', `--user-data-dir=${profile}`,
        '--enable-logging=stderr', '--v=0', '--virtual-time-budget=5000', '--dump-dom', `${pathToFileURL(page).href}${hash}`,
      ],
      { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
    );
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    return { dom: r.stdout, log: r.stderr };
  }
  const articles = (dom: string): string[] => dom.match(/<article\b[^>]*\bdata-event="\d+"[^>]*>/gu) ?? [];
  const visible = (dom: string): string[] => articles(dom).filter((a) => !/\shidden(?:=|\s|>)/u.test(a));

  it('renders every event, with the participants and highlighted evidence', () => {
    expect(built.status).toBe(0);
    const { dom, log } = dump();
    expect(dom).toContain('data-ready="1"');
    expect(dom).not.toContain('id="fallback"'); // the script replaced the no-script list
    expect(articles(dom)).toHaveLength(timeline.length);
    expect(visible(dom)).toHaveLength(timeline.length);
    for (const row of timeline) for (const p of row.participants) expect(dom).toContain(p.ar);
    expect(dom.match(/<mark class="m-trigger"/gu)?.length ?? 0).toBeGreaterThanOrEqual(timeline.length);
    expect(dom).toMatch(/<mark class="m-participant"[^>]*>بوتين<\/mark>/u);
    expect(dom).toContain('data-status="planned"');
    expect(dom.match(/<button class="bar /gu)).toHaveLength(embedded(readFileSync(page, 'utf8')).events.filter((e) => e.axis).length);
    expect(dom).toContain('<select id="filter-person"');
    expect(log).not.toMatch(/Content.Security.Policy|Refused to|Uncaught/iu);
  });

  it('pre-applies a person filter from the URL hash', () => {
    const putin = timeline.filter((r) => r.participants.some((p) => p.id === 'person:vladimir-putin')).length;
    expect(putin).toBeGreaterThan(0);
    expect(putin).toBeLessThan(timeline.length);
    const { dom } = dump('#person=person:vladimir-putin');
    expect(articles(dom)).toHaveLength(timeline.length);
    expect(visible(dom)).toHaveLength(putin);
    expect(dom).toContain(`data-shown="${putin}"`);
  });

  it('combines place and status filters', () => {
    const expected = timeline.filter(
      (r) => r.status === 'planned' && (r.location?.id === 'place:washington-dc' || r.participants.some((p) => p.id === 'place:washington-dc')),
    ).length;
    const { dom } = dump('#place=place:washington-dc&status=planned');
    expect(visible(dom)).toHaveLength(expected);
    expect(expected).toBeLessThan(timeline.length);
  });
});
