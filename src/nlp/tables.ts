/**
 * General English language tables. Nothing here is specific to one article: titles, demonyms,
 * calendar words, wh-words, function words and the vocabulary of web-page furniture.
 */

/** Honorifics that precede a surname, with the gender they imply (for "he"/"she" resolution). */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | undefined> = new Map([
  ['mr.', 'm'], ['mr', 'm'], ['mrs.', 'f'], ['mrs', 'f'], ['ms.', 'f'], ['ms', 'f'], ['miss', 'f'],
  ['dr.', undefined], ['dr', undefined], ['prof.', undefined], ['sir', 'm'], ['lady', 'f'], ['lord', 'm'],
]);

/** Words that, capitalised before a name, are a title or office, not part of the name. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'state', 'foreign', 'general', 'gen.', 'governor', 'gov.',
  'senator', 'sen.', 'representative', 'rep.', 'king', 'queen', 'prince', 'princess', 'pope', 'chancellor',
  'ambassador', 'judge', 'justice', 'chief', 'mayor', 'speaker', 'admiral', 'colonel', 'col.', 'captain', 'capt.',
  'lt.', 'sgt.', 'sergeant', 'commander', 'director', 'chairman', 'chairwoman', 'premier', 'emperor', 'empress',
  'saint', 'st.', 'bishop', 'cardinal', 'archbishop', 'rev.', 'reverend', 'professor', 'coach', 'deputy', 'defense',
  'former', 'senior', 'acting', 'sheikh', 'ayatollah', 'sultan', 'duke', 'count', 'lieutenant', 'major', 'officer',
]);

/** Demonyms and adjectives of place → the place's name, lower case. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['american', 'united states'], ['americans', 'united states'], ['u.s.', 'united states'], ['us', 'united states'],
  ['america', 'united states'], ['russian', 'russia'], ['russians', 'russia'], ['iranian', 'iran'], ['iranians', 'iran'],
  ['chinese', 'china'], ['british', 'britain'], ['briton', 'britain'], ['brit', 'britain'], ['brits', 'britain'], ['english', 'england'], ['french', 'france'],
  ['german', 'germany'], ['germans', 'germany'], ['italian', 'italy'], ['spanish', 'spain'], ['japanese', 'japan'],
  ['indian', 'india'], ['israeli', 'israel'], ['israelis', 'israel'], ['ukrainian', 'ukraine'], ['european', 'europe'],
  ['europeans', 'europe'], ['soviet', 'soviet union'], ['iraqi', 'iraq'], ['afghan', 'afghanistan'],
  ['pakistani', 'pakistan'], ['syrian', 'syria'], ['turkish', 'turkey'], ['egyptian', 'egypt'], ['canadian', 'canada'],
  ['mexican', 'mexico'], ['brazilian', 'brazil'], ['korean', 'korea'], ['polish', 'poland'], ['dutch', 'netherlands'],
  ['swiss', 'switzerland'], ['swedish', 'sweden'], ['norwegian', 'norway'], ['danish', 'denmark'], ['greek', 'greece'],
  ['australian', 'australia'], ['african', 'africa'], ['asian', 'asia'], ['arab', 'arabia'], ['saudi', 'saudi arabia'],
  ['palestinian', 'palestine'], ['cuban', 'cuba'], ['venezuelan', 'venezuela'], ['norman', 'normandy'],
  ['normans', 'normandy'], ['roman', 'rome'], ['romans', 'rome'], ['mongol', 'mongolia'], ['mongols', 'mongolia'],
  ['egyptians', 'egypt'], ['scottish', 'scotland'], ['irish', 'ireland'], ['welsh', 'wales'],
]);

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
/** Words that make a time expression on their own or with a number. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS, ...MONTHS, 'today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night',
  'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'day', 'days',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'season', 'era', 'period', 'bc', 'ad', 'earlier', 'later', 'ago',
]);

/** Words that make place names with another ("Mount Kenya", "North Fresno", "Lake Geneva"): not people's names. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater',
  'new', 'old', 'great', 'little', 'mount', 'mt.', 'lake', 'river', 'sea', 'bay', 'gulf', 'cape', 'port', 'fort', 'island',
  'islands', 'valley', 'county', 'city', 'state', 'province', 'district', 'region', 'park', 'street', 'avenue', 'square',
]);

/** Verbs that report speech: their subject is whoever the sentence quotes or reports. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'argue', 'insist', 'stress', 'state', 'warn', 'note', 'declare', 'claim', 'explain', 'ask', 'reply', 'write',
]);

/**
 * Common abbreviations of names, both ways: a question's "US" finds the article's "United States"
 * and "United States" its "U.S.". Looked up only for capitalised forms ("us" is a pronoun).
 */
export const NAME_ALIASES: ReadonlyMap<string, readonly string[]> = (() => {
  const groups = [
    ['united states', 'us', 'u.s.', 'usa', 'u.s.a.', 'united states of america', 'america'],
    ['united kingdom', 'uk', 'u.k.', 'britain', 'great britain'],
    ['united nations', 'un', 'u.n.'],
    ['european union', 'eu', 'e.u.'],
    ['soviet union', 'ussr', 'u.s.s.r.'],
  ];
  const map = new Map<string, string[]>();
  for (const g of groups) for (const form of g) map.set(form, g.filter((x) => x !== form));
  return map;
})();

/** Prepositions that introduce a place ("in Geneva", "near Qum"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'near', 'from', 'to', 'into', 'across', 'throughout', 'inside', 'outside', 'over', 'within', 'around', 'between',
]);

/** Words that open a reason ("because of …", "so that …", "to press Iran", "on a trade mission"). */
export const REASON_MARKERS: ReadonlySet<string> = new Set(['because', 'since', 'so', 'to', 'for', 'due', 'on', 'given']);

/** Question words. */
export const WH_WORDS: ReadonlySet<string> = new Set([
  'who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how', 'what\'s', 'who\'s', 'where\'s', 'when\'s',
]);

/** Function words: never keywords, and trimmed from the edges of answer spans. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'such', 'its', 'his', 'her',
  'their', 'our', 'my', 'your', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'itself',
  'himself', 'herself', 'themselves', 'who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how',
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'do', 'does', 'did', 'done', 'have', 'has', 'had', 'having',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'of', 'in', 'on', 'at', 'to', 'for',
  'by', 'with', 'from', 'about', 'as', 'into', 'onto', 'upon', 'than', 'then', 'and', 'or', 'but', 'nor', 'so', 'if',
  'because', 'while', 'though', 'although', 'also', 'too', 'very', 'just', 'there', 'here', 'up', 'out', 'off', 'over',
  'under', 'again', 'further', 'once', 'both', 'either', 'neither', 'own', 'same', 'other', 'whether', 'per', 'via',
  "'s", '’s', 's', 'me', 'please', 'know', 'according', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr.',
  'describe', 'explain', 'name', 'give', 'kind', 'type', 'sort', 'article', 'story', 'text', 'say', 'said', 'one',
  'many', 'much',
]);

/**
 * Words that negate the clause they stand in: one table for every reader of negation (kept in
 * spans, never trimmed; a yes/no verdict's flip; a negated question against a passage).
 */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', "n't", 'no', 'never', 'nothing', 'none', 'neither', 'nor', 'without', 'nobody', 'nowhere', 'cannot', 'non',
]);

/**
 * Verbs (and adjectives) that deny the act they govern: "failed to secure a majority", "refused
 * to back", "declined to comment", "stopped trusting", "unable to agree". Before a predicate they
 * negate it as "not" would.
 */
export const REFUSALS: ReadonlySet<string> = new Set([
  'refuse', 'fail', 'decline', 'deny', 'reject', 'stop', 'cease', 'quit', 'abandon', 'halt', 'avoid', 'resist',
  'unable', 'dismiss', 'forgo', 'neglect', 'omit', 'refusal', 'failure', 'denial', 'rejection',
]);

/**
 * Words that call what comes before them false: "rumours saying he had been detained are, however,
 * untrue". After a copula they deny the whole claim.
 */
export const FALSITIES: ReadonlySet<string> = new Set([
  'untrue', 'false', 'unfounded', 'baseless', 'groundless', 'incorrect', 'inaccurate', 'wrong', 'fabricated', 'bogus', 'denied', 'unconfirmed',
]);

/**
 * Words that leave the act they govern unasserted, by family: a passage that "could" or "would
 * consider" doing it, "tried to" or made "efforts to", or asks "whether" it happened, does not say
 * that it did. A question that uses a word of the same family asks about the hedge itself
 * ("Could the charges carry a death penalty?").
 */
export const HEDGES: ReadonlyMap<string, string> = new Map([
  ...['could', 'might', 'may', 'can', 'possibly', 'perhaps', 'maybe', 'likely', 'unlikely', 'possible'].map((w) => [w, 'possible'] as [string, string]),
  ...['would', 'should'].map((w) => [w, 'conditional'] as [string, string]),
  ...['consider', 'plan', 'intend', 'hope', 'want', 'aim', 'expect', 'propose', 'threaten', 'seek', 'wish', 'promise', 'vow', 'pledge'].map((w) => [w, 'intent'] as [string, string]),
  ...['try', 'attempt', 'effort', 'bid', 'struggle'].map((w) => [w, 'attempt'] as [string, string]),
  ...['whether', 'if', 'unless'].map((w) => [w, 'open'] as [string, string]),
  ...['allege', 'alleged', 'allegedly', 'reportedly', 'rumor', 'rumour', 'suspect', 'suspected', 'accuse'].map((w) => [w, 'alleged'] as [string, string]),
]);

/** Ordinal words ("first", "third") with their rank; figures ("34th") are read by pattern. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
].map((w, k) => [w, k + 1] as [string, number]));

/** The rank an ordinal token names ("third", "34th"), or undefined. */
export function ordinalRank(word: string): number | undefined {
  const figure = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  return figure ? Number(figure[1]) : ORDINALS.get(word);
}

/** Auxiliaries that open a yes/no question ("Did …?", "Was …?"). */
export const YES_NO_OPENERS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should',
  'shall', 'may', 'might', 'must', "isn't", "wasn't", "didn't", "doesn't", "don't", "hasn't", "haven't",
]);

/** Words of web-page chrome (menus, font switches, feeds, sharing): blocks made of them are not article text. */
export const FURNITURE_WORDS: ReadonlySet<string> = new Set([
  'search', 'custom', 'font', 'fonts', 'smaller', 'larger', 'rss', 'print', 'email', 'e-mail', 'share', 'tweet',
  'subscribe', 'login', 'log', 'sign', 'menu', 'home', 'comments', 'comment', 'advertisement', 'advertising', 'ad',
  'skip', 'content', 'navigation', 'close', 'next', 'previous', 'page', 'reprints', 'save', 'facebook', 'twitter',
  'linkedin', 'whatsapp', 'copy', 'link', 'text', 'size', 'feed', 'feeds', 'atom', 'newsletter', 'sponsored',
  'related', 'more', 'read', 'view', 'toggle', 'click', 'here', 'image', 'photo', 'caption', 'credit',
]);

/**
 * Adjectives that say the same of a thing ("the next big step" = "the next major step"): one
 * written for the other is a paraphrase, not another fact. A general table of near-synonyms.
 */
const SAME_SENSE_GROUPS: readonly (readonly string[])[] = [
  ['big', 'large', 'major', 'great', 'huge', 'vast', 'main', 'key', 'principal', 'chief', 'important', 'significant', 'considerable', 'substantial', 'primary', 'leading'],
  ['small', 'little', 'minor', 'tiny', 'slight'],
  ['fast', 'quick', 'rapid', 'swift'],
  ['new', 'recent', 'fresh', 'latest'],
  ['former', 'previous', 'earlier', 'past', 'prior'],
  ['concrete', 'tangible', 'real', 'actual', 'solid'],
  ['hard', 'difficult', 'tough'],
  ['easy', 'simple'],
  ['strong', 'powerful', 'robust', 'firm'],
  ['sure', 'confident', 'certain'],
  ['harsh', 'severe', 'strict', 'tough'],
  ['secret', 'clandestine', 'hidden', 'covert'],
  ['clear', 'obvious', 'evident', 'plain'],
  ['whole', 'entire', 'complete', 'full'],
];

/**
 * Verbs that name the same act in news usage, where WordNet's most frequent senses part them
 * ("used radar to locate the chambers" answers "to find" them). A general table of near-synonyms.
 */
const SAME_ACT_GROUPS: readonly (readonly string[])[] = [
  ['find', 'locate', 'discover', 'detect', 'uncover'],
  ['hurt', 'injure', 'wound', 'harm'],
  ['ban', 'prohibit', 'forbid', 'outlaw'],
  ['allow', 'permit'],
  ['arrest', 'detain'],
  ['free', 'release'],
  ['jail', 'imprison'],
  ['buy', 'purchase', 'acquire'],
  ['help', 'aid', 'assist'],
  ['end', 'finish', 'conclude'],
  ['attend', 'visit', 'go'],
  // Nouns of one event, where WordNet's first senses part them ("crash" is first a noise).
  ['crash', 'accident', 'collision'],
  ['fire', 'dismiss', 'sack'],
];

/** Whether two verbs name the same act (see SAME_ACT_GROUPS). */
export function sameAct(a: string, b: string): boolean {
  return a !== b && SAME_ACT_GROUPS.some((g) => g.includes(a) && g.includes(b));
}

/** Whether two words are near-synonyms (see SAME_SENSE_GROUPS). */
export function sameSense(a: string, b: string): boolean {
  return SAME_SENSE_GROUPS.some((g) => g.includes(a) && g.includes(b));
}

/**
 * Pairs of opposites: a passage that has one where the question has the other ("the first
 * response" asked, "the last response" written) states another fact. Base forms and the
 * common inflections the lemmatiser may leave (superlatives, comparatives).
 */
const OPPOSITE_PAIRS: readonly (readonly [string, string])[] = [
  ['first', 'last'], ['large', 'small'], ['big', 'small'], ['high', 'low'], ['early', 'late'], ['before', 'after'],
  ['increase', 'decrease'], ['increase', 'reduce'], ['increase', 'decline'], ['rise', 'fall'], ['expand', 'shrink'],
  ['north', 'south'], ['east', 'west'], ['northern', 'southern'], ['eastern', 'western'], ['northeast', 'southwest'],
  ['northwest', 'southeast'], ['win', 'lose'], ['win', 'defeat'], ['victory', 'defeat'], ['gain', 'loss'],
  ['maximum', 'minimum'], ['more', 'less'], ['more', 'fewer'], ['most', 'least'], ['old', 'new'], ['old', 'young'],
  ['major', 'minor'], ['positive', 'negative'], ['long', 'short'], ['start', 'end'], ['begin', 'end'], ['open', 'close'],
  ['accept', 'reject'], ['allow', 'forbid'], ['allow', 'ban'], ['permit', 'ban'], ['permit', 'forbid'], ['permit', 'prohibit'],
  ['allow', 'prohibit'], ['indoors', 'outdoors'], ['indoor', 'outdoor'], ['guilty', 'innocent'], ['alive', 'dead'], ['present', 'absent'], ['strong', 'weak'], ['success', 'failure'],
  ['successful', 'unsuccessful'], ['upper', 'lower'], ['inner', 'outer'], ['private', 'public'], ['ancient', 'modern'],
  ['internal', 'external'], ['male', 'female'], ['rich', 'poor'], ['hot', 'cold'], ['wet', 'dry'], ['heavy', 'light'],
  ['legal', 'illegal'], ['top', 'bottom'], ['best', 'worst'], ['good', 'bad'], ['above', 'below'], ['import', 'export'],
  ['buy', 'sell'], ['include', 'exclude'], ['support', 'oppose'], ['agree', 'disagree'], ['common', 'rare'],
  ['same', 'different'], ['full', 'empty'], ['slow', 'fast'], ['easy', 'difficult'], ['easy', 'hard'],
  ['cheap', 'expensive'], ['far', 'near'], ['deep', 'shallow'], ['wide', 'narrow'], ['thick', 'thin'], ['day', 'night'],
  ['summer', 'winter'], ['war', 'peace'], ['add', 'remove'], ['inside', 'outside'], ['true', 'false'],
  ['always', 'never'], ['urban', 'rural'], ['domestic', 'foreign'], ['primary', 'secondary'], ['future', 'past'],
  ['birth', 'death'], ['create', 'destroy'], ['attack', 'defend'], ['lend', 'borrow'], ['give', 'receive'],
  ['send', 'receive'], ['higher', 'lower'], ['larger', 'smaller'], ['bigger', 'smaller'], ['earlier', 'later'],
  ['stronger', 'weaker'], ['earliest', 'latest'], ['oldest', 'newest'], ['oldest', 'youngest'], ['biggest', 'smallest'],
  ['largest', 'smallest'], ['highest', 'lowest'], ['longest', 'shortest'], ['greatest', 'least'], ['best', 'worst'],
];

/** Word → its opposites (both directions of `OPPOSITE_PAIRS`). */
export const OPPOSITES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const [a, b] of OPPOSITE_PAIRS) {
    (map.get(a) ?? map.set(a, new Set()).get(a)!).add(b);
    (map.get(b) ?? map.set(b, new Set()).get(b)!).add(a);
  }
  return map;
})();

/** Number words and the figures they stand for ("three" = "3"): both index the same term. */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
].map((w, k) => [w, String(k)] as [string, string]).concat(
  ['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, k) => [w, String(30 + 10 * k)] as [string, string]),
));
