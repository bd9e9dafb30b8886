/**
 * Who else took part, told in a sentence of its own after the event: a delegation's members ("وضم
 * الوفد الأميركي أيضاً مستشار الأمن القومي مايك والتز والمبعوث … ستيف ويتكوف"), who came with a party
 * ("فيما رافق لافروف مساعد الرئيس الروسي … يوري أوشاكوف"), who sat in on a session ("وحضر الجلسة
 * الافتتاحية وزير الخارجية السعودي …"). They join the mention of the event told last, a sentence or
 * two before at most: of their delegation's country, of the one they came with, or any.
 */
import { foldKey } from '../../normalise/orthography.js';
import { wordList } from '../patterns.js';
import { firstFrom, firstTokenFrom, tokensIn, type Token } from '../tokens.js';
import { CLAUSE_BREAK, DELEGATION, isDelegation, type EventMention, type MentionInput } from './mentions.js';
import { unitsIn, type Unit } from './units.js';
import type { Span } from '../../normalise/source.js';

/** Where one of the words below may stand (folded key): the stems they share. */
const COMPANION_STEMS = new RegExp(wordList(['ضم', 'رافق', 'شمل', 'تالف', 'تشكل', 'حضر']).source, 'gu');
/** How many sentences before its companions the event may be told. */
const COMPANIONS_WINDOW = 2;
const w = (xs: readonly string[]): Set<string> => new Set(xs.map(foldKey));
/** A delegation's make-up: "ضم الوفد", "ويضم الوفد" (folded, with و or ف on the word). */
const COMPOSED_OF = w(['ضم', 'يضم', 'تضم', 'ضمت', 'شمل', 'يشمل', 'تشكل', 'تالف', 'يتالف', 'تتالف'].flatMap((x) => [x, `و${x}`, `ف${x}`]));
/** Going with someone: "رافق لافروف …", "ويرافقه …". */
const WENT_WITH = w(['رافق', 'يرافق', 'رافقت', 'ترافق', 'رافقه', 'يرافقه', 'رافقها', 'يرافقها', 'رافقته', 'ترافقه'].flatMap((x) => [x, `و${x}`, `ف${x}`]));
/** Sitting in on a part of the event, a word no trigger is: "وحضر الجلسة الافتتاحية". */
const ATTENDED = w(['حضر', 'حضرت', 'وحضر', 'وحضرت']);
const SESSIONS = w(['الجلسة', 'جلسة', 'الجلسات', 'جلسات', 'المأدبة', 'مأدبة', 'حفل']);
/** Words that may stand between a delegation's verb and the delegation: "وضم الوفد", "ضم أيضا الوفد". */
const MAX_VERB_TO_DELEGATION = 2;
/** A delegation's words before its members: its nationality, "المرافق", "أيضا". */
const MAX_DELEGATION_WORDS = 6;
/** Who the delegation went with, after it: "الوفد السوري المرافق للرئيس الشرع". */
const ACCOMPANYING = w(['المرافق', 'المرافقه', 'المرافقين']);

export function joinCompanions(input: MentionInput, mentions: EventMention[]): void {
  if (!mentions.length) return;
  const { tokens, key } = input;
  const bySentence = new Map<number, EventMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  // (the words' stems found once in the whole text, not looked up token by token)
  let last = -1;
  for (const hit of key.matchAll(COMPANION_STEMS)) {
    const k = firstTokenFrom(tokens, hit.index + 1) - 1;
    if (k < 0 || k === last) continue;
    last = k;
    const si = firstFrom(input.sentences, tokens[k]!.start + 1) - 1;
    const sent = input.sentences[si];
    if (!sent || tokens[k]!.end > sent.end || !nearTold(bySentence, si)) continue;
    readCompanions(input, bySentence, si, sent, k);
  }
}

/** The companions the word at token k introduces, if it is one of the words above, added to the event they took part in. */
function readCompanions(input: MentionInput, bySentence: ReadonlyMap<number, EventMention[]>, si: number, sent: Span, k: number): void {
  const { tokens, key } = input;
  const word = tokens[k]!.text;
  const kind = COMPOSED_OF.has(word) ? 'delegation' : WENT_WITH.has(word) ? 'company' : ATTENDED.has(word) && SESSIONS.has(tokens[k + 1]?.text ?? '') ? 'session' : null;
  if (!kind) return;
  let country: string | null = null;
  let principal: Unit | undefined;
  let membersFrom = tokens[kind === 'session' ? k + 2 : k + 1]?.start ?? sent.end;
  if (kind === 'delegation') {
    // (the delegation right after the verb, its nationality and who it went with before its members)
    const d = tokensIn(tokens, tokens[k]!.end, sent.end).slice(0, MAX_VERB_TO_DELEGATION + 1).findIndex((x) => DELEGATION.has(x.text));
    if (d < 0) return;
    const after = k + 1 + d;
    const around = unitsIn(input.units, tokens[after]!.end, tokens[Math.min(after + MAX_DELEGATION_WORDS, tokens.length - 1)]!.end);
    const nationality = around.find((u) => u.kind === 'nisba' && isDelegation(input, u));
    country = nationality?.id ?? null;
    const went = tokensIn(tokens, tokens[after]!.end, sent.end).slice(0, 3).find((x) => ACCOMPANYING.has(x.text));
    principal = went ? unitsIn(input.units, went.end, sent.end).find((u) => u.kind === 'person') : undefined;
    membersFrom = principal?.end ?? nationality?.end ?? tokens[after]!.end;
  }
  const people = companions(input, tokens, key, membersFrom, sent.end);
  if (principal) people.unshift(principal);
  if (!people.length) return;
  // (with its pronoun, "ويرافقه …", whoever the event told last had for a party)
  const withPronoun = kind === 'company' && /(?:ه|ها)$/u.test(word);
  const event = toldBefore(bySentence, si, tokens[k]!.start, (m) => {
    if (kind === 'session' || withPronoun) return true;
    if (kind === 'company') return people.some((u) => m.participants.some((p) => p.id === u.id));
    return m.participants.some((p) => p.id === principal?.id || (country !== null && p.id.startsWith('person:') && input.g.countryOf(p.id) === country));
  });
  if (!event) return;
  for (const u of people) if (!event.participants.some((p) => p.id === u.id)) event.participants.push({ id: u.id!, unit: u });
  event.how.push(kind === 'delegation' ? 'members of its delegation, told after' : kind === 'company' ? 'who came with a party, told after' : 'who sat in, told after');
}

/** An event is told in the sentence or in one of the few before it. */
function nearTold(bySentence: ReadonlyMap<number, EventMention[]>, si: number): boolean {
  for (let s = si; s >= 0 && si - s <= COMPANIONS_WINDOW; s--) if (bySentence.has(s)) return true;
  return false;
}

/** The last mention told before `at`, in the sentence or a few before, that `fits`; of one that happened or is planned. */
function toldBefore(bySentence: ReadonlyMap<number, EventMention[]>, si: number, at: number, fits: (m: EventMention) => boolean): EventMention | undefined {
  for (let s = si; s >= 0 && si - s <= COMPANIONS_WINDOW; s--) {
    const list = bySentence.get(s) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i]!;
      if (m.trigger.start < at && m.participants.length > 0 && m.status !== 'cancelled' && !m.attendance && fits(m)) return m;
    }
  }
  return undefined;
}

/**
 * The people named from `from` on, joined by و or commas with their titles, up to a clause of
 * another subject ("، فيما رافق …", "، الذي عقد بدوره …").
 */
function companions(input: MentionInput, tokens: readonly Token[], key: string, from: number, to: number): Unit[] {
  const out: Unit[] = [];
  for (const u of unitsIn(input.units, from, to)) {
    const gap = tokensIn(tokens, out.at(-1)?.end ?? from, u.start);
    if (gap.some((g) => CLAUSE_BREAK.has(g.text))) break;
    // (a comma ends the list unless a name set off by it follows its title: "وزير الخارجية، أسعد الشيباني،")
    if (out.length && key.slice(out.at(-1)!.end, u.start).includes(',') && u.kind !== 'person') break;
    if (u.kind === 'person' && u.id) out.push(u);
  }
  return out;
}
