// English word forms: verbs' past, participle, third person and -ing forms, plurals, and the
// comparative and superlative of adjectives.

// Irregular verbs: base, past, past participle. Antonyms and "did not X" need the forms both ways.
const IRREGULAR: readonly (readonly [string, string, string])[] = [
  ['arise', 'arose', 'arisen'], ['be', 'was', 'been'], ['bear', 'bore', 'born'], ['beat', 'beat', 'beaten'], ['become', 'became', 'become'],
  ['begin', 'began', 'begun'], ['bind', 'bound', 'bound'], ['bite', 'bit', 'bitten'], ['blow', 'blew', 'blown'], ['break', 'broke', 'broken'],
  ['bring', 'brought', 'brought'], ['build', 'built', 'built'], ['burn', 'burnt', 'burnt'], ['buy', 'bought', 'bought'], ['catch', 'caught', 'caught'],
  ['choose', 'chose', 'chosen'], ['come', 'came', 'come'], ['cost', 'cost', 'cost'], ['cut', 'cut', 'cut'], ['deal', 'dealt', 'dealt'],
  ['dig', 'dug', 'dug'], ['do', 'did', 'done'], ['draw', 'drew', 'drawn'], ['drink', 'drank', 'drunk'], ['drive', 'drove', 'driven'],
  ['eat', 'ate', 'eaten'], ['fall', 'fell', 'fallen'], ['feed', 'fed', 'fed'], ['feel', 'felt', 'felt'], ['fight', 'fought', 'fought'],
  ['find', 'found', 'found'], ['flee', 'fled', 'fled'], ['fly', 'flew', 'flown'], ['forbid', 'forbade', 'forbidden'], ['forget', 'forgot', 'forgotten'],
  ['forgive', 'forgave', 'forgiven'], ['freeze', 'froze', 'frozen'], ['get', 'got', 'gotten'], ['give', 'gave', 'given'], ['go', 'went', 'gone'],
  ['grow', 'grew', 'grown'], ['hang', 'hung', 'hung'], ['have', 'had', 'had'], ['hear', 'heard', 'heard'], ['hide', 'hid', 'hidden'],
  ['hit', 'hit', 'hit'], ['hold', 'held', 'held'], ['hurt', 'hurt', 'hurt'], ['keep', 'kept', 'kept'], ['know', 'knew', 'known'],
  ['lay', 'laid', 'laid'], ['lead', 'led', 'led'], ['leave', 'left', 'left'], ['lend', 'lent', 'lent'], ['let', 'let', 'let'],
  ['lie', 'lay', 'lain'], ['lose', 'lost', 'lost'], ['make', 'made', 'made'], ['mean', 'meant', 'meant'], ['meet', 'met', 'met'],
  ['pay', 'paid', 'paid'], ['put', 'put', 'put'], ['quit', 'quit', 'quit'], ['read', 'read', 'read'], ['ride', 'rode', 'ridden'],
  ['ring', 'rang', 'rung'], ['rise', 'rose', 'risen'], ['run', 'ran', 'run'], ['say', 'said', 'said'], ['see', 'saw', 'seen'],
  ['seek', 'sought', 'sought'], ['sell', 'sold', 'sold'], ['send', 'sent', 'sent'], ['set', 'set', 'set'], ['shake', 'shook', 'shaken'],
  ['shine', 'shone', 'shone'], ['shoot', 'shot', 'shot'], ['show', 'showed', 'shown'], ['shrink', 'shrank', 'shrunk'], ['shut', 'shut', 'shut'],
  ['sing', 'sang', 'sung'], ['sink', 'sank', 'sunk'], ['sit', 'sat', 'sat'], ['sleep', 'slept', 'slept'], ['speak', 'spoke', 'spoken'],
  ['spend', 'spent', 'spent'], ['split', 'split', 'split'], ['spread', 'spread', 'spread'], ['stand', 'stood', 'stood'], ['steal', 'stole', 'stolen'],
  ['stick', 'stuck', 'stuck'], ['strike', 'struck', 'struck'], ['swear', 'swore', 'sworn'], ['swim', 'swam', 'swum'], ['take', 'took', 'taken'],
  ['teach', 'taught', 'taught'], ['tear', 'tore', 'torn'], ['tell', 'told', 'told'], ['think', 'thought', 'thought'], ['throw', 'threw', 'thrown'],
  ['understand', 'understood', 'understood'], ['wake', 'woke', 'woken'], ['wear', 'wore', 'worn'], ['win', 'won', 'won'], ['withdraw', 'withdrew', 'withdrawn'],
  ['write', 'wrote', 'written'],
];
export const PAST = new Map(IRREGULAR.map(([b, p]) => [b, p]));
const PARTICIPLE = new Map(IRREGULAR.map(([b, , pp]) => [b, pp]));

/** One syllable ending consonant-vowel-consonant ("win", "big"): the consonant doubles before a suffix. */
function doubles(w: string): boolean {
  // Also the common two-syllable verbs stressed on the end ("acquit" → "acquitted", "prefer" → "preferred").
  return /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(w) || /(mit|quit|pel|cur|fer|gret|trol)$/.test(w) && !/(offer|differ|suffer)$/.test(w);
}

function regularPast(base: string): string {
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return doubles(base) ? `${base}${base.at(-1)}ed` : `${base}ed`;
}

/** Past tense ("lose" → "lost", "reject" → "rejected"). */
export function pastOf(base: string): string {
  return PAST.get(base) ?? regularPast(base);
}

/** Past participle ("take" → "taken"). */
export function participleOf(base: string): string {
  return PARTICIPLE.get(base) ?? regularPast(base);
}

/** Third person singular ("go" → "goes", "deny" → "denies"). */
export function thirdOf(base: string): string {
  if (base === 'have') return 'has';
  if (/(s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** Present participle ("lose" → "losing", "win" → "winning", "die" → "dying"). */
export function ingOf(base: string): string {
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (/[^aeioy]e$/.test(base)) return `${base.slice(0, -1)}ing`;
  return doubles(base) ? `${base}${base.at(-1)}ing` : `${base}ing`;
}

/** Plural of a noun ("city" → "cities"). */
export function pluralOf(noun: string): string {
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

export const GRADED: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['good', ['better', 'best']], ['bad', ['worse', 'worst']], ['many', ['more', 'most']], ['much', ['more', 'most']],
  ['little', ['less', 'least']], ['far', ['farther', 'farthest']], ['few', ['fewer', 'fewest']],
]);

/** Comparative (degree 0) or superlative (1) of an adjective: "-er"/"-est" when short, "more"/"most" when long. */
export function gradeOf(adj: string, degree: 0 | 1): string {
  const irregular = GRADED.get(adj);
  if (irregular) return irregular[degree];
  const suffix = degree === 0 ? 'er' : 'est';
  const syllables = adj.replace(/e$/, '').match(/[aeiouy]+/g)?.length ?? 1;
  // Two syllables take the suffix only when they end in -y, -ow, -le or -er ("earlier", "narrower", "simpler"); longer words take more/most.
  if (syllables > 2 || (syllables === 2 && !/(y|ow|le|er)$/.test(adj)) || /^(un|in|im|il|ir|dis|non)/.test(adj) && syllables > 1) return `${degree === 0 ? 'more' : 'most'} ${adj}`;
  if (adj.endsWith('e')) return `${adj}${suffix.slice(1)}`;
  if (/[^aeiou]er$/.test(adj)) return `${adj}${suffix}`;
  if (/[^aeiou]y$/.test(adj)) return `${adj.slice(0, -1)}i${suffix}`;
  return doubles(adj) ? `${adj}${adj.at(-1)}${suffix}` : `${adj}${suffix}`;
}

/** Past forms of irregular verbs ("found", "left", "led"): wink sometimes tags them nouns. */
export const IRREGULAR_FORMS = new Set(IRREGULAR.flatMap(([b, p, pp]) => (p === b ? [pp] : [p, pp])).filter((f) => !['set', 'cut', 'hit', 'put', 'cost'].includes(f)));
