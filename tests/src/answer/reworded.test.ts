import { describe, expect, it } from 'vitest';
import { seedCore } from '../seed.js';

/**
 * Our own rewordings of questions about the seed article: the same facts the dev set asks about,
 * in other words ("Who serves as Russia's top diplomat?" for "Who is Russia's foreign minister?").
 * They guard against answers that only work for one wording. A question counts as right when the
 * cited passage holds its evidence and the short answer overlaps a gold answer (F1 ≥ 0.5, SQuAD's
 * normalisation). Some need more than word overlap (paraphrase without a shared stem: "backed out"
 * for "reneged"), so the bar is a share, raised as answers improve, not every question.
 */
const REWORDED: { q: string; evidence: string[]; answers: string[] }[] = [
  {"q": "Who serves as Russia's top diplomat?", "evidence": ["The minister, Sergey V. Lavrov"], "answers": ["Sergey V. Lavrov", "Lavrov"]},
  {"q": "How did Lavrov describe harsh new sanctions against Tehran?", "evidence": ["harsh new sanctions would be", "would be counterproductive"], "answers": ["counterproductive"]},
  {"q": "Whom did the Russian foreign minister meet?", "evidence": ["meeting with Secretary of State Hillary Rodham Clinton"], "answers": ["Hillary Rodham Clinton", "Clinton"]},
  {"q": "Near which city is the secret enrichment site?", "evidence": ["holy city of Qum", "secret nuclear site near Qum"], "answers": ["near the holy city of Qum", "Qum"]},
  {"q": "Who did Iran say could visit its nuclear site?", "evidence": ["allow United Nations inspectors"], "answers": ["United Nations inspectors"]},
  {"q": "What did the Russian president say about sanctions three weeks earlier?", "evidence": ["in some cases, sanctions are inevitable"], "answers": ["in some cases, sanctions are inevitable", "sanctions are inevitable"]},
  {"q": "Who is Russia's president?", "evidence": ["President Dmitri A. Medvedev"], "answers": ["Dmitri A. Medvedev", "Medvedev"]},
  {"q": "What did the administration announce about the missile defense system?", "evidence": ["retool a European missile defense system"], "answers": ["retool", "retool a European missile defense system"]},
  {"q": "Where was Vladimir Putin while Clinton was in Moscow?", "evidence": ["was in China on a trade mission", "Putin was in Beijing"], "answers": ["China", "Beijing"]},
  {"q": "What was the purpose of Putin's trip to China?", "evidence": ["in China on a trade mission", "Beijing cutting deals"], "answers": ["trade mission", "a trade mission", "cutting deals"]},
  {"q": "Who is Russia's prime minister?", "evidence": ["Prime Minister Vladimir V. Putin"], "answers": ["Vladimir V. Putin", "Putin"]},
  {"q": "What day did Clinton meet the Russian president?", "evidence": ["met Mr. Medvedev later on Tuesday"], "answers": ["later on Tuesday", "Tuesday"]},
  {"q": "In which city did Iran hold talks with other countries this month?", "evidence": ["talks in Geneva between Iran and other countries", "talks in Geneva between Iran and a group", "meeting in Geneva this month"], "answers": ["Geneva"]},
  {"q": "Which nations negotiated with Iran in Geneva?", "evidence": ["the United States, Britain, France, Germany, Russia and China"], "answers": ["the United States, Britain, France, Germany, Russia and China"]},
  {"q": "How sure is Lavrov that the talks will work?", "evidence": ["We are maybe not 100 percent"], "answers": ["maybe not 100 percent, but still have chances to succeed", "not 100 percent"]},
  {"q": "Why does the Obama administration consider the threat of sanctions important?", "evidence": ["threat of sanctions is crucial to the prospect"], "answers": ["crucial to the prospect for a diplomatic solution"]},
  {"q": "What might Russia's refusal to back sanctions bring the administration at home?", "evidence": ["expose the Obama administration to criticism at home"], "answers": ["criticism at home", "criticism"]},
  {"q": "What do Republicans say the president did?", "evidence": ["Republicans have argued"], "answers": ["the president yielded to Kremlin concerns on the missile shield without getting much in return", "yielded to Kremlin concerns on the missile shield"]},
  {"q": "Why is it critical to enlist Russia for sanctions?", "evidence": ["because of its geopolitical links to Iran"], "answers": ["because of its geopolitical links to Iran", "geopolitical links to Iran"]},
  {"q": "Where has China put its money?", "evidence": ["invested heavily in Iranian oil and gas reserves"], "answers": ["Iranian oil and gas reserves"]},
  {"q": "What must there be alongside diplomacy, according to Clinton?", "evidence": ["parallel track of sanctions"], "answers": ["a parallel track of sanctions", "parallel track of sanctions"]},
  {"q": "What did Clinton say at the news conference with Lavrov?", "evidence": ["rally international opinion behind additional sanctions"], "answers": ["In the absence of any significant progress, we will be seeking to rally international opinion behind additional sanctions", "rally international opinion behind additional sanctions"]},
  {"q": "Did the US ask Russia for anything specific?", "evidence": ["did not make any specific requests of Russia"], "answers": ["did not make any specific requests of Russia", "did not make any specific requests"]},
  {"q": "What was the United States looking for, according to an official traveling with Clinton?", "evidence": ["specific forms of pressure"], "answers": ["specific forms of pressure"]},
  {"q": "When is the next big step in the diplomatic process?", "evidence": ["The next major step in the diplomatic process will be on Monday"], "answers": ["on Monday", "Monday"]},
  {"q": "In what city are Iran and officials from France and Russia to meet?", "evidence": ["meet in Vienna"], "answers": ["Vienna", "in Vienna"]},
  {"q": "In which country would the uranium be further enriched?", "evidence": ["enriched in Russia to a higher grade"], "answers": ["Russia", "in Russia"]},
  {"q": "What would the uranium power once returned to Iran?", "evidence": ["fuel a research reactor"], "answers": ["a research reactor", "research reactor"]},
  {"q": "What was the most concrete outcome of the Geneva talks?", "evidence": ["most tangible result of the talks in Geneva", "discuss the details of a plan to ship"], "answers": ["That agreement", "agreement", "a plan to ship a majority of Iran's stockpile of lightly enriched uranium out of the country"]},
  {"q": "What would Russia do if Iran backed out of the deal?", "evidence": ["would consider sanctions if the Iranians reneged"], "answers": ["sanctions", "consider sanctions"]},
  {"q": "Was it Clinton's first visit to Russia as secretary of state?", "evidence": ["her first trip to Russia as secretary of state"], "answers": ["her first trip to Russia as secretary of state", "first trip to Russia"]},
  {"q": "Apart from Iran, what did Clinton and Lavrov talk about?", "evidence": ["discussed a wide range of issues"], "answers": ["a wide range of issues, including the decision to redesign the missile-defense system", "the decision to redesign the missile-defense system", "a wide range of issues"]},
  {"q": "Over what do old strains between Russia and the West remain?", "evidence": ["former Soviet republics"], "answers": ["over the West's role in the other former Soviet republics", "the other former Soviet republics", "former Soviet republics"]},
  {"q": "Which country might join a future antimissile system?", "evidence": ["including Ukraine in any future antimissile system"], "answers": ["Ukraine"]},
  {"q": "What is Alexander Vershbow's job?", "evidence": ["The comments by the American defense official, Alexander Vershbow"], "answers": ["the American defense official", "American defense official", "a senior American defense official"]},
  {"q": "What annoyed the Kremlin?", "evidence": ["clearly irritated the Kremlin"], "answers": ["The comments by the American defense official, Alexander Vershbow", "comments by the American defense official"]},
  {"q": "What might the US use from radar stations in Ukraine?", "evidence": ["radar stations in the country"], "answers": ["data from radar stations in the country", "data from radar stations", "radar stations"]},
  {"q": "What does Fyodor Lukyanov do?", "evidence": ["Fyodor Lukyanov, editor in chief"], "answers": ["editor in chief of the journal Russia in Global Affairs", "editor in chief"]},
  {"q": "Which journal is Lukyanov the editor of?", "evidence": ["editor in chief of the journal Russia in Global Affairs"], "answers": ["Russia in Global Affairs"]},
  {"q": "How did analysts respond to Lavrov's refusal?", "evidence": ["expressed little surprise"], "answers": ["little surprise", "expressed little surprise"]},
  {"q": "What did Medvedev's comments represent, in Lukyanov's view?", "evidence": ["more of a political gesture"], "answers": ["a political gesture", "political gesture", "more of a political gesture"]},
  {"q": "How does Russia view Iran compared with America?", "evidence": ["much more rational and reliable"], "answers": ["much more rational and reliable", "more rational and reliable"]},
  {"q": "On what regional issues has the Kremlin worked with Iran?", "evidence": ["including unrest in Chechnya and in Central Asia"], "answers": ["unrest in Chechnya and in Central Asia", "Chechnya and in Central Asia"]},
  {"q": "Which two countries are neighbors?", "evidence": ["Russia and Iran are neighbors"], "answers": ["Russia and Iran"]},
  {"q": "What disclosure might Medvedev have been responding to?", "evidence": ["reacting to the disclosure of the secret nuclear site"], "answers": ["the disclosure of the secret nuclear site near Qum", "disclosure of the secret nuclear site near Qum"]},
  {"q": "What did Medvedev say in public about Iran?", "evidence": ["he said nothing about Iran publicly"], "answers": ["nothing", "he said nothing about Iran publicly"]},
  {"q": "What will Iran have less incentive to do?", "evidence": ["less incentive to make concessions"], "answers": ["make concessions", "to make concessions"]},
  {"q": "What should be thrown at supporting negotiations, according to Lavrov?", "evidence": ["all forces should be thrown at supporting the negotiating process"], "answers": ["all forces"]},
  {"q": "What is the article's headline?", "evidence": ["Russia Resists U.S. Position on Sanctions for Iran"], "answers": ["Russia Resists U.S. Position on Sanctions for Iran"]},
  {"q": "What is Putin's attitude to sanctions?", "evidence": ["who has been skeptical of sanctions"], "answers": ["skeptical", "has been skeptical of sanctions", "skeptical of sanctions"]},
  {"q": "What would Iran send out of the country?", "evidence": ["stockpile of lightly enriched uranium"], "answers": ["lightly enriched uranium", "a majority of Iran's stockpile of lightly enriched uranium", "stockpile of lightly enriched uranium"]},
  {"q": "Who was Clinton warning about in Moscow?", "evidence": ["Mrs. Clinton was in Moscow warning about Iran"], "answers": ["Iran"]},
  {"q": "What did Lukyanov say the administration wrongly believed?", "evidence": ["fundamental shift in Russia's position"], "answers": ["that there had been a fundamental shift in Russia's position in recent weeks", "a fundamental shift in Russia's position"]}
];

/** Right answers needed: 43 of 53 pass now (29 at the start of the round that added this test). */
const MIN_RIGHT = 44;

const norm = (s: string): string =>
  s.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\b(a|an|the)\b/g, ' ').replace(/\s+/g, ' ').trim();

function f1(pred: string, gold: string): number {
  const p = norm(pred).split(' ').filter(Boolean);
  const g = norm(gold).split(' ').filter(Boolean);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const left = new Map<string, number>();
  for (const t of g) left.set(t, (left.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of p) {
    if ((left.get(t) ?? 0) > 0) {
      same++;
      left.set(t, left.get(t)! - 1);
    }
  }
  return same === 0 ? 0 : (2 * same) / (p.length + g.length);
}

describe('reworded questions over the seed article', () => {
  it(`answer at least ${MIN_RIGHT} of ${REWORDED.length} right`, () => {
    const core = seedCore();
    const misses: string[] = [];
    for (const r of REWORDED) {
      const a = core.ask(r.q);
      const cited = a.answered && r.evidence.some((e) => norm(a.passage).includes(norm(e)));
      const overlap = a.answered ? Math.max(...r.answers.map((g) => f1(a.answer, g))) : 0;
      if (!cited || overlap < 0.5) misses.push(`${r.q} → ${a.answered ? a.answer : '(abstains)'}`);
    }
    expect(REWORDED.length - misses.length, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(MIN_RIGHT);
  });
});
