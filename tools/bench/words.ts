/**
 * Word pools for the synthetic news articles (bench/corpus.ts). Surnames and city names are
 * built from syllables, so a 1,000-article corpus keeps meeting new names, as real news does.
 */

export const MALE_NAMES = [
  'Adrian', 'Boris', 'Carlos', 'Daniel', 'Emil', 'Felix', 'Gregor', 'Hassan', 'Ivan', 'Jonas', 'Karim', 'Leon',
  'Marco', 'Nikolai', 'Oscar', 'Pavel', 'Rafael', 'Samuel', 'Tomas', 'Viktor', 'Walter', 'Yusuf', 'Anton', 'Bernard',
  'Dmitri', 'Elias', 'Farid', 'Henrik', 'Julian', 'Kenji', 'Lukas', 'Mateo', 'Omar', 'Peter', 'Stefan', 'Theo',
];
export const FEMALE_NAMES = [
  'Alice', 'Beatrix', 'Clara', 'Dalia', 'Elena', 'Fatima', 'Greta', 'Helena', 'Irina', 'Julia', 'Katya', 'Lena',
  'Maria', 'Nadia', 'Olga', 'Paula', 'Rosa', 'Sofia', 'Tamara', 'Ursula', 'Vera', 'Yasmin', 'Amira', 'Bianca',
  'Carmen', 'Diana', 'Eva', 'Hana', 'Ingrid', 'Leila', 'Mina', 'Nora', 'Petra', 'Sara', 'Teresa', 'Zofia',
];

const ONSETS = ['Kor', 'Bel', 'Mar', 'Tal', 'Ven', 'Dru', 'Sar', 'Lin', 'Hal', 'Oss', 'Per', 'Vak', 'Zor', 'Mel', 'Gra', 'Nor', 'Bra', 'Fen', 'Kas', 'Rud'];
const MIDDLES = ['a', 'e', 'i', 'o', 'u', 'ov', 'in', 'an', 'en', 'ar'];
const SURNAME_ENDS = ['ski', 'nov', 'ley', 'ton', 'ford', 'ez', 'ic', 'ard', 'wick', 'sen', 'stein', 'more', 'rov', 'lli', 'berg', 'dotti'];
const CITY_ENDS = ['burg', 'ville', 'grad', 'stad', 'port', 'holm', 'abad', 'pur', 'mouth', 'field', 'haven', 'dorf'];

/** 20 × 10 × 16 = 3,200 surnames. */
export const SURNAMES: readonly string[] = ONSETS.flatMap((a) => MIDDLES.flatMap((b) => SURNAME_ENDS.map((c) => a + b + c)));
/** 20 × 10 × 12 = 2,400 city names. */
export const CITIES: readonly string[] = ONSETS.flatMap((a) => MIDDLES.flatMap((b) => CITY_ENDS.map((c) => a + b + c)));

export const COUNTRIES = [
  'Norway', 'Chile', 'Kenya', 'Portugal', 'Vietnam', 'Peru', 'Ghana', 'Austria', 'Mongolia', 'Uruguay', 'Finland', 'Morocco',
  'Nepal', 'Croatia', 'Bolivia', 'Senegal', 'Latvia', 'Jordan', 'Ecuador', 'Tunisia', 'Estonia', 'Panama', 'Zambia', 'Iceland',
];

export const ORG_ADJECTIVES = ['Northern', 'National', 'Central', 'Federal', 'United', 'Coastal', 'Western', 'Regional', 'Eastern', 'Independent'];
export const ORG_NOUNS = ['Grain', 'Water', 'Railway', 'Energy', 'Harbor', 'Forestry', 'Mining', 'Textile', 'Fishery', 'Transit', 'Housing', 'Health'];
export const ORG_KINDS = ['Council', 'Authority', 'Board', 'Agency', 'Commission', 'Union', 'Institute', 'Trust'];

export const TITLES = [
  'finance minister', 'foreign minister', 'mayor', 'chief executive', 'spokeswoman', 'governor', 'ambassador', 'director',
  'chairman', 'prosecutor', 'trade minister', 'deputy mayor', 'treasurer', 'chief engineer', 'party leader', 'union leader',
];

export const NOUNS = [
  'bridge', 'tariff', 'pipeline', 'harvest', 'budget', 'treaty', 'reactor', 'railway', 'election', 'strike', 'reform', 'loan',
  'dam', 'airport', 'canal', 'subsidy', 'merger', 'inquiry', 'vaccine', 'festival', 'border', 'highway', 'port', 'factory',
  'mine', 'forest', 'drought', 'flood', 'census', 'pension', 'contract', 'license', 'stadium', 'tunnel', 'hospital', 'school',
  'market', 'currency', 'quota', 'ferry', 'satellite', 'refinery', 'reservoir', 'orchard', 'vineyard', 'warehouse', 'shipyard', 'museum',
  'archive', 'library', 'embargo', 'ceasefire', 'audit', 'scandal', 'lawsuit', 'verdict', 'referendum', 'coalition', 'levy', 'grant',
];

export const ADJECTIVES = [
  'new', 'costly', 'disputed', 'ambitious', 'delayed', 'regional', 'modest', 'secret', 'controversial', 'popular', 'fragile', 'crucial',
  'ageing', 'temporary', 'permanent', 'rural', 'urban', 'northern', 'southern', 'coastal', 'public', 'private', 'joint', 'bold',
  'cautious', 'sweeping', 'narrow', 'unexpected', 'long-awaited', 'lucrative', 'unpopular', 'expensive', 'cheap', 'local', 'national', 'foreign',
];

/** Regular verbs only, so the past tense is a rule (see `past`). */
export const VERBS = [
  'approve', 'review', 'finance', 'expand', 'delay', 'announce', 'support', 'oppose', 'reject', 'launch', 'design', 'fund',
  'inspect', 'restore', 'protect', 'report', 'question', 'discuss', 'defend', 'criticize', 'endorse', 'suspend', 'complete', 'renovate',
  'privatize', 'investigate', 'negotiate', 'postpone', 'celebrate', 'demand', 'praise', 'insure', 'export', 'import', 'repair', 'abandon',
];

/** Plural nouns that take a plain -s (for "how many" sentences). */
export const PEOPLE_NOUNS = [
  'inspector', 'worker', 'farmer', 'student', 'protester', 'soldier', 'doctor', 'teacher', 'engineer', 'tourist', 'voter', 'official',
  'miner', 'pilot', 'nurse', 'driver', 'volunteer', 'lawyer', 'journalist',
];

export const GROUPS = ['Analysts', 'Officials', 'Economists', 'Diplomats', 'Residents', 'Critics', 'Investors', 'Lawmakers', 'Experts', 'Local leaders'];
export const PREPOSITIONS = ['near', 'across', 'outside', 'beyond', 'along', 'around'];
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty'];

/** The past tense of a regular verb. */
export function past(verb: string): string {
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/** "a" or "an". */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
